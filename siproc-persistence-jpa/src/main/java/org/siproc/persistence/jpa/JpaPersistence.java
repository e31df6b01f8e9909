package org.siproc.persistence.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.ValidationMode;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.application.port.out.Persons;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.persistence.jpa.accounts.JdbcAccounts;

/**
 * Entry point of the persistence adapter: migrates the schema (Flyway), starts Hibernate on it (schema
 * validated, never generated) and hands out SIPROC's five storage ports for H2 or PostgreSQL.
 *
 * <pre>{@code
 * try (JpaPersistence db = JpaPersistence.open("jdbc:h2:file:./siproc", "sa", "", JpaPersistence.Options.defaults())) {
 *     SiprocCore core = db.wire(SiprocCore.builder(profile)).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Every use case runs in one database transaction ({@link #transactions()}); the case-number sequence uses a
 * second, short-lived connection, so the data source must allow two connections per concurrent use case.
 * Thread-safe; keep one instance per database and close it on shutdown.
 */
public final class JpaPersistence implements AutoCloseable {

    /**
     * How the adapter starts.
     *
     * @param migrate          run the Flyway migrations at start-up (turn off when a DBA applies them)
     * @param searchCandidates how many name candidates search and duplicate detection take from the database
     *                         before ranking them (at least 20)
     * @param hibernate        extra Hibernate/JPA properties, e.g. {@code hibernate.show_sql}
     */
    public record Options(boolean migrate, int searchCandidates, Map<String, String> hibernate) {
        public Options {
            if (searchCandidates < 20) {
                throw new IllegalArgumentException("searchCandidates must be at least 20");
            }
            hibernate = Map.copyOf(hibernate);
        }

        /**
         * Migrate at start-up, 100 search candidates (at a million persons each one costs a primary-key look-up; the
         * best 100 by shared name pairs hold every namesake of a full name), no extra properties.
         */
        public static Options defaults() {
            return new Options(true, 100, Map.of());
        }

        public Options withMigrate(boolean value) {
            return new Options(value, searchCandidates, hibernate);
        }

        public Options withSearchCandidates(int value) {
            return new Options(migrate, value, hibernate);
        }
    }

    private final DataSource dataSource;
    private final @Nullable HikariDataSource ownedPool;
    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final JpaProtectionCases cases;
    private final JpaPersons persons;
    private final JdbcCaseNumberSequence caseNumbers;
    private final JpaAuditTrail auditTrail;
    private final AuditChainVerifier verifier;
    private final JpaCaseStatistics statistics;
    private final JdbcBulkCaseWriter bulkCaseWriter;
    private final JdbcAccounts accounts;

    private JpaPersistence(DataSource dataSource, @Nullable HikariDataSource ownedPool, Options options) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        Database database = Database.of(dataSource);
        if (options.migrate()) {
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration/common", database.vendorMigrations())
                    .javaMigrations(new V5__File_persons_under_name_keys())
                    .load().migrate();
        }
        this.factory = entityManagerFactory(dataSource, options);
        this.transactions = new JpaTransactions(factory);
        this.cases = new JpaProtectionCases(transactions, factory);
        NameIndex names = new NameIndex(dataSource, database);
        this.persons = new JpaPersons(transactions, factory, names, options.searchCandidates());
        this.caseNumbers = new JdbcCaseNumberSequence(dataSource, database);
        this.auditTrail = new JpaAuditTrail(transactions);
        this.verifier = new AuditChainVerifier(dataSource);
        this.statistics = new JpaCaseStatistics(dataSource, database);
        this.bulkCaseWriter = new JdbcBulkCaseWriter(transactions, caseNumbers, names, database);
        this.accounts = JdbcAccounts.on(new JdbcAccounts.Connections() {
            @Override
            public <T> T run(Function<Connection, T> work) {
                return transactions.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(work::apply));
            }
        });
    }

    /** The adapter on a data source the caller owns (and closes); the schema is migrated first when asked. */
    public static JpaPersistence create(DataSource dataSource, Options options) {
        return new JpaPersistence(Objects.requireNonNull(dataSource, "dataSource"), null, options);
    }

    /**
     * The adapter on a connection pool of its own, closed with it: {@code jdbc:h2:file:/path/siproc} for the
     * embedded default, {@code jdbc:postgresql://host/db} for production.
     */
    public static JpaPersistence open(String jdbcUrl, @Nullable String user, @Nullable String password,
                                      Options options) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("siproc");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            return new JpaPersistence(pool, pool, options);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static EntityManagerFactory entityManagerFactory(DataSource dataSource, Options options) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("siproc")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClasses(List.of(CaseEntity.class, ReferralEntity.class, PersonEntity.class))
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                // Flyway owns the schema; Hibernate only checks that the mapping matches it.
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.batch_size", 50)
                .property("hibernate.order_inserts", true)
                .property("hibernate.order_updates", true)
                .property("hibernate.default_batch_fetch_size", 64)
                .property("hibernate.connection.provider_disables_autocommit", false)
                .property("hibernate.query.fail_on_pagination_over_collection_fetch", true)
                // The domain checks every value before it reaches an entity; Bean Validation of the entities would
                // only repeat it, and its bootstrap costs a command-line run about a third of a second.
                .validationMode(ValidationMode.NONE);
        options.hibernate().forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }

    public ProtectionCases cases() {
        return cases;
    }

    public Persons persons() {
        return persons;
    }

    public CaseNumberSequence caseNumbers() {
        return caseNumbers;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Statistics over the stored cases, aggregated in the database (the reporting module's query port). Reads
     * committed data on a connection of its own.
     */
    public CaseStatistics statistics() {
        return statistics;
    }

    /** Writes cases imported from a legacy system in batches (plain JDBC on the use case's transaction). */
    public BulkCaseWriter bulkCaseWriter() {
        return bulkCaseWriter;
    }

    /**
     * The user accounts of this database ({@code JdbcAccounts}), written in the transaction of the use case that
     * calls them: an account change commits or rolls back with its audit entry. Their schema is migrated apart,
     * by {@link JdbcAccounts#migrateSchema} (the CLI's {@code init}, the web app at start-up).
     */
    public JdbcAccounts accounts() {
        return accounts;
    }

    /** Checks the audit trail's hash chain. */
    public AuditChainVerifier auditChainVerifier() {
        return verifier;
    }

    /** Audit entries after the given sequence number (0 for the first), oldest first, at most {@code limit}. */
    public List<AuditEvent> auditEntries(long afterSequence, int limit) {
        return auditTrail.entries(afterSequence, limit);
    }

    /** Sets the storage ports of this adapter (and its bulk case writer) on a core builder; returns the builder. */
    public SiprocCore.Builder wire(SiprocCore.Builder builder) {
        return builder.cases(cases).persons(persons).caseNumbers(caseNumbers).auditTrail(auditTrail)
                .transactions(transactions).bulkCaseWriter(bulkCaseWriter);
    }

    /** The data source the adapter works on. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes Hibernate, and the connection pool when {@link #open} created it. */
    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            if (ownedPool != null) {
                ownedPool.close();
            }
        }
    }
}
