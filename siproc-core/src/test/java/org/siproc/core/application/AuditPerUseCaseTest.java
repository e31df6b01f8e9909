package org.siproc.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.AssignCaseCommand;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.CompleteFollowUpCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.CorrectActionCommand;
import org.siproc.core.application.port.in.DismissReferralCommand;
import org.siproc.core.application.port.in.RaisePriorityCommand;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RecordConsentCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/** Each use case writes exactly the audit entries it should, with the acting user and the case as subject. */
class AuditPerUseCaseTest {

    /** A registered case with one action, one follow-up and a suggested referral, and the ids to act on. */
    record Fixture(SiprocCore.InMemory memory, SiprocCore core, Actor officer, String number, String actionId,
                   String followUpId, String referralId) {
    }

    static Fixture fixture() {
        SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), new MutableClock(Instant.parse("2026-11-22T16:00:00Z")))
                .formRenderer(r -> new FormRenderer.RenderedForm(r.form(), "application/pdf", new byte[] {1}, "hash"));
        SiprocCore core = memory.core();
        Actor officer = Actor.officer("ana.tapachula", TAPACHULA);
        String number = core.registerCase().register(officer, CaseFixtures.unaccompaniedChildInTapachula()).caseNumber().toString();
        String action = core.recordAction().record(officer, new RecordActionCommand(number, null, ActionKind.CALL, null,
                "llamada")).entryId();
        var view = core.viewCase().view(officer, number);
        return new Fixture(memory, core, officer, number, action, view.followUps().get(0).id().toString(),
                view.referrals().get(0).id());
    }

    static Stream<Arguments> useCases() {
        return Stream.of(
                useCase("record action", AuditAction.CHANGE, List.of("ACTION_RECORDED"), (f, a) -> f.core().recordAction()
                        .record(a, new RecordActionCommand(f.number(), null, ActionKind.NOTE, null, "nota"))),
                useCase("correct action", AuditAction.CHANGE, List.of("ACTION_CORRECTED"), (f, a) -> f.core().recordAction()
                        .correct(a, new CorrectActionCommand(f.number(), null, UUID.fromString(f.actionId()), "corregido"))),
                useCase("schedule follow-up", AuditAction.CHANGE, List.of("FOLLOW_UP_SCHEDULED"), (f, a) -> f.core()
                        .followUps().schedule(a, new ScheduleFollowUpCommand(f.number(), null, "llamar", null, null))),
                useCase("complete follow-up", AuditAction.CHANGE, List.of("FOLLOW_UP_COMPLETED"), (f, a) -> f.core()
                        .followUps().complete(a, new CompleteFollowUpCommand(f.number(), null,
                                UUID.fromString(f.followUpId()), "hecho"))),
                useCase("assign", AuditAction.CHANGE, List.of("ASSIGNED"), (f, a) -> f.core().assignCase()
                        .assign(Actor.consul("consul", TAPACHULA), new AssignCaseCommand(f.number(), null, "beto"))),
                useCase("change status", AuditAction.CHANGE, List.of("STATUS_CHANGED"), (f, a) -> f.core().changeStatus()
                        .changeStatus(a, new ChangeCaseStatusCommand(f.number(), null, CaseStatus.IN_ASSESSMENT, null))),
                useCase("raise priority", AuditAction.CHANGE, List.of("PRIORITY_CHANGED"), (f, a) -> {
                    // The fixture case is URGENT already: raise a normal case instead.
                    String adult = f.core().registerCase().register(a, CaseFixtures.adultInMigrationStation())
                            .caseNumber().toString();
                    MARK.set(f.memory().audit().entries().size());
                    f.core().changeStatus().raisePriority(a, new RaisePriorityCommand(adult, null, Priority.HIGH, "amenazas"));
                }),
                useCase("record consent", AuditAction.CHANGE, List.of("CONSENT_RECORDED"), (f, a) -> f.core().recordConsent()
                        .recordConsent(a, new RecordConsentCommand(f.number(), null, ConsentPurpose.STATISTICS,
                                Consent.State.GIVEN, SharingBasis.CONSENT, null))),
                useCase("confirm referral", AuditAction.REFER, List.of("REFERRAL_SENT"), (f, a) -> f.core().referCase()
                        .confirm(a, new ConfirmReferralCommand(f.number(), null, f.referralId(), false, null))),
                useCase("dismiss referral", AuditAction.REFER, List.of("REFERRAL_DISMISSED"), (f, a) -> f.core().referCase()
                        .dismiss(a, new DismissReferralCommand(f.number(), null, f.referralId(), "no procede"))),
                useCase("refer by hand", AuditAction.REFER, List.of("REFERRAL_SUGGESTED", "REFERRAL_SENT"), (f, a) -> f.core()
                        .referCase().refer(a, new ReferCaseCommand(f.number(), null, "FOSMIH", "ayuda", false, null))),
                useCase("respond to referral", AuditAction.REFER, List.of("REFERRAL_ANSWERED"), (f, a) -> {
                    f.core().referCase().confirm(a, new ConfirmReferralCommand(f.number(), null, f.referralId(), false, null));
                    MARK.set(f.memory().audit().entries().size());
                    f.core().respondToReferral().respond(Actor.partner("dif", "DIF"),
                            new RespondToReferralCommand(f.number(), f.referralId(), ReferralResponse.ACKNOWLEDGE, null));
                }),
                useCase("view case", AuditAction.VIEW, List.of("VIEW_CASE"), (f, a) -> f.core().viewCase().view(a, f.number())),
                useCase("render form", AuditAction.PRINT, List.of("FORM_RENDERED"), (f, a) -> f.core().renderForm()
                        .render(a, new RenderFormCommand(f.number(), "INTAKE_SHEET", Locale.ENGLISH, null))),
                useCase("search persons", AuditAction.SEARCH, List.of("PERSON_SEARCH"), (f, a) -> f.core().searchPersons()
                        .search(a, PersonSearchQuery.of("lopez"))));
    }

    /** Where the use case's own entries start, when it has to prepare something first. */
    private static final ThreadLocal<Integer> MARK = new ThreadLocal<>();

    private static Arguments useCase(String name, AuditAction action, List<String> events, BiConsumer<Fixture, Actor> run) {
        return Arguments.of(name, action, events, run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("useCases")
    void writesItsAuditEntries(String name, AuditAction action, List<String> events, BiConsumer<Fixture, Actor> run) {
        Fixture f = fixture();
        MARK.set(f.memory().audit().entries().size());
        run.accept(f, f.officer());
        List<AuditEvent> all = f.memory().audit().entries();
        List<AuditEvent> written = all.subList(MARK.get(), all.size());
        assertThat(written).extracting(AuditEvent::event).containsExactlyElementsOf(events);
        assertThat(written).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(action);
            assertThat(e.at()).isNotNull();
            assertThat(e.subject()).isNotBlank();
        });
        MARK.remove();
    }
}
