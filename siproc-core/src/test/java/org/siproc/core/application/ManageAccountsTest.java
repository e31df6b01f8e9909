package org.siproc.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.adapter.memory.InMemoryAccounts;
import org.siproc.core.adapter.memory.InMemoryAuditTrail;
import org.siproc.core.adapter.memory.InMemoryCaseNumberSequence;
import org.siproc.core.adapter.memory.InMemoryPersons;
import org.siproc.core.adapter.memory.InMemoryProtectionCases;
import org.siproc.core.adapter.memory.InMemoryTransactions;
import org.siproc.core.application.port.in.ManageAccountsUseCase;
import org.siproc.core.application.port.in.NewAccountCommand;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.fixtures.TestProfiles;
import org.siproc.core.profile.UnknownCodeException;

/** The accounts use case: the first administrator, accounts an administrator manages, an account's actor. */
class ManageAccountsTest {

    private static final String PASSWORD = "una-clave-larga";

    private SiprocCore.InMemory memory;
    private ManageAccountsUseCase accounts;

    @BeforeEach
    void core() {
        memory = SiprocCore.inMemory(TestProfiles.small(), new MutableClock(Instant.parse("2026-11-23T10:00:00Z")))
                .accounts(password -> "hashed:" + new StringBuilder(password).reverse());
        accounts = memory.core().manageAccounts();
    }

    private Actor admin() {
        accounts.createFirstAdministrator("root", "Administradora", PASSWORD, "cli");
        return accounts.actorFor("root", "cli");
    }

    private static void refusedWith(ErrorCode code, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    @Test
    void theFirstAdministratorIsCreatedOnceWithTheHashNotThePassword() {
        Account admin = accounts.createFirstAdministrator("root", "Administradora", PASSWORD, "cli");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(memory.accounts().passwordHash(UserId.of("root"))).contains("hashed:agral-evalc-anu");
        refusedWith(ErrorCode.ADMINISTRATOR_EXISTS,
                () -> accounts.createFirstAdministrator("otro", "Otro", PASSWORD, "cli"));
        assertThat(memory.accounts().all()).hasSize(1);
    }

    @Test
    void theFirstAdministratorNeedsALongEnoughPassword() {
        refusedWith(ErrorCode.PASSWORD_TOO_SHORT, () -> accounts.createFirstAdministrator("root", "A", "corta", "cli"));
        assertThat(memory.accounts().all()).isEmpty();
    }

    @Test
    void anAdministratorAddsAnAccountThatActsWithItsRoleAndOffice() {
        Actor admin = admin();
        accounts.add(admin, new NewAccountCommand("ana", "Ana López", Role.OFFICER, "MXTAP", null, false), PASSWORD);
        Actor ana = accounts.actorFor("ana", "cli");
        assertThat(ana).isEqualTo(Actor.officer("ana", TAPACHULA).from("cli"));
        accounts.add(admin, new NewAccountCommand("dif", "DIF", Role.PARTNER, null, "dif", false), PASSWORD);
        assertThat(accounts.actorFor("dif", "cli").institution()).isEqualTo("DIF");
        assertThat(accounts.list(admin)).extracting(a -> a.user().value()).containsExactly("ana", "dif", "root");
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        Actor admin = admin();
        accounts.add(admin, new NewAccountCommand("ana", "Ana", Role.OFFICER, "MXTAP", null, false), PASSWORD);
        Actor officer = accounts.actorFor("ana", "cli");
        NewAccountCommand another = new NewAccountCommand("beto", "Beto", Role.OFFICER, "MXTAP", null, false);
        assertThatThrownBy(() -> accounts.add(officer, another, PASSWORD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list(officer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.disable(officer, "root")).isInstanceOf(AccessDeniedException.class);
        assertThat(memory.accounts().find(UserId.of("beto"))).isEmpty();
    }

    @Test
    void officesAndInstitutionsMustBeInTheCountryProfile() {
        Actor admin = admin();
        assertThatThrownBy(() -> accounts.add(admin, new NewAccountCommand("x", "X", Role.OFFICER, "XXNOPE", null,
                false), PASSWORD)).isInstanceOfSatisfying(UnknownCodeException.class,
                        e -> assertThat(e.field()).isEqualTo("office"));
        assertThatThrownBy(() -> accounts.add(admin, new NewAccountCommand("y", "Y", Role.PARTNER, null, "NOPE",
                false), PASSWORD)).isInstanceOf(UnknownCodeException.class);
    }

    @Test
    void aUserIdIsTakenOnce() {
        Actor admin = admin();
        NewAccountCommand ana = new NewAccountCommand("ana", "Ana", Role.OFFICER, "MXTAP", null, false);
        accounts.add(admin, ana, PASSWORD);
        refusedWith(ErrorCode.ACCOUNT_EXISTS, () -> accounts.add(admin, ana, PASSWORD));
    }

    @Test
    void aDisabledAccountMayNotActUntilEnabledAgain() {
        Actor admin = admin();
        accounts.add(admin, new NewAccountCommand("ana", "Ana", Role.OFFICER, "MXTAP", null, false), PASSWORD);
        assertThat(accounts.disable(admin, "ana").enabled()).isFalse();
        refusedWith(ErrorCode.ACCOUNT_DISABLED, () -> accounts.actorFor("ana", "cli"));
        accounts.enable(admin, "ana");
        assertThat(accounts.actorFor("ana", "cli").role()).isEqualTo(Role.OFFICER);
    }

    @Test
    void anUnknownUserMayNotAct() {
        refusedWith(ErrorCode.UNKNOWN_ACCOUNT, () -> accounts.actorFor("nadie", "cli"));
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        Actor admin = admin();
        refusedWith(ErrorCode.LAST_ADMINISTRATOR, () -> accounts.disable(admin, "root"));
        accounts.add(admin, new NewAccountCommand("root2", "Second", Role.ADMIN, null, null, false), PASSWORD);
        accounts.disable(admin, "root");
        assertThat(memory.accounts().countEnabled(Role.ADMIN)).isEqualTo(1);
    }

    @Test
    void everyAccountChangeIsAuditedWithCodesOnly() {
        Actor admin = admin();
        accounts.add(admin, new NewAccountCommand("ana", "Ana López", Role.OFFICER, "MXTAP", null, false), PASSWORD);
        accounts.disable(admin, "ana");
        assertThat(memory.audit().entries()).extracting(AuditEvent::event, AuditEvent::subject, e -> e.user().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FIRST_ADMINISTRATOR_CREATED", "account:root", "root"),
                        org.assertj.core.groups.Tuple.tuple("ACCOUNT_CREATED", "account:ana", "root"),
                        org.assertj.core.groups.Tuple.tuple("ACCOUNT_DISABLED", "account:ana", "root"));
        assertThat(memory.audit().entries()).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CHANGE);
            assertThat(e.details().values()).doesNotContain("Ana López");
        });
        assertThat(memory.audit().entries().get(1).details()).containsEntry("office", "MXTAP");
    }

    @Test
    void anAccountChangeWhoseAuditEntryCannotBeWrittenIsNotKept() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryAuditTrail trail = new InMemoryAuditTrail(transactions);
        InMemoryPersons persons = new InMemoryPersons(transactions);
        InMemoryAccounts store = new InMemoryAccounts(transactions);
        AtomicBoolean auditFails = new AtomicBoolean();
        AuditTrail audit = event -> {
            trail.record(event);
            if (auditFails.get()) {
                throw new IllegalStateException("the audit trail cannot be written");
            }
        };
        ManageAccountsUseCase manage = SiprocCore.builder(TestProfiles.small())
                .cases(new InMemoryProtectionCases(transactions, persons)).persons(persons)
                .caseNumbers(new InMemoryCaseNumberSequence()).auditTrail(audit).transactions(transactions)
                .accounts(store, password -> "hashed").build().manageAccounts();

        auditFails.set(true);
        assertThatThrownBy(() -> manage.createFirstAdministrator("root", "Root", PASSWORD, "cli"))
                .hasMessageContaining("audit trail");
        assertThat(store.count()).isZero();
        assertThat(trail.entries()).isEmpty();

        auditFails.set(false);
        manage.createFirstAdministrator("root", "Root", PASSWORD, "cli");
        Actor root = manage.actorFor("root", "cli");
        manage.add(root, new NewAccountCommand("ana", "Ana", Role.OFFICER, "MXTAP", null, false), PASSWORD);
        auditFails.set(true);
        assertThatThrownBy(() -> manage.add(root, new NewAccountCommand("luis", "Luis", Role.OFFICER, "MXTAP", null,
                false), PASSWORD)).hasMessageContaining("audit trail");
        assertThatThrownBy(() -> manage.disable(root, "ana")).hasMessageContaining("audit trail");

        assertThat(store.find(UserId.of("luis"))).isEmpty();
        assertThat(store.find(UserId.of("ana")).orElseThrow().enabled()).isTrue();
        assertThat(trail.entries()).extracting(AuditEvent::event)
                .containsExactly("FIRST_ADMINISTRATOR_CREATED", "ACCOUNT_CREATED");
    }

    @Test
    void aCoreWithoutAnAccountStoreSaysSo() {
        SiprocCore plain = SiprocCore.inMemory(TestProfiles.small(), new MutableClock(Instant.now())).core();
        assertThatThrownBy(plain::manageAccounts).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("account store");
    }
}
