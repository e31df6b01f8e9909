package org.siproc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.ManageAccountsUseCase;
import org.siproc.core.application.port.in.NewAccountCommand;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.fixtures.TestProfiles;

/**
 * The accounts use case of core on {@link JpaPersistence#accounts()}: an account change and its audit entry are
 * one transaction (a failure of either leaves neither), and account changes that count the other accounts run
 * one after the other. On H2 and PostgreSQL.
 */
class AccountChangesOnJpaTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final String PASSWORD = "una-clave-bastante-larga";

    @Nested
    class OnH2 extends Scenarios {
        OnH2() {
            super(TestDatabases.h2());
        }
    }

    @Nested
    class OnPostgres extends Scenarios {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class Scenarios {
        final JpaPersistence db;

        Scenarios(JpaPersistence db) {
            this.db = db;
        }

        @BeforeEach
        void empty() {
            TestDatabases.clean(db);
            JdbcAccountsContractTest.emptied(db);
        }

        ManageAccountsUseCase accounts(Accounts store) {
            return db.wire(SiprocCore.builder(TestProfiles.small())).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .accounts(store, password -> "{test}" + password.length()).build().manageAccounts();
        }

        List<String> auditedEvents() {
            return db.auditEntries(0, 1000).stream().map(AuditEvent::event).toList();
        }

        /** Runs {@code work} while the database refuses rows that match {@code check}, added to {@code table}. */
        void whileRefusing(String table, String check, Runnable work) {
            execute("ALTER TABLE " + table + " ADD CONSTRAINT test_refusal CHECK (" + check + ")");
            try {
                work.run();
            } finally {
                execute("ALTER TABLE " + table + " DROP CONSTRAINT test_refusal");
            }
        }

        void execute(String sql) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        @Test
        void anAccountWhoseAuditEntryTheDatabaseRefusesIsNotCreated() {
            ManageAccountsUseCase accounts = accounts(db.accounts());
            whileRefusing("audit_entry", "event <> 'FIRST_ADMINISTRATOR_CREATED'", () ->
                    assertThatThrownBy(() -> accounts.createFirstAdministrator("root", "Root", PASSWORD, "cli"))
                            .isNotInstanceOf(RuleViolationException.class));

            assertThat(db.accounts().find(UserId.of("root"))).isEmpty();
            assertThat(db.accounts().count()).isZero();
            assertThat(auditedEvents()).isEmpty();
            assertThat(db.auditChainVerifier().verify().intact()).isTrue();

            accounts.createFirstAdministrator("root", "Root", PASSWORD, "cli");
            assertThat(db.accounts().find(UserId.of("root"))).isPresent();
            assertThat(auditedEvents()).containsExactly("FIRST_ADMINISTRATOR_CREATED");
        }

        @Test
        void accountsAddedOrDisabledWhenTheirAuditEntryFailsAreLeftAsTheyWere() {
            ManageAccountsUseCase accounts = accounts(db.accounts());
            accounts.createFirstAdministrator("root", "Root", PASSWORD, "cli");
            Actor root = accounts.actorFor("root", "cli");
            accounts.add(root, new NewAccountCommand("ana", "Ana", Role.OFFICER, "MXTAP", null, false), PASSWORD);

            whileRefusing("audit_entry", "NOT (event = 'ACCOUNT_CREATED' AND subject = 'account:luis')"
                    + " AND event <> 'ACCOUNT_DISABLED'", () -> {
                assertThatThrownBy(() -> accounts.add(root, new NewAccountCommand("luis", "Luis", Role.OFFICER,
                        "MXTAP", null, false), PASSWORD)).isNotInstanceOf(RuleViolationException.class);
                assertThatThrownBy(() -> accounts.disable(root, "ana"))
                        .isNotInstanceOf(RuleViolationException.class);
            });

            assertThat(db.accounts().find(UserId.of("luis"))).isEmpty();
            assertThat(db.accounts().find(UserId.of("ana")).map(Account::enabled)).contains(true);
            assertThat(auditedEvents()).containsExactly("FIRST_ADMINISTRATOR_CREATED", "ACCOUNT_CREATED");
        }

        @Test
        void anAccountTheDatabaseRefusesLeavesNoAuditEntry() {
            ManageAccountsUseCase accounts = accounts(db.accounts());
            accounts.createFirstAdministrator("root", "Root", PASSWORD, "cli");
            Actor root = accounts.actorFor("root", "cli");

            whileRefusing("web_account", "username <> 'luis'", () ->
                    assertThatThrownBy(() -> accounts.add(root, new NewAccountCommand("luis", "Luis", Role.OFFICER,
                            "MXTAP", null, false), PASSWORD)).isNotInstanceOf(RuleViolationException.class));

            assertThat(db.accounts().find(UserId.of("luis"))).isEmpty();
            assertThat(auditedEvents()).containsExactly("FIRST_ADMINISTRATOR_CREATED");
        }

        @Test
        void twoFirstAdministratorsCreatedAtOnceMakeOneAdministratorAndOneRefusal() throws Exception {
            // Each creation, once it has counted the administrators, waits for the other to have counted too (for
            // at most a few seconds). Without the account lock both would count none and both would create one;
            // with it the second cannot count before the first has committed, so the first stops waiting in vain.
            CyclicBarrier bothCounted = new CyclicBarrier(2);
            ManageAccountsUseCase accounts = accounts(new PausingAfterCount(db.accounts(), bothCounted));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Object> outcomes = new ArrayList<>();
            try {
                List<Future<Object>> done = List.of(
                        threads.submit(() -> attempt(accounts, "primera")),
                        threads.submit(() -> attempt(accounts, "segunda")));
                for (Future<Object> f : done) {
                    outcomes.add(f.get(2, TimeUnit.MINUTES));
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(db.accounts().countEnabled(Role.ADMIN)).isEqualTo(1);
            assertThat(outcomes).filteredOn(Account.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RuleViolationException.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((RuleViolationException) e).errorCode())
                            .isEqualTo(ErrorCode.ADMINISTRATOR_EXISTS));
            assertThat(auditedEvents()).containsExactly("FIRST_ADMINISTRATOR_CREATED");
        }

        private static Object attempt(ManageAccountsUseCase accounts, String user) {
            try {
                return accounts.createFirstAdministrator(user, user, PASSWORD, "cli");
            } catch (RuleViolationException e) {
                return e;
            }
        }
    }

    /** The real store, pausing after the first count of administrators of each thread until the other counted. */
    static final class PausingAfterCount implements Accounts {
        private final Accounts delegate;
        private final CyclicBarrier barrier;
        private final ThreadLocal<Boolean> paused = ThreadLocal.withInitial(() -> false);

        PausingAfterCount(Accounts delegate, CyclicBarrier barrier) {
            this.delegate = delegate;
            this.barrier = barrier;
        }

        @Override
        public long countEnabled(Role role) {
            long count = delegate.countEnabled(role);
            if (!paused.get()) {
                paused.set(true);
                try {
                    barrier.await(3, TimeUnit.SECONDS);
                } catch (TimeoutException | BrokenBarrierException e) {
                    // The other thread is waiting for the account lock: go on.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return count;
        }

        @Override
        public Optional<Credentials> credentials(UserId user) {
            return delegate.credentials(user);
        }

        @Override
        public List<Account> all() {
            return delegate.all();
        }

        @Override
        public long count() {
            return delegate.count();
        }

        @Override
        public void add(Account account, String passwordHash, Instant createdAt) {
            delegate.add(account, passwordHash, createdAt);
        }

        @Override
        public void lockAccounts() {
            delegate.lockAccounts();
        }

        @Override
        public void setEnabled(UserId user, boolean enabled) {
            delegate.setEnabled(user, enabled);
        }

        @Override
        public void recordFailedLogin(UserId user, int maxFailures, Instant lockUntil) {
            delegate.recordFailedLogin(user, maxFailures, lockUntil);
        }

        @Override
        public void recordSuccessfulLogin(UserId user) {
            delegate.recordSuccessfulLogin(user);
        }
    }
}
