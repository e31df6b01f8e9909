package org.siproc.core.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;

/**
 * Outgoing port: stores the user accounts with their password hashes and login throttle. One store serves every
 * application on a database (the web app and the CLI), so an account created by one logs in to the other, and
 * the throttle holds across several web instances.
 *
 * <p>Called inside {@link Transactions#inTransaction}, a write belongs to that transaction: it is kept with the
 * use case's other writes (the audit entry that records the change) or dropped with them, never one without the
 * other. Called outside one, a write is kept at once.
 */
public interface Accounts {

    /**
     * What a login checks: the account, its password hash and the throttle.
     *
     * @param failedLogins failed logins in a row since the last successful one
     * @param lockedUntil  while in the future, the account may not log in; null when not locked
     */
    record Credentials(Account account, String passwordHash, int failedLogins, @Nullable Instant lockedUntil) {
    }

    /** The account of that user with its credentials; empty when there is none. Never null. */
    Optional<Credentials> credentials(UserId user);

    /** The account of that user; empty when there is none. Never null. */
    default Optional<Account> find(UserId user) {
        return credentials(user).map(Credentials::account);
    }

    /** Every account, by user id. */
    List<Account> all();

    /** How many accounts there are, enabled or not. */
    long count();

    /** How many enabled accounts have the role. */
    long countEnabled(Role role);

    /**
     * Stores a new account with the hash of its password.
     *
     * @throws IllegalStateException when an account with that user id exists already
     */
    void add(Account account, String passwordHash, Instant createdAt);

    /**
     * Until the caller's transaction ends, makes every other transaction that calls this method wait. Account
     * changes whose rule depends on the other accounts (no administrator exists yet; this is not the last enabled
     * administrator; the user id is free) call it before they count, so two concurrent changes never both decide
     * on the same count. Must be called inside {@link Transactions#inTransaction}.
     */
    void lockAccounts();

    /** Stores whether the account may act; the account must exist. */
    void setEnabled(UserId user, boolean enabled);

    /**
     * Counts a failed login; the {@code maxFailures}th in a row locks the account until {@code lockUntil}. Does
     * nothing for an unknown user.
     */
    void recordFailedLogin(UserId user, int maxFailures, Instant lockUntil);

    /** A successful login clears the failure count and the lock. */
    void recordSuccessfulLogin(UserId user);
}
