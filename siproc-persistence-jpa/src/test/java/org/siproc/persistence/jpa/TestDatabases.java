package org.siproc.persistence.jpa;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.contract.PortsUnderTest;

/**
 * The databases the tests run on, started once per test JVM and shared: an H2 in-memory database, and PostgreSQL —
 * the server named by {@code SIPROC_TEST_POSTGRES_URL} when set (user and password in the URL or in
 * {@code SIPROC_TEST_POSTGRES_USER}/{@code SIPROC_TEST_POSTGRES_PASSWORD}; it must be a disposable database, the
 * tests empty it), otherwise an embedded PostgreSQL. A PostgreSQL that cannot be started fails the tests: they are
 * never skipped.
 */
final class TestDatabases {

    /** Tables in an order that deleting from them one after the other respects the foreign keys. */
    private static final List<String> TABLES = List.of("referral_step", "case_referral", "case_status_change",
            "case_follow_up", "case_action", "case_attachment", "case_consent", "case_person", "case_circumstance",
            "case_vulnerability", "protection_case", "person_flag", "person_language", "person_relative",
            "person_contact", "person_document", "person_name_key", "person", "case_number_counter", "audit_entry");

    private static @Nullable JpaPersistence h2;
    private static @Nullable JpaPersistence postgres;
    private static @Nullable EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    static synchronized JpaPersistence h2() {
        if (h2 == null) {
            h2 = JpaPersistence.open("jdbc:h2:mem:siproc-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "",
                    JpaPersistence.Options.defaults());
        }
        return h2;
    }

    static synchronized JpaPersistence postgres() {
        if (postgres == null) {
            String url = System.getenv("SIPROC_TEST_POSTGRES_URL");
            if (url != null && !url.isBlank()) {
                postgres = JpaPersistence.open(url, System.getenv("SIPROC_TEST_POSTGRES_USER"),
                        System.getenv("SIPROC_TEST_POSTGRES_PASSWORD"), JpaPersistence.Options.defaults());
            } else {
                postgres = JpaPersistence.open(embeddedUrl(), "postgres", "postgres", JpaPersistence.Options.defaults());
            }
        }
        return postgres;
    }

    /** A second, independent adapter (its own pool and Hibernate) on the same PostgreSQL: another "JVM". */
    static JpaPersistence anotherPostgresProcess() {
        String url = System.getenv("SIPROC_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return JpaPersistence.open(url, System.getenv("SIPROC_TEST_POSTGRES_USER"),
                    System.getenv("SIPROC_TEST_POSTGRES_PASSWORD"), JpaPersistence.Options.defaults());
        }
        postgres();
        return JpaPersistence.open(embeddedUrl(), "postgres", "postgres", JpaPersistence.Options.defaults());
    }

    private static synchronized String embeddedUrl() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start (set SIPROC_TEST_POSTGRES_URL"
                        + " to use a server instead)", e);
            }
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    /**
     * Empties every table and resets the audit chain, so a test starts from an empty store. The name vocabulary is
     * kept: the adapter remembers the words it has written there, and a word without persons does no harm.
     */
    static void clean(JpaPersistence db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                // TRUNCATE is not a row-level DELETE, so the append-only trigger of audit_entry does not fire.
                s.execute("TRUNCATE TABLE " + String.join(", ", TABLES));
            } else {
                for (String table : TABLES) {
                    s.execute("DELETE FROM " + table);
                }
            }
            s.execute("UPDATE audit_chain_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test database", e);
        }
    }

    /** The adapters of {@code db} on an emptied database, for the port contracts. */
    static PortsUnderTest emptied(JpaPersistence db) {
        clean(db);
        return new PortsUnderTest(db.cases(), db.persons(), db.caseNumbers(), db.auditTrail(), db.transactions(),
                () -> db.auditEntries(0, 100_000), db.statistics());
    }
}
