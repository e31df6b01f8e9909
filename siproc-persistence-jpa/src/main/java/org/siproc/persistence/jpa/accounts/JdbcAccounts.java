package org.siproc.persistence.jpa.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * The account store shared by the reference web app and the CLI: core's {@link Accounts} port (accounts, password
 * hashes, the login throttle) on the {@code web_account} table.
 *
 * <p>The table and its Flyway history table ({@code flyway_web_history}) keep the names the web app gave them when
 * it owned the accounts, so databases created then migrate unchanged; {@link #migrate} applies
 * {@code classpath:db/accounts} and nothing else, beside (never inside) the case schema of {@code JpaPersistence}.
 *
 * <p>Where the statements run is the {@link Connections} it is built with. {@code JpaPersistence.accounts()} runs
 * them on the connection of the use case's transaction, so an account change and the audit entry that records it
 * are committed or rolled back together, and {@link #lockAccounts} holds its row lock until that transaction ends.
 * {@link #on(DataSource)} runs each call on a connection of its own in auto-commit: for an application whose use
 * cases do not run in JPA transactions on this database (then each write is kept at once and the lock is released
 * at once). Thread-safe.
 */
public final class JdbcAccounts implements Accounts {

    /**
     * Runs one piece of the store's JDBC work on a connection and returns its result. Who provides the connection
     * decides the transaction the work belongs to, and commits it (or leaves that to the enclosing transaction).
     */
    public interface Connections {
        /** Runs {@code work}; its exceptions pass through unchanged. */
        <T> T run(Function<Connection, T> work);
    }

    /** The Flyway history table of the account schema. */
    public static final String HISTORY_TABLE = "flyway_web_history";

    /** SQLSTATE of a unique or primary-key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS = "username, display_name, user_role, office_code, institution, need_to_know,"
            + " enabled";

    private final Connections connections;

    private JdbcAccounts(Connections connections) {
        this.connections = connections;
    }

    /**
     * The store on a data source whose account schema is migrated already (see {@link #migrate}), each call on a
     * connection of its own and committed at once.
     */
    public static JdbcAccounts on(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcAccounts(new Connections() {
            @Override
            public <T> T run(Function<Connection, T> work) {
                try (Connection c = dataSource.getConnection()) {
                    T result = work.apply(c);
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                    return result;
                } catch (SQLException e) {
                    throw new AccountStoreException("Cannot reach the accounts: " + e.getMessage(), e);
                }
            }
        });
    }

    /**
     * The store on connections the caller provides, e.g. those of its transactions (the account schema migrated
     * already, see {@link #migrateSchema}).
     */
    public static JdbcAccounts on(Connections connections) {
        return new JdbcAccounts(Objects.requireNonNull(connections, "connections"));
    }

    /** Migrates the account schema (creating it on a new database), then returns the store on that data source. */
    public static JdbcAccounts migrate(DataSource dataSource) {
        migrateSchema(dataSource);
        return on(dataSource);
    }

    /** Migrates the account schema, creating it on a new database. */
    public static void migrateSchema(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).table(HISTORY_TABLE).locations("classpath:db/accounts")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    @Override
    public Optional<Credentials> credentials(UserId user) {
        return query("SELECT " + COLUMNS + ", password_hash, failed_logins, locked_until FROM web_account"
                + " WHERE username = ?", ps -> ps.setString(1, user.value()), rs -> {
                    OffsetDateTime locked = rs.getObject(10, OffsetDateTime.class);
                    return new Credentials(account(rs), rs.getString(8), rs.getInt(9),
                            locked == null ? null : locked.toInstant());
                }).stream().findFirst();
    }

    @Override
    public List<Account> all() {
        return query("SELECT " + COLUMNS + " FROM web_account ORDER BY username", ps -> { }, JdbcAccounts::account);
    }

    @Override
    public long countEnabled(Role role) {
        return query("SELECT COUNT(*) FROM web_account WHERE user_role = ? AND enabled = TRUE",
                ps -> ps.setString(1, role.name()), rs -> rs.getLong(1)).get(0);
    }

    @Override
    public long count() {
        return query("SELECT COUNT(*) FROM web_account", ps -> { }, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public void add(Account account, String passwordHash, Instant createdAt) {
        if (find(account.user()).isPresent()) {
            throw new IllegalStateException("account " + account.user() + " exists already");
        }
        // A concurrent add of the same user id that did not lock the accounts still fails on the primary key.
        update("INSERT INTO web_account (username, password_hash, display_name, user_role, office_code, institution,"
                + " need_to_know, enabled, failed_logins, locked_until, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)", ps -> {
                    ps.setString(1, account.user().value());
                    ps.setString(2, passwordHash);
                    ps.setString(3, account.displayName());
                    ps.setString(4, account.role().name());
                    ps.setString(5, account.office() == null ? null : account.office().value());
                    ps.setString(6, account.institution());
                    ps.setBoolean(7, account.needToKnow());
                    ps.setBoolean(8, account.enabled());
                    ps.setObject(9, createdAt.atOffset(ZoneOffset.UTC));
                });
    }

    @Override
    public void lockAccounts() {
        List<Integer> row = query("SELECT id FROM web_account_lock WHERE id = 1 FOR UPDATE", ps -> { },
                rs -> rs.getInt(1));
        if (row.isEmpty()) {
            throw new AccountStoreException("The account lock row is missing: the account schema was not migrated",
                    null);
        }
    }

    @Override
    public void setEnabled(UserId user, boolean enabled) {
        int rows = update("UPDATE web_account SET enabled = ? WHERE username = ?", ps -> {
            ps.setBoolean(1, enabled);
            ps.setString(2, user.value());
        });
        if (rows == 0) {
            throw new IllegalStateException("no account " + user);
        }
    }

    @Override
    public void recordFailedLogin(UserId user, int maxFailures, Instant lockUntil) {
        update("UPDATE web_account SET failed_logins = failed_logins + 1,"
                + " locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END WHERE username = ?",
                ps -> {
                    ps.setInt(1, maxFailures);
                    ps.setObject(2, lockUntil.atOffset(ZoneOffset.UTC));
                    ps.setString(3, user.value());
                });
    }

    @Override
    public void recordSuccessfulLogin(UserId user) {
        update("UPDATE web_account SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0",
                ps -> ps.setString(1, user.value()));
    }

    private static Account account(ResultSet rs) throws SQLException {
        String office = rs.getString(4);
        return new Account(UserId.of(rs.getString(1)), rs.getString(2), Role.valueOf(rs.getString(3)),
                office == null ? null : OfficeCode.of(office), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return connections.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new AccountStoreException("Cannot read the accounts: " + e.getMessage(), e);
            }
        });
    }

    private int update(String sql, Binder binder) {
        return connections.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new IllegalStateException("the account exists already: " + e.getMessage(), e);
                }
                throw new AccountStoreException("Cannot write the accounts: " + e.getMessage(), e);
            }
        });
    }
}
