package org.siproc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.contract.AccountsContract;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.OfficeCode;
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
        static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

        private JdbcAccounts store;

        abstract DataSource dataSource();

        @Override
        protected Accounts emptyAccounts() {
            store = emptied(dataSource());
            return store;
        }

        @Override
        protected Optional<String> storedHash(UserId user) {
            return store.credentials(user).map(JdbcAccounts.Credentials::passwordHash);
        }

        @Test
        void theThirdFailedLoginInARowLocksAndASuccessfulOneClearsTheCount() {
            UserId ana = UserId.of("ana");
            store.add(new Account(ana, "Ana", Role.OFFICER, OfficeCode.of("MXTAP"), null, false, true), "h", T0);
            Instant until = Instant.parse("2026-11-23T10:15:00Z");
            store.recordFailedLogin(ana, 3, until);
            store.recordFailedLogin(ana, 3, until);
            assertThat(store.credentials(ana).orElseThrow().lockedUntil()).isNull();
            store.recordFailedLogin(ana, 3, until);
            assertThat(store.credentials(ana).orElseThrow()).satisfies(c -> {
                assertThat(c.failedLogins()).isEqualTo(3);
                assertThat(c.lockedUntil()).isEqualTo(until);
            });
            store.recordSuccessfulLogin(ana);
            assertThat(store.credentials(ana).orElseThrow()).satisfies(c -> {
                assertThat(c.failedLogins()).isZero();
                assertThat(c.lockedUntil()).isNull();
            });
            assertThat(store.count()).isEqualTo(1);
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
