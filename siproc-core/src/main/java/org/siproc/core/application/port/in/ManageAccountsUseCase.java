package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Actor;

/**
 * Incoming port: the user accounts. The first administrator of an installation, accounts added, listed, disabled
 * and enabled by an administrator (permission {@code MANAGE_USERS}), and the {@link Actor} of an account. Every
 * change is recorded in the audit trail.
 */
public interface ManageAccountsUseCase {

    /**
     * Creates the first administrator of an installation, with no actor (nobody can log in yet).
     *
     * @throws org.siproc.core.domain.shared.RuleViolationException {@code ADMINISTRATOR_EXISTS} when an enabled
     *         administrator exists already, {@code ACCOUNT_EXISTS}, {@code PASSWORD_TOO_SHORT}
     */
    Account createFirstAdministrator(String user, String displayName, CharSequence password, String origin);

    /** Adds an account; the office and institution must be in the country profile. */
    Account add(Actor actor, NewAccountCommand command, CharSequence password);

    /** Every account, by user id. */
    List<Account> list(Actor actor);

    /** Disables an account: it stays (the audit trail names it) but may not act; never the last administrator. */
    Account disable(Actor actor, String user);

    /** Enables a disabled account again. */
    Account enable(Actor actor, String user);

    /**
     * The actor of an enabled account, acting from {@code origin}: how an adapter that has identified a user (a
     * login, the CLI's {@code --user}) learns the role, office, institution and need-to-know the user acts with.
     *
     * @throws org.siproc.core.domain.shared.RuleViolationException {@code UNKNOWN_ACCOUNT} or {@code ACCOUNT_DISABLED}
     */
    Actor actorFor(String user, String origin);
}
