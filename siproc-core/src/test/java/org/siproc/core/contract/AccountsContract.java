package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.OfficeCode;

/** Contract of the {@link Accounts} port, for every adapter: in memory, H2 and PostgreSQL. */
public abstract class AccountsContract {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected Accounts accounts;

    /** The store under test, with no account in it. Called before every test. */
    protected abstract Accounts emptyAccounts();

    /** The password hash the store keeps for the user (read back by the adapter's own means). */
    protected abstract Optional<String> storedHash(UserId user);

    /** The transactions the store's writes take part in (those the application wires beside it). */
    protected abstract Transactions transactions();

    @BeforeEach
    void startFromAnEmptyStore() {
        accounts = emptyAccounts();
    }

    static Account officer(String user) {
        return new Account(UserId.of(user), "Ana López", Role.OFFICER, OfficeCode.of("MXTAP"), null, false, true);
    }

    @Test
    void keepsEveryFieldOfEachKindOfAccountAndItsHash() {
        Account officer = officer("ana.tapachula");
        Account partner = new Account(UserId.of("socio.dif"), "DIF, enlace «Ñandú»", Role.PARTNER, null, "DIF", false,
                true);
        Account analyst = new Account(UserId.of("analista"), "José Andino", Role.HQ_ANALYST, null, null, true, true);
        accounts.add(officer, "{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA", T0);
        accounts.add(partner, "hash-2", T0);
        accounts.add(analyst, "hash-3", T0);

        assertThat(accounts.find(officer.user())).contains(officer);
        assertThat(accounts.find(partner.user())).contains(partner);
        assertThat(accounts.find(analyst.user())).contains(analyst);
        assertThat(storedHash(officer.user())).contains("{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA");
    }

    @Test
    void findsNothingForAnUnknownUser() {
        assertThat(accounts.find(UserId.of("nadie"))).isEmpty();
    }

    @Test
    void listsEveryAccountByUserId() {
        accounts.add(officer("zoila"), "h", T0);
        accounts.add(officer("ana"), "h", T0);
        accounts.add(new Account(UserId.of("mario"), "Mario", Role.ADMIN, null, null, false, true), "h", T0);
        assertThat(accounts.all()).extracting(a -> a.user().value()).containsExactly("ana", "mario", "zoila");
    }

    @Test
    void countsOnlyEnabledAccountsOfTheRole() {
        accounts.add(new Account(UserId.of("admin1"), "A", Role.ADMIN, null, null, false, true), "h", T0);
        accounts.add(new Account(UserId.of("admin2"), "B", Role.ADMIN, null, null, false, false), "h", T0);
        accounts.add(officer("ana"), "h", T0);
        assertThat(accounts.countEnabled(Role.ADMIN)).isEqualTo(1);
        assertThat(accounts.countEnabled(Role.OFFICER)).isEqualTo(1);
        assertThat(accounts.countEnabled(Role.PARTNER)).isZero();
    }

    @Test
    void refusesASecondAccountWithTheSameUserId() {
        accounts.add(officer("ana"), "h1", T0);
        assertThatThrownBy(() -> accounts.add(officer("ana"), "h2", T0)).isInstanceOf(IllegalStateException.class);
        assertThat(storedHash(UserId.of("ana"))).contains("h1");
    }

    @Test
    void disablesAndEnablesAnAccountKeepingTheRest() {
        Account ana = officer("ana");
        accounts.add(ana, "h", T0);
        accounts.setEnabled(ana.user(), false);
        assertThat(accounts.find(ana.user())).contains(ana.withEnabled(false));
        assertThat(accounts.countEnabled(Role.OFFICER)).isZero();
        accounts.setEnabled(ana.user(), true);
        assertThat(accounts.find(ana.user())).contains(ana);
        assertThat(storedHash(ana.user())).contains("h");
    }

    @Test
    void theThirdFailedLoginInARowLocksAndASuccessfulOneClearsTheCount() {
        Account ana = officer("ana");
        accounts.add(ana, "h", T0);
        Instant until = Instant.parse("2026-11-23T10:15:00Z");
        accounts.recordFailedLogin(ana.user(), 3, until);
        accounts.recordFailedLogin(ana.user(), 3, until);
        assertThat(accounts.credentials(ana.user()).orElseThrow().lockedUntil()).isNull();
        accounts.recordFailedLogin(ana.user(), 3, until);
        assertThat(accounts.credentials(ana.user()).orElseThrow())
                .isEqualTo(new Accounts.Credentials(ana, "h", 3, until));
        accounts.recordSuccessfulLogin(ana.user());
        assertThat(accounts.credentials(ana.user()).orElseThrow()).isEqualTo(new Accounts.Credentials(ana, "h", 0, null));
        accounts.recordFailedLogin(UserId.of("nadie"), 3, until);
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void writesOfATransactionThatFailsAreNotKept() {
        Account ana = officer("ana");
        accounts.add(ana, "h", T0);
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            accounts.lockAccounts();
            accounts.add(officer("luis"), "h", T0);
            accounts.setEnabled(ana.user(), false);
            assertThat(accounts.find(UserId.of("luis"))).as("seen inside its own transaction").isPresent();
            throw new IllegalStateException("the audit entry could not be written");
        })).hasMessageContaining("audit entry");

        assertThat(accounts.find(UserId.of("luis"))).isEmpty();
        assertThat(accounts.find(ana.user())).contains(ana);
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void writesOfATransactionThatSucceedsAreKept() {
        Account ana = officer("ana");
        accounts.add(ana, "h", T0);
        transactions().inTransaction(() -> {
            accounts.lockAccounts();
            accounts.add(officer("luis"), "h", T0);
            accounts.setEnabled(ana.user(), false);
            return null;
        });

        assertThat(accounts.find(UserId.of("luis"))).contains(officer("luis"));
        assertThat(accounts.find(ana.user())).contains(ana.withEnabled(false));
    }

    @Test
    void refusesToEnableAnAccountThatDoesNotExist() {
        assertThatThrownBy(() -> accounts.setEnabled(UserId.of("nadie"), true))
                .isInstanceOf(IllegalStateException.class);
    }
}
