package org.siproc.core.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.domain.casefile.Cases.OFFICER;
import static org.siproc.core.domain.casefile.Cases.T0;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.RuleViolationException;

class ProtectionCaseTest {

    private static final Instant LATER = T0.plusSeconds(7200);

    private static ErrorCode codeOf(Runnable r) {
        try {
            r.run();
        } catch (org.siproc.core.domain.shared.SiprocException e) {
            return e.errorCode();
        }
        throw new AssertionError("no SIPROC error");
    }

    @Test
    void registrationStartsRegisteredAssignedToTheOfficerWithAnEvent() {
        ProtectionCase c = Cases.registered();
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(c.assignee()).isEqualTo(OFFICER);
        assertThat(c.version()).isZero();
        assertThat(c.pullEvents()).extracting(CaseEvent::type).containsExactly(CaseEventType.REGISTERED);
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void refusesRegistrationWithoutConsentOrLegalBasis() {
        assertThat(codeOf(() -> Cases.registered("MIGRATORY", List.of(Cases.consent(ConsentPurpose.REFERRAL)))))
                .isEqualTo(ErrorCode.REGISTRATION_NEEDS_LEGAL_BASIS);
        Consent refused = new Consent(ConsentPurpose.REGISTRATION, Consent.State.REFUSED, SharingBasis.CONSENT, null, T0, OFFICER);
        assertThat(codeOf(() -> Cases.registered("MIGRATORY", List.of(refused))))
                .isEqualTo(ErrorCode.REGISTRATION_NEEDS_LEGAL_BASIS);
    }

    @Test
    void registersWithoutConsentOnVitalInterest() {
        Consent vital = new Consent(ConsentPurpose.REGISTRATION, Consent.State.REFUSED, SharingBasis.VITAL_INTEREST,
                "unconscious in hospital", T0, OFFICER);
        assertThat(Cases.registered("HEALTH", List.of(vital)).status()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    void refusesResolvingWhileReferralPendingWithoutReason() {
        ProtectionCase c = Cases.inStatus(CaseStatus.IN_PROGRESS);
        c.suggestReferral("DIF", "child in Mexico", "R1", T0, OFFICER);
        RuleViolationException e = (RuleViolationException) catchThrowable(
                () -> c.changeStatus(CaseStatus.RESOLVED, null, LATER, OFFICER));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.REFERRALS_PENDING);
        assertThat(e.field()).isEqualTo("reason");
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void resolvesWhileReferralPendingWhenAReasonIsGiven() {
        ProtectionCase c = Cases.inStatus(CaseStatus.IN_PROGRESS);
        c.suggestReferral("DIF", "child in Mexico", "R1", T0, OFFICER);
        c.changeStatus(CaseStatus.RESOLVED, "the family took the child home", LATER, OFFICER);
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.history()).last().extracting(StatusChange::reason).isEqualTo("the family took the child home");
    }

    @Test
    void resolvesWithoutReasonOnceReferralsAreDecided() {
        ProtectionCase c = Cases.inStatus(CaseStatus.IN_PROGRESS);
        Referral r = c.suggestReferral("DIF", "child in Mexico", "R1", T0, OFFICER).orElseThrow();
        c.dismissReferral(r.id(), "already in DIF custody", T0, OFFICER);
        c.changeStatus(CaseStatus.RESOLVED, null, LATER, OFFICER);
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void refusesReopeningWithoutReason() {
        ProtectionCase c = Cases.inStatus(CaseStatus.CLOSED);
        assertThat(codeOf(() -> c.changeStatus(CaseStatus.REOPENED, " ", LATER, OFFICER))).isEqualTo(ErrorCode.REASON_REQUIRED);
    }

    @Test
    void missingPersonCasesAreNeverClosedAutomatically() {
        ProtectionCase c = Cases.inStatus(CaseStatus.RESOLVED);
        assertThat(codeOf(() -> c.closeAutomatically(false, LATER, OFFICER)))
                .isEqualTo(ErrorCode.NEVER_CLOSED_AUTOMATICALLY);
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        c.closeAutomatically(true, LATER, OFFICER);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void closedCaseTakesNoNewActionsFollowUpsOrReferrals() {
        ProtectionCase c = Cases.inStatus(CaseStatus.CLOSED);
        assertThat(codeOf(() -> c.recordAction(ActionKind.CALL, T0, "llamada", LATER, OFFICER))).isEqualTo(ErrorCode.CASE_NOT_OPEN);
        assertThat(codeOf(() -> c.scheduleFollowUp("x", LATER, OFFICER, LATER, OFFICER))).isEqualTo(ErrorCode.CASE_NOT_OPEN);
        assertThat(codeOf(() -> c.suggestReferral("DIF", "x", null, LATER, OFFICER))).isEqualTo(ErrorCode.CASE_NOT_OPEN);
    }

    @Test
    void priorityIsRaisedByHandWithReasonButNeverLowered() {
        ProtectionCase c = Cases.registered();
        c.raisePriority(Priority.HIGH, "threats received", LATER, OFFICER);
        assertThat(c.priority().priority()).isEqualTo(Priority.HIGH);
        assertThat(c.priority().manual()).isTrue();
        assertThat(c.priority().reason()).isEqualTo("threats received");
        assertThat(codeOf(() -> c.raisePriority(Priority.NORMAL, "calmer", LATER, OFFICER)))
                .isEqualTo(ErrorCode.PRIORITY_CANNOT_BE_LOWERED);
        assertThat(codeOf(() -> c.raisePriority(Priority.HIGH, "same", LATER, OFFICER)))
                .isEqualTo(ErrorCode.PRIORITY_CANNOT_BE_LOWERED);
        assertThatThrownBy(() -> c.raisePriority(Priority.URGENT, " ", LATER, OFFICER)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void triageOnlyRaisesThePriority() {
        ProtectionCase c = Cases.registered();
        c.raisePriority(Priority.HIGH, "by hand", LATER, OFFICER);
        c.applyTriage(PriorityAssessment.computed(Priority.NORMAL, "R", "lower"), LATER, OFFICER);
        assertThat(c.priority().priority()).isEqualTo(Priority.HIGH);
        c.applyTriage(PriorityAssessment.computed(Priority.URGENT, "R2", "child detained"), LATER, OFFICER);
        assertThat(c.priority().ruleId()).isEqualTo("R2");
    }

    @Test
    void actionsAreAppendedAndCorrectedByANewEntryPointingToTheOld() {
        ProtectionCase c = Cases.registered();
        CaseAction visit = c.recordAction(ActionKind.VISIT_DETENTION_CENTRE, T0, "Visita a la estación migratoria", LATER, OFFICER);
        CaseAction correction = c.correctAction(visit.id(), "Visita a la estación migratoria Siglo XXI", LATER, UserId.of("consul"));
        assertThat(c.actions()).containsExactly(visit, correction);
        assertThat(correction.kind()).isEqualTo(ActionKind.CORRECTION);
        assertThat(correction.corrects()).isEqualTo(visit.id());
        assertThat(c.actions().get(0).text()).isEqualTo("Visita a la estación migratoria");
        assertThat(codeOf(() -> c.correctAction(UUID.randomUUID(), "x", LATER, OFFICER))).isEqualTo(ErrorCode.ACTION_NOT_FOUND);
        assertThatThrownBy(() -> c.recordAction(ActionKind.CORRECTION, T0, "x", LATER, OFFICER))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAnActionInTheFuture() {
        ProtectionCase c = Cases.registered();
        assertThatThrownBy(() -> c.recordAction(ActionKind.CALL, LATER.plusSeconds(86_400), "x", LATER, OFFICER))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("action.occurredOn"));
    }

    @Test
    void followUpsFallOverdueAndAreCompletedOnce() {
        ProtectionCase c = Cases.registered();
        FollowUp f = c.scheduleFollowUp("llamar a la familia", T0.plusSeconds(3600), OFFICER, T0, OFFICER);
        assertThat(c.hasOverdueItems(T0.plusSeconds(3599))).isFalse();
        assertThat(c.hasOverdueItems(T0.plusSeconds(3601))).isTrue();
        FollowUp done = c.completeFollowUp(f.id(), "familia informada", LATER, OFFICER);
        assertThat(done.done()).isTrue();
        assertThat(c.hasOverdueItems(LATER)).isFalse();
        assertThat(codeOf(() -> c.completeFollowUp(f.id(), "otra vez", LATER, OFFICER)))
                .isEqualTo(ErrorCode.FOLLOW_UP_ALREADY_COMPLETED);
        assertThatThrownBy(() -> c.completeFollowUp(UUID.randomUUID(), "x", LATER, OFFICER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void referralGoesThroughItsLifecycle() {
        ProtectionCase c = Cases.inStatus(CaseStatus.IN_PROGRESS);
        Referral r = c.suggestReferral("FOSMIH", "repatriation", "R", T0, OFFICER).orElseThrow();
        c.sendReferral(r.id(), true, false, null, LATER.plusSeconds(864_000), LATER, OFFICER);
        c.recordReferralResponse(r.id(), ReferralResponse.ACKNOWLEDGE, null, LATER, UserId.of("fosmih"));
        c.recordReferralResponse(r.id(), ReferralResponse.ACCEPT, "aprobado", LATER, UserId.of("fosmih"));
        c.recordReferralResponse(r.id(), ReferralResponse.COMPLETE, "restos repatriados", LATER, UserId.of("fosmih"));
        assertThat(c.referral(r.id()).status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(c.referral(r.id()).steps()).extracting(Referral.Step::status).containsExactly(ReferralStatus.SUGGESTED,
                ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED);
        assertThat(c.pendingReferrals()).isEmpty();
    }

    @Test
    void refusesIllegalReferralTransitions() {
        ProtectionCase c = Cases.inStatus(CaseStatus.IN_PROGRESS);
        Referral r = c.suggestReferral("FOSMIH", "aid", "R", T0, OFFICER).orElseThrow();
        assertThat(codeOf(() -> c.recordReferralResponse(r.id(), ReferralResponse.ACCEPT, null, LATER, OFFICER)))
                .isEqualTo(ErrorCode.ILLEGAL_REFERRAL_TRANSITION);
        c.sendReferral(r.id(), true, false, null, LATER, LATER, OFFICER);
        c.recordReferralResponse(r.id(), ReferralResponse.DECLINE, "sin fondos", LATER, OFFICER);
        assertThat(codeOf(() -> c.recordReferralResponse(r.id(), ReferralResponse.COMPLETE, null, LATER, OFFICER)))
                .isEqualTo(ErrorCode.ILLEGAL_REFERRAL_TRANSITION);
        assertThat(ReferralStatus.SENT.next()).containsExactlyInAnyOrder(ReferralStatus.ACKNOWLEDGED,
                ReferralStatus.ACCEPTED, ReferralStatus.DECLINED);
    }

    @Test
    void sendingPersonalDataNeedsConsentForReferralOrALegalBasis() {
        ProtectionCase c = Cases.registered("MIGRATORY", List.of(Cases.consent(ConsentPurpose.REGISTRATION)));
        Referral r = c.suggestReferral("DIF", "child", "R", T0, OFFICER).orElseThrow();
        assertThat(codeOf(() -> c.sendReferral(r.id(), true, false, null, LATER, LATER, OFFICER)))
                .isEqualTo(ErrorCode.REFERRAL_NEEDS_LEGAL_BASIS);
        Referral sent = c.sendReferral(r.id(), true, false, SharingBasis.VITAL_INTEREST, LATER, LATER, OFFICER);
        assertThat(sent.sharingBasis()).isEqualTo(SharingBasis.VITAL_INTEREST);
        assertThat(sent.sharedData()).isEqualTo(SharedData.MINIMUM);
    }

    @Test
    void institutionWithoutAgreementGetsNoPersonalData() {
        ProtectionCase c = Cases.registered();
        Referral r = c.suggestReferral("NGO", "shelter", null, T0, OFFICER).orElseThrow();
        Referral sent = c.sendReferral(r.id(), false, true, null, LATER, LATER, OFFICER);
        assertThat(sent.sharedData()).isEqualTo(SharedData.NO_PERSONAL_DATA);
    }

    @Test
    void narrativeIsSharedOnlyWhenChosen() {
        ProtectionCase c = Cases.registered();
        Referral a = c.suggestReferral("A", "x", null, T0, OFFICER).orElseThrow();
        Referral b = c.suggestReferral("B", "x", null, T0, OFFICER).orElseThrow();
        assertThat(c.sendReferral(a.id(), true, false, null, LATER, LATER, OFFICER).sharedData()).isEqualTo(SharedData.MINIMUM);
        assertThat(c.sendReferral(b.id(), true, true, null, LATER, LATER, OFFICER).sharedData())
                .isEqualTo(SharedData.MINIMUM_WITH_NARRATIVE);
    }

    @Test
    void doesNotSuggestAgainWhatIsPendingOrWasDismissedForTheSameRule() {
        ProtectionCase c = Cases.registered();
        Referral r = c.suggestReferral("DIF", "child", "R1", T0, OFFICER).orElseThrow();
        assertThat(c.suggestReferral("DIF", "child", "R1", T0, OFFICER)).isEmpty();
        c.dismissReferral(r.id(), "not needed", T0, OFFICER);
        assertThat(c.suggestReferral("DIF", "child", "R1", T0, OFFICER)).isEmpty();
        assertThat(c.suggestReferral("DIF", "other reason", "R2", T0, OFFICER)).isPresent();
    }

    @Test
    void unansweredReferralFallsOverdue() {
        ProtectionCase c = Cases.registered();
        Referral r = c.suggestReferral("DIF", "child", "R1", T0, OFFICER).orElseThrow();
        c.sendReferral(r.id(), true, false, null, LATER, T0, OFFICER);
        assertThat(c.referral(r.id()).overdue(LATER.plusSeconds(1))).isTrue();
        c.recordReferralResponse(r.id(), ReferralResponse.ACCEPT, null, LATER, OFFICER);
        assertThat(c.referral(r.id()).overdue(LATER.plusSeconds(1))).isFalse();
    }

    @Test
    void snapshotRoundTripKeepsEverythingAndCopiesDeeply() {
        ProtectionCase c = Cases.inStatus(CaseStatus.IN_PROGRESS);
        Referral r = c.suggestReferral("DIF", "child", "R1", T0, OFFICER).orElseThrow();
        c.recordAction(ActionKind.CALL, T0, "llamada", LATER, OFFICER);
        ProtectionCase.Snapshot s = c.snapshot();
        ProtectionCase copy = ProtectionCase.reconstitute(s);
        assertThat(copy.snapshot()).usingRecursiveComparison().isEqualTo(s);
        copy.dismissReferral(r.id(), "no", LATER, OFFICER);
        assertThat(c.referral(r.id()).status()).isEqualTo(ReferralStatus.SUGGESTED);
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }
}
