package org.siproc.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The web application's view of the SIPROC accounts: Spring Security's {@link UserDetailsService} and the login
 * throttle on core's {@link Accounts} port, which the wiring point backs with the store shared with the CLI
 * ({@code JdbcAccounts}: the {@code web_account} table of the database of the cases). So an account created by
 * {@code siproc init} or {@code siproc user add} logs in here, and several web instances share the accounts and
 * the throttle.
 */
public final class WebAccounts implements UserDetailsService {

    /** Failed logins in a row after which an account is locked for {@link #LOCK_TIME}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final Accounts store;
    private final PasswordEncoder encoder;

    public WebAccounts(Accounts store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    /** A new account, the password hashed with the configured encoder (Argon2id). */
    public record NewAccount(String username, String password, String displayName, Role role,
                             @Nullable String office, @Nullable String institution, boolean needToKnow) {
    }

    /** Stores an account (demo data, tests, the first administrator); the account rules of core apply. */
    public void create(NewAccount account) {
        store.add(new Account(UserId.of(account.username()), account.displayName(), account.role(),
                        account.office() == null ? null : OfficeCode.of(account.office()), account.institution(),
                        account.needToKnow(), true),
                encoder.encode(account.password()), Instant.now());
    }

    public boolean exists(String username) {
        return userId(username).flatMap(store::find).isPresent();
    }

    public long count() {
        return store.count();
    }

    public Optional<WebUser> find(String username) {
        return userId(username).flatMap(store::credentials).map(c -> {
            Account a = c.account();
            return new WebUser(a.user().value(), c.passwordHash(), a.displayName(), a.role(),
                    a.office() == null ? null : a.office().value(), a.institution(), a.needToKnow(), a.enabled(),
                    c.lockedUntil());
        });
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** Counts a failed login; the {@link #MAX_FAILURES}th in a row locks the account for {@link #LOCK_TIME}. */
    public void recordFailure(String username) {
        userId(username).ifPresent(u -> store.recordFailedLogin(u, MAX_FAILURES, Instant.now().plus(LOCK_TIME)));
    }

    /** A successful login clears the failure count. */
    public void recordSuccess(String username) {
        userId(username).ifPresent(store::recordSuccessfulLogin);
    }

    /** The user id typed at a login; empty when it cannot be one (blank, too long), so no account has it. */
    private static Optional<UserId> userId(String username) {
        try {
            return Optional.of(UserId.of(username));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** Whether the account is locked now (for tests and the admin). */
    public boolean locked(String username) {
        return find(username).map(u -> !u.isAccountNonLocked()).orElse(false);
    }
}
