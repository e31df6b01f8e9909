package org.siproc.core.contract;

import java.util.Optional;
import org.siproc.core.adapter.memory.InMemoryAccounts;
import org.siproc.core.adapter.memory.InMemoryTransactions;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.access.UserId;

/** The accounts contract on the in-memory store. */
class InMemoryAccountsContractTest extends AccountsContract {

    private InMemoryTransactions transactions = new InMemoryTransactions();
    private InMemoryAccounts store = new InMemoryAccounts(transactions);

    @Override
    protected Accounts emptyAccounts() {
        transactions = new InMemoryTransactions();
        store = new InMemoryAccounts(transactions);
        return store;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected Optional<String> storedHash(UserId user) {
        return store.passwordHash(user);
    }
}
