package org.siproc.core.adapter.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;

/**
 * User accounts kept in memory with their password hashes and login throttle. Thread-safe. An account added or
 * enabled/disabled in a transaction of {@link InMemoryTransactions} is taken back when the transaction fails.
 */
public final class InMemoryAccounts implements Accounts {

    private final Map<UserId, Credentials> store = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryAccounts(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Credentials> credentials(UserId user) {
        return Optional.ofNullable(store.get(user));
    }

    @Override
    public List<Account> all() {
        return store.values().stream().map(Credentials::account)
                .sorted(Comparator.comparing(a -> a.user().value())).toList();
    }

    @Override
    public long count() {
        return store.size();
    }

    @Override
    public long countEnabled(Role role) {
        return store.values().stream().filter(c -> c.account().enabled() && c.account().role() == role).count();
    }

    @Override
    public void add(Account account, String passwordHash, Instant createdAt) {
        if (store.putIfAbsent(account.user(), new Credentials(account, passwordHash, 0, null)) != null) {
            throw new IllegalStateException("account " + account.user() + " exists already");
        }
        transactions.onRollback(() -> store.remove(account.user()));
    }

    /** Nothing to do: {@link InMemoryTransactions} runs one transaction at a time. */
    @Override
    public void lockAccounts() {
        // The transactions' own lock serialises every account change already.
    }

    @Override
    public void setEnabled(UserId user, boolean enabled) {
        Credentials before = store.get(user);
        if (before == null || store.computeIfPresent(user, (u, c) -> new Credentials(c.account().withEnabled(enabled),
                c.passwordHash(), c.failedLogins(), c.lockedUntil())) == null) {
            throw new IllegalStateException("no account " + user);
        }
        boolean was = before.account().enabled();
        transactions.onRollback(() -> store.computeIfPresent(user, (u, c) -> new Credentials(
                c.account().withEnabled(was), c.passwordHash(), c.failedLogins(), c.lockedUntil())));
    }

    @Override
    public void recordFailedLogin(UserId user, int maxFailures, Instant lockUntil) {
        store.computeIfPresent(user, (u, c) -> new Credentials(c.account(), c.passwordHash(), c.failedLogins() + 1,
                c.failedLogins() + 1 >= maxFailures ? lockUntil : c.lockedUntil()));
    }

    @Override
    public void recordSuccessfulLogin(UserId user) {
        store.computeIfPresent(user, (u, c) -> new Credentials(c.account(), c.passwordHash(), 0, null));
    }

    /** The stored password hash of an account, for tests. */
    public Optional<String> passwordHash(UserId user) {
        return credentials(user).map(Credentials::passwordHash);
    }
}
