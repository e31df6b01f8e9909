package org.siproc.core.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;

/**
 * Outgoing port: stores the user accounts and their password hashes. One store serves every application on a
 * database (the web app and the CLI), so an account created by one logs in to the other.
 */
public interface Accounts {

    /** The account of that user; empty when there is none. Never null. */
    Optional<Account> find(UserId user);

    /** Every account, by user id. */
    List<Account> all();

    /** How many enabled accounts have the role. */
    long countEnabled(Role role);

    /**
     * Stores a new account with the hash of its password.
     *
     * @throws IllegalStateException when an account with that user id exists already
     */
    void add(Account account, String passwordHash, Instant createdAt);

    /** Stores whether the account may act; the account must exist. */
    void setEnabled(UserId user, boolean enabled);
}
