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

/** User accounts kept in memory with their password hashes. Thread-safe; not transactional. */
public final class InMemoryAccounts implements Accounts {

    private record Stored(Account account, String passwordHash, Instant createdAt) {
    }

    private final Map<UserId, Stored> store = new ConcurrentHashMap<>();

    @Override
    public Optional<Account> find(UserId user) {
        return Optional.ofNullable(store.get(user)).map(Stored::account);
    }

    @Override
    public List<Account> all() {
        return store.values().stream().map(Stored::account)
                .sorted(Comparator.comparing(a -> a.user().value())).toList();
    }

    @Override
    public long countEnabled(Role role) {
        return store.values().stream().filter(s -> s.account().enabled() && s.account().role() == role).count();
    }

    @Override
    public void add(Account account, String passwordHash, Instant createdAt) {
        if (store.putIfAbsent(account.user(), new Stored(account, passwordHash, createdAt)) != null) {
            throw new IllegalStateException("account " + account.user() + " exists already");
        }
    }

    @Override
    public void setEnabled(UserId user, boolean enabled) {
        if (store.computeIfPresent(user, (u, s) -> new Stored(s.account().withEnabled(enabled), s.passwordHash(),
                s.createdAt())) == null) {
            throw new IllegalStateException("no account " + user);
        }
    }

    /** The stored password hash of an account, for tests. */
    public Optional<String> passwordHash(UserId user) {
        return Optional.ofNullable(store.get(user)).map(Stored::passwordHash);
    }
}
