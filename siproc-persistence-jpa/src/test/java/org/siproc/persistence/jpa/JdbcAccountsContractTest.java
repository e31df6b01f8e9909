package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.contract.AccountsContract;
import org.siproc.core.domain.access.UserId;
import org.siproc.persistence.jpa.accounts.JdbcAccounts;

/**
 * The accounts contract of siproc-core on the shared JDBC account store as {@link JpaPersistence#accounts()} hands
 * it out (its writes in the JPA transactions of the use cases), over H2 and PostgreSQL.
 */
class JdbcAccountsContractTest {

    /** The account store of {@code db}, its schema migrated and every account deleted. */
    static JdbcAccounts emptied(JpaPersistence db) {
        JdbcAccounts.migrateSchema(db.dataSource());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM web_account");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db.accounts();
    }

    abstract static class OnDatabase extends AccountsContract {

        private JdbcAccounts store;

        abstract JpaPersistence db();

        @Override
        protected Accounts emptyAccounts() {
            store = emptied(db());
            return store;
        }

        @Override
        protected Transactions transactions() {
            return db().transactions();
        }

        @Override
        protected Optional<String> storedHash(UserId user) {
            return store.credentials(user).map(Accounts.Credentials::passwordHash);
        }
    }

    @Nested
    class OnH2 extends OnDatabase {
        @Override
        JpaPersistence db() {
            return TestDatabases.h2();
        }
    }

    @Nested
    class OnPostgres extends OnDatabase {
        @Override
        JpaPersistence db() {
            return TestDatabases.postgres();
        }
    }
}
