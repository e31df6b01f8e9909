package org.siproc.web.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts of the web application, in the {@code web_account} table of the same database as the cases (so
 * several web instances share them, and the login throttle with them). Migrated by its own Flyway history table.
 */
public final class WebAccounts implements UserDetailsService {

    /** Failed logins in a row after which an account is locked for {@link #LOCK_TIME}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public WebAccounts(DataSource dataSource, PasswordEncoder encoder) {
        Flyway.configure().dataSource(dataSource).table("flyway_web_history").locations("classpath:db/web")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        this.jdbc = JdbcClient.create(dataSource);
        this.encoder = encoder;
    }

    /** A new account, the password hashed with the configured encoder (Argon2id). */
    public record NewAccount(String username, String password, String displayName, Role role,
                             @Nullable String office, @Nullable String institution, boolean needToKnow) {
    }

    public void create(NewAccount account) {
        jdbc.sql("INSERT INTO web_account (username, password_hash, display_name, user_role, office_code, institution,"
                        + " need_to_know, enabled, failed_logins, locked_until, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 0, NULL, ?)")
                .params(account.username(), encoder.encode(account.password()), account.displayName(),
                        account.role().name(), account.office(), account.institution(), account.needToKnow(),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM web_account WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM web_account").query(Long.class).single();
    }

    public Optional<WebUser> find(String username) {
        return jdbc.sql("SELECT username, password_hash, display_name, user_role, office_code, institution,"
                        + " need_to_know, enabled, locked_until FROM web_account WHERE username = ?")
                .param(username)
                .query((rs, i) -> {
                    OffsetDateTime locked = rs.getObject(9, OffsetDateTime.class);
                    return new WebUser(rs.getString(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
                            locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** Counts a failed login; the {@link #MAX_FAILURES}th in a row locks the account for {@link #LOCK_TIME}. */
    public void recordFailure(String username) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("UPDATE web_account SET failed_logins = failed_logins + 1,"
                        + " locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END"
                        + " WHERE username = ?")
                .params(MAX_FAILURES, now.plus(LOCK_TIME), username)
                .update();
    }

    /** A successful login clears the failure count. */
    public void recordSuccess(String username) {
        jdbc.sql("UPDATE web_account SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0")
                .param(username).update();
    }

    /** Whether the account is locked now (for tests and the admin). */
    public boolean locked(String username) {
        return find(username).map(u -> !u.isAccountNonLocked()).orElse(false);
    }
}
