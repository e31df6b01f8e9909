package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.contract.ContractFixtures.OFFICER;
import static org.siproc.core.contract.ContractFixtures.SALTILLO;
import static org.siproc.core.contract.ContractFixtures.T0;
import static org.siproc.core.contract.ContractFixtures.TAPACHULA;
import static org.siproc.core.contract.ContractFixtures.newCase;
import static org.siproc.core.contract.ContractFixtures.number;
import static org.siproc.core.contract.ContractFixtures.person;
import static org.siproc.core.contract.ContractFixtures.richCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.application.port.out.ReferralQuery;
import org.siproc.core.application.port.out.ReferralSummary;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseId;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.shared.VersionConflictException;

/** Contract of the {@link org.siproc.core.application.port.out.ProtectionCases} port, for every adapter. */
public abstract class ProtectionCasesContract extends PortContract {

    private Person stored(String given, String first, String second) {
        Person p = person(given, first, second);
        txRun(() -> ports.persons().save(p));
        return p;
    }

    private ProtectionCase saved(ProtectionCase c) {
        txRun(() -> ports.cases().save(c));
        return load(c.number());
    }

    private ProtectionCase load(CaseNumber number) {
        return tx(() -> ports.cases().findByNumber(number)).orElseThrow();
    }

    static void assertSameState(ProtectionCase actual, ProtectionCase expected) {
        assertThat(actual.snapshot().withVersion(0)).usingRecursiveComparison()
                .ignoringCollectionOrderInFields("circumstances", "demographics.flags")
                .isEqualTo(expected.snapshot().withVersion(0));
    }

    @Test
    void keepsEveryPartOfACaseExactly() {
        Person main = stored("José Ángel", "Núñez", "Peña");
        Person mother = stored("Rosa", "Peña", null);
        ProtectionCase c = richCase(number(TAPACHULA, 1), main.id(), mother.id(), T0);

        ProtectionCase loaded = saved(c);

        assertSameState(loaded, c);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.referrals()).hasSize(2);
        assertThat(loaded.referrals().get(0).steps()).hasSize(3);
        assertThat(loaded.persons()).containsExactly(main.id(), mother.id());
    }

    @Test
    void findsNothingForAnUnknownNumber() {
        assertThat(tx(() -> ports.cases().findByNumber(number(TAPACHULA, 999)))).isEmpty();
    }

    @Test
    void everySaveReturnsTheNextVersion() {
        Person p = stored("Ana", "Reyes", null);
        ProtectionCase c = newCase(number(TAPACHULA, 2), p.id(), T0);
        assertThat(tx(() -> ports.cases().save(c))).isEqualTo(1);

        ProtectionCase v1 = load(c.number());
        v1.recordAction(ActionKind.NOTE, T0, "first note", T0.plusSeconds(1), OFFICER);
        assertThat(tx(() -> ports.cases().save(v1))).isEqualTo(2);

        ProtectionCase v2 = load(c.number());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(tx(() -> ports.cases().save(v2))).as("a save without changes still moves the version").isEqualTo(3);
        assertThat(load(c.number()).version()).isEqualTo(3);
    }

    @Test
    void refusesAStaleVersionAndKeepsTheFirstEdit() {
        Person p = stored("Ana", "Reyes", null);
        ProtectionCase c = saved(newCase(number(TAPACHULA, 3), p.id(), T0));
        ProtectionCase first = load(c.number());
        ProtectionCase second = load(c.number());
        first.recordAction(ActionKind.NOTE, T0, "first officer", T0.plusSeconds(1), OFFICER);
        second.recordAction(ActionKind.NOTE, T0, "second officer", T0.plusSeconds(2), OFFICER);

        txRun(() -> ports.cases().save(first));

        assertThatThrownBy(() -> txRun(() -> ports.cases().save(second)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.subject()).isEqualTo(c.number().toString());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        ProtectionCase stored = load(c.number());
        assertThat(stored.actions()).extracting(a -> a.text()).containsExactly("first officer");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void refusesANewCaseWhoseNumberIsTaken() {
        Person p = stored("Ana", "Reyes", null);
        saved(newCase(number(TAPACHULA, 4), p.id(), T0));
        ProtectionCase other = newCase(number(TAPACHULA, 4), p.id(), T0.plusSeconds(5));

        assertThatThrownBy(() -> txRun(() -> ports.cases().save(other))).isInstanceOf(VersionConflictException.class);
        assertThat(load(other.number()).id()).isNotEqualTo(other.id());
    }

    @Test
    void refusesAnUnsavedCaseThatClaimsAVersion() {
        Person p = stored("Ana", "Reyes", null);
        ProtectionCase.Snapshot s = newCase(number(TAPACHULA, 5), p.id(), T0).snapshot();
        ProtectionCase claimsVersion3 = ProtectionCase.reconstitute(s.withVersion(3));

        assertThatThrownBy(() -> txRun(() -> ports.cases().save(claimsVersion3)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(tx(() -> ports.cases().findByNumber(s.number()))).isEmpty();
    }

    @Test
    void forgetsASaveWhoseTransactionFailed() {
        Person p = stored("Ana", "Reyes", null);
        ProtectionCase c = newCase(number(TAPACHULA, 6), p.id(), T0);

        assertThatThrownBy(() -> txRun(() -> {
            ports.cases().save(c);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(tx(() -> ports.cases().findByNumber(c.number()))).isEmpty();
    }

    @Test
    void findsTheCasesOfAPersonNewestFirst() {
        Person p = stored("Ana", "Reyes", null);
        Person other = stored("Luis", "Castro", null);
        saved(newCase(number(TAPACHULA, 7), p.id(), T0));
        saved(newCase(number(SALTILLO, 1), p.id(), T0.plus(Duration.ofDays(2))));
        saved(newCase(number(TAPACHULA, 8), other.id(), T0.plus(Duration.ofDays(1))));

        assertThat(tx(() -> ports.cases().findByPerson(p.id()))).extracting(ProtectionCase::number)
                .containsExactly(number(SALTILLO, 1), number(TAPACHULA, 7));
        assertThat(tx(() -> ports.cases().findByPerson(Person.builder(
                org.siproc.core.domain.person.PersonName.of("X", "Y", null)).build().id()))).isEmpty();
    }

    @Test
    void listsSummariesFilteredNewestFirstAndPaged() {
        Person p = stored("María José", "López", "Ávila");
        for (int i = 1; i <= 5; i++) {
            saved(newCase(number(TAPACHULA, 10 + i), p.id(), T0.plus(Duration.ofHours(i))));
        }
        ProtectionCase saltillo = saved(newCase(number(SALTILLO, 2), p.id(), T0.plus(Duration.ofHours(10))));
        ProtectionCase progressed = load(number(TAPACHULA, 12));
        progressed.changeStatus(CaseStatus.IN_ASSESSMENT, null, T0.plus(Duration.ofDays(1)), OFFICER);
        progressed.raisePriority(Priority.URGENT, "child", T0.plus(Duration.ofDays(1)), OFFICER);
        txRun(() -> ports.cases().save(progressed));
        Instant now = T0.plus(Duration.ofDays(30));

        List<CaseSummary> all = tx(() -> ports.cases().find(CaseQuery.all(), now));
        assertThat(all).extracting(CaseSummary::number).containsExactly(saltillo.number(), number(TAPACHULA, 15),
                number(TAPACHULA, 14), number(TAPACHULA, 13), number(TAPACHULA, 12), number(TAPACHULA, 11));
        CaseSummary first = all.get(0);
        assertThat(first.mainPersonName()).isEqualTo("María José López Ávila");
        assertThat(first.office()).isEqualTo(SALTILLO);
        assertThat(first.classification().type()).isEqualTo("MIGRATORY");
        assertThat(first.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(first.assignee()).isEqualTo(OFFICER.value());
        assertThat(first.registeredAt()).isEqualTo(T0.plus(Duration.ofHours(10)));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.overdue()).isFalse();

        assertThat(tx(() -> ports.cases().find(CaseQuery.all().inOffice(TAPACHULA), now))).hasSize(5);
        assertThat(tx(() -> ports.cases().find(new CaseQuery(TAPACHULA, CaseStatus.IN_ASSESSMENT, null, null, null,
                false, 0, 50), now))).extracting(CaseSummary::number).containsExactly(number(TAPACHULA, 12));
        assertThat(tx(() -> ports.cases().find(new CaseQuery(null, null, "migratory", Priority.URGENT, null,
                false, 0, 50), now))).extracting(CaseSummary::version).containsExactly(2L);
        assertThat(tx(() -> ports.cases().find(new CaseQuery(null, null, "DECEASED", null, null, false, 0, 50), now)))
                .isEmpty();
        assertThat(tx(() -> ports.cases().find(new CaseQuery(null, null, null, null, OFFICER.value(), false, 0, 50), now)))
                .hasSize(6);
        assertThat(tx(() -> ports.cases().find(new CaseQuery(null, null, null, null, "nobody", false, 0, 50), now)))
                .isEmpty();
        assertThat(tx(() -> ports.cases().find(new CaseQuery(null, null, null, null, null, false, 1, 4), now)))
                .extracting(CaseSummary::number).containsExactly(number(TAPACHULA, 12), number(TAPACHULA, 11));
    }

    @Test
    void findsOverdueFollowUpsAndUnansweredReferrals() {
        Person p = stored("Ana", "Reyes", null);
        Instant now = T0.plus(Duration.ofDays(10));
        ProtectionCase followUpDue = newCase(number(TAPACHULA, 20), p.id(), T0);
        followUpDue.scheduleFollowUp("call", T0.plus(Duration.ofDays(1)), OFFICER, T0, OFFICER);
        saved(followUpDue);
        ProtectionCase notYetDue = newCase(number(TAPACHULA, 21), p.id(), T0);
        notYetDue.scheduleFollowUp("call", T0.plus(Duration.ofDays(20)), OFFICER, T0, OFFICER);
        saved(notYetDue);
        ProtectionCase done = newCase(number(TAPACHULA, 22), p.id(), T0);
        done.completeFollowUp(done.scheduleFollowUp("call", T0.plus(Duration.ofDays(1)), OFFICER, T0, OFFICER).id(),
                "done", T0.plus(Duration.ofHours(2)), OFFICER);
        saved(done);
        ProtectionCase referralDue = newCase(number(SALTILLO, 20), p.id(), T0);
        var r = referralDue.suggestReferral("DIF", "child", null, T0, OFFICER).orElseThrow();
        referralDue.sendReferral(r.id(), true, false, null, T0.plus(Duration.ofDays(3)), T0, OFFICER);
        saved(referralDue);

        assertThat(tx(() -> ports.cases().findWithOverdueItems(null, now))).extracting(ProtectionCase::number)
                .containsExactlyInAnyOrder(number(TAPACHULA, 20), number(SALTILLO, 20));
        assertThat(tx(() -> ports.cases().findWithOverdueItems(TAPACHULA, now))).extracting(ProtectionCase::number)
                .containsExactly(number(TAPACHULA, 20));
        assertThat(tx(() -> ports.cases().find(new CaseQuery(null, null, null, null, null, true, 0, 50), now)))
                .extracting(CaseSummary::number)
                .containsExactlyInAnyOrder(number(TAPACHULA, 20), number(SALTILLO, 20));
        assertThat(tx(() -> ports.cases().find(CaseQuery.all(), now))).filteredOn(CaseSummary::overdue).hasSize(2);
        assertThat(tx(() -> ports.cases().findWithOverdueItems(null, T0))).isEmpty();
    }

    @Test
    void listsSentReferralsForAnInboxDueSoonestFirst() {
        Person p = stored("Ana", "Reyes", null);
        Instant now = T0.plus(Duration.ofDays(5));
        ProtectionCase tapachula = newCase(number(TAPACHULA, 40), p.id(), T0);
        var late = tapachula.suggestReferral("DIF", "child", "R1", T0, OFFICER).orElseThrow();
        tapachula.sendReferral(late.id(), true, false, null, T0.plus(Duration.ofDays(3)), T0, OFFICER);
        var answered = tapachula.suggestReferral("FOSMIH", "aid", null, T0, OFFICER).orElseThrow();
        tapachula.sendReferral(answered.id(), false, false, null, T0.plus(Duration.ofDays(2)), T0, OFFICER);
        tapachula.recordReferralResponse(answered.id(), org.siproc.core.domain.casefile.ReferralResponse.ACCEPT, null,
                T0.plus(Duration.ofDays(1)), OFFICER);
        tapachula.suggestReferral("COMAR", "asylum", "R2", T0, OFFICER); // only suggested: not in an inbox
        saved(tapachula);
        ProtectionCase saltillo = newCase(number(SALTILLO, 40), p.id(), T0);
        var later = saltillo.suggestReferral("DIF", "child", "R1", T0, OFFICER).orElseThrow();
        saltillo.sendReferral(later.id(), true, false, null, T0.plus(Duration.ofDays(9)), T0, OFFICER);
        saved(saltillo);

        var all = tx(() -> ports.cases().findReferrals(ReferralQuery.all(), now));
        assertThat(all).extracting(ReferralSummary::institution).containsExactly("FOSMIH", "DIF", "DIF");
        assertThat(all).extracting(ReferralSummary::overdue).containsExactly(false, true, false);
        assertThat(all.get(0).sharedData()).isEqualTo(org.siproc.core.domain.casefile.SharedData.NO_PERSONAL_DATA);
        assertThat(all.get(1).referralId()).isEqualTo(late.id().toString());
        assertThat(tx(() -> ports.cases().findReferrals(ReferralQuery.all().scoped(null, "dif"), now)))
                .extracting(r -> r.caseNumber()).containsExactly(number(TAPACHULA, 40), number(SALTILLO, 40));
        assertThat(tx(() -> ports.cases().findReferrals(ReferralQuery.all().scoped(SALTILLO, null), now)))
                .extracting(ReferralSummary::referralId).containsExactly(later.id().toString());
        assertThat(tx(() -> ports.cases().findReferrals(new ReferralQuery(null, null, null, true, 0, 50), now)))
                .extracting(ReferralSummary::referralId).containsExactly(late.id().toString());
        assertThat(tx(() -> ports.cases().findReferrals(new ReferralQuery(null, null,
                org.siproc.core.domain.casefile.ReferralStatus.ACCEPTED, false, 0, 50), now)))
                .extracting(ReferralSummary::institution).containsExactly("FOSMIH");
        assertThat(tx(() -> ports.cases().findReferrals(new ReferralQuery(null, null, null, false, 1, 2), now)))
                .hasSize(1);
    }

    @Test
    void findsCasesResolvedBeforeADay() {
        Person p = stored("Ana", "Reyes", null);
        ProtectionCase early = resolvedAt(number(TAPACHULA, 30), p, T0.plus(Duration.ofDays(1)));
        resolvedAt(number(TAPACHULA, 31), p, T0.plus(Duration.ofDays(5)));
        saved(newCase(number(TAPACHULA, 32), p.id(), T0));

        assertThat(tx(() -> ports.cases().findResolvedBefore(T0.plus(Duration.ofDays(3)))))
                .extracting(ProtectionCase::number).containsExactly(early.number());
        assertThat(tx(() -> ports.cases().findResolvedBefore(T0))).isEmpty();
    }

    private ProtectionCase resolvedAt(CaseNumber number, Person p, Instant at) {
        ProtectionCase c = newCase(number, p.id(), T0);
        c.changeStatus(CaseStatus.IN_ASSESSMENT, null, T0, OFFICER);
        c.changeStatus(CaseStatus.IN_PROGRESS, null, T0, OFFICER);
        c.changeStatus(CaseStatus.RESOLVED, null, at, OFFICER);
        return saved(c);
    }

    @Test
    void keepsTheIdentityOfACase() {
        Person p = stored("Ana", "Reyes", null);
        ProtectionCase c = saved(newCase(number(TAPACHULA, 40), p.id(), T0));
        assertThat(c.id()).isNotEqualTo(CaseId.newId());
        assertThat(load(c.number()).id()).isEqualTo(c.id());
    }
}
