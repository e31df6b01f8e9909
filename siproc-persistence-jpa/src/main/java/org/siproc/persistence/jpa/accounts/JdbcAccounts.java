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
 * Each call runs on a connection of its own in auto-commit. Thread-safe.
 */
public final class JdbcAccounts implements Accounts {

    /** The Flyway history table of the account schema. */
    public static final String HISTORY_TABLE = "flyway_web_history";

    private static final String COLUMNS = "username, display_name, user_role, office_code, institution, need_to_know,"
            + " enabled";

    private final DataSource dataSource;

    private JdbcAccounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The store on a data source whose account schema is migrated already (see {@link #migrate}). */
    public static JdbcAccounts on(DataSource dataSource) {
        return new JdbcAccounts(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** Migrates the account schema (creating it on a new database), then returns the store. */
    public static JdbcAccounts migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).table(HISTORY_TABLE).locations("classpath:db/accounts")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        return on(dataSource);
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
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
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
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            int rows = ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return rows;
        } catch (SQLException e) {
            throw new AccountStoreException("Cannot write the accounts: " + e.getMessage(), e);
        }
    }
}
