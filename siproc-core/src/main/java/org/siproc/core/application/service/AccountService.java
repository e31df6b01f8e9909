package org.siproc.core.application.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.ManageAccountsUseCase;
import org.siproc.core.application.port.in.NewAccountCommand;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.application.port.out.PasswordHasher;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.PasswordPolicy;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.profile.CountryProfile;

/** The user accounts: the first administrator, the administrator's work on accounts, and an account's actor. */
final class AccountService implements ManageAccountsUseCase {

    private static final String ACCOUNTS = "accounts";

    private final CountryProfile profile;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final AccessPolicy policy = new AccessPolicy();

    AccountService(CountryProfile profile, Accounts accounts, PasswordHasher hasher, AuditTrail audit,
                   Transactions transactions, Clock clock) {
        this.profile = profile;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Account createFirstAdministrator(String user, String displayName, CharSequence password, String origin) {
        Account admin = new Account(UserId.of(user), displayName, Role.ADMIN, null, null, false, true);
        String hash = hash(password);
        return transactions.inTransaction(() -> {
            // Locked before counting: of two first administrators created at once, the second sees the first.
            accounts.lockAccounts();
            if (accounts.countEnabled(Role.ADMIN) > 0) {
                String existing = accounts.all().stream().filter(Account::isEnabledAdministrator)
                        .map(a -> a.user().value()).findFirst().orElse("?");
                throw new RuleViolationException(ErrorCode.ADMINISTRATOR_EXISTS, "admin", existing);
            }
            store(admin, hash);
            record(admin.actor(origin), "FIRST_ADMINISTRATOR_CREATED", admin);
            return admin;
        });
    }

    @Override
    public Account add(Actor actor, NewAccountCommand command, CharSequence password) {
        policy.require(actor, Permission.MANAGE_USERS, null, ACCOUNTS);
        OfficeCode office = command.office() == null ? null : OfficeCode.of(command.office());
        if (office != null) {
            profile.requireOffice(office, "office");
        }
        String institution = command.institution() == null ? null
                : profile.requireInstitution(command.institution()).code();
        Account account = new Account(UserId.of(command.user()), command.displayName(), command.role(), office,
                institution, command.needToKnow(), true);
        String hash = hash(password);
        return transactions.inTransaction(() -> {
            accounts.lockAccounts();
            store(account, hash);
            record(actor, "ACCOUNT_CREATED", account);
            return account;
        });
    }

    /**
     * The password checked and hashed before the transaction: hashing is slow on purpose, and the account lock
     * should be held only for the writes.
     */
    private String hash(CharSequence password) {
        PasswordPolicy.check(password);
        return hasher.hash(password);
    }

    /** Stores the account and its hash; the caller holds the account lock, so the user id stays free until then. */
    private void store(Account account, String passwordHash) {
        if (accounts.find(account.user()).isPresent()) {
            throw new RuleViolationException(ErrorCode.ACCOUNT_EXISTS, "user", account.user().value());
        }
        accounts.add(account, passwordHash, clock.instant());
    }

    @Override
    public List<Account> list(Actor actor) {
        policy.require(actor, Permission.MANAGE_USERS, null, ACCOUNTS);
        return accounts.all();
    }

    @Override
    public Account disable(Actor actor, String user) {
        return setEnabled(actor, user, false);
    }

    @Override
    public Account enable(Actor actor, String user) {
        return setEnabled(actor, user, true);
    }

    private Account setEnabled(Actor actor, String user, boolean enabled) {
        policy.require(actor, Permission.MANAGE_USERS, null, ACCOUNTS);
        return transactions.inTransaction(() -> {
            // Locked before counting: two administrators disabling each other at once leave one enabled.
            accounts.lockAccounts();
            Account account = existing(user);
            if (account.enabled() == enabled) {
                return account;
            }
            if (!enabled && account.isEnabledAdministrator() && accounts.countEnabled(Role.ADMIN) <= 1) {
                throw new RuleViolationException(ErrorCode.LAST_ADMINISTRATOR, "user", account.user().value());
            }
            accounts.setEnabled(account.user(), enabled);
            Account changed = account.withEnabled(enabled);
            record(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", changed);
            return changed;
        });
    }

    @Override
    public Actor actorFor(String user, String origin) {
        return existing(user).actor(origin);
    }

    private Account existing(String user) {
        UserId id = UserId.of(user);
        return accounts.find(id).orElseThrow(
                () -> new RuleViolationException(ErrorCode.UNKNOWN_ACCOUNT, "user", id.value()));
    }

    /** An account change in the audit trail: codes only (role, office, institution), never the display name. */
    private void record(Actor actor, String event, Account account) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("role", account.role().name());
        put(details, "office", account.office() == null ? null : account.office().value());
        put(details, "institution", account.institution());
        details.put("needToKnow", String.valueOf(account.needToKnow()));
        audit.record(new AuditEvent(clock.instant(), actor.user(), actor.role(), actor.origin(), AuditAction.CHANGE,
                event, "account:" + account.user().value(), details));
    }

    private static void put(Map<String, String> details, String key, @Nullable String value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
