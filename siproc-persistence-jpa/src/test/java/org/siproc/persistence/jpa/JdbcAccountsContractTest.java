package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.contract.AccountsContract;
import org.siproc.core.domain.access.UserId;
import org.siproc.persistence.jpa.accounts.JdbcAccounts;

/** The accounts contract of siproc-core on the shared JDBC account store, over H2 and PostgreSQL. */
class JdbcAccountsContractTest {

    static JdbcAccounts emptied(DataSource dataSource) {
        JdbcAccounts accounts = JdbcAccounts.migrate(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM web_account");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return accounts;
    }

    abstract static class OnDatabase extends AccountsContract {

        private JdbcAccounts store;

        abstract DataSource dataSource();

        @Override
        protected Accounts emptyAccounts() {
            store = emptied(dataSource());
            return store;
        }

        @Override
        protected Optional<String> storedHash(UserId user) {
            return store.credentials(user).map(Accounts.Credentials::passwordHash);
        }
    }

    @Nested
    class OnH2 extends OnDatabase {
        @Override
        DataSource dataSource() {
            return TestDatabases.h2().dataSource();
        }
    }

    @Nested
    class OnPostgres extends OnDatabase {
        @Override
        DataSource dataSource() {
            return TestDatabases.postgres().dataSource();
        }
    }
}
