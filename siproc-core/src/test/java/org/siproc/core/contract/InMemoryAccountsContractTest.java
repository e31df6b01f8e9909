package org.siproc.core.contract;

import java.util.Optional;
import org.siproc.core.adapter.memory.InMemoryAccounts;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.domain.access.UserId;

/** The accounts contract on the in-memory store. */
class InMemoryAccountsContractTest extends AccountsContract {

    private InMemoryAccounts store = new InMemoryAccounts();

    @Override
    protected Accounts emptyAccounts() {
        store = new InMemoryAccounts();
        return store;
    }

    @Override
    protected Optional<String> storedHash(UserId user) {
        return store.passwordHash(user);
    }
}
