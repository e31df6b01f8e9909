package org.siproc.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.fixtures.TestProfiles.SALTILLO;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.AssignCaseCommand;
import org.siproc.core.application.port.in.CaseChange;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.CompleteFollowUpCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.CorrectActionCommand;
import org.siproc.core.application.port.in.DismissReferralCommand;
import org.siproc.core.application.port.in.MergePersonsCommand;
import org.siproc.core.application.port.in.OverdueItem;
import org.siproc.core.application.port.in.RaisePriorityCommand;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RecordConsentCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.VersionConflictException;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/** Every use case on a case: its effect, its audit entry, and its access rule per role and office. */
class CaseUseCasesTest {
    static final Instant NOW = Instant.parse("2026-11-22T16:00:00Z");
    final MutableClock clock = new MutableClock(NOW);
    final SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), clock)
            .formRenderer(request -> new FormRenderer.RenderedForm(request.form(), "application/pdf",
                    (request.form() + request.sensitiveAllowed()).getBytes(java.nio.charset.StandardCharsets.UTF_8), "abc123"));
    final SiprocCore core = memory.core();
    final Actor officer = Actor.officer("ana.tapachula", TAPACHULA);
    final Actor colleague = Actor.officer("beto.tapachula", TAPACHULA);
    final Actor consul = Actor.consul("consul.tapachula", TAPACHULA);
    final Actor saltilloOfficer = Actor.officer("luis.saltillo", SALTILLO);
    final Actor saltilloConsul = Actor.consul("consul.saltillo", SALTILLO);
    final Actor hq = Actor.hqAnalyst("hq.analyst", false);
    String number;

    @BeforeEach
    void registerACase() {
        RegistrationResult r = core.registerCase().register(officer, CaseFixtures.unaccompaniedChildInTapachula());
        number = r.caseNumber().toString();
    }

    private CaseView view() {
        return core.viewCase().view(hq, number);
    }

    /** Audit entries since {@code index}, leaving out the views the test itself makes to check results. */
    private List<AuditEvent> auditSince(int index) {
        List<AuditEvent> all = memory.audit().entries();
        return all.subList(index, all.size()).stream()
                .filter(e -> !(e.action() == AuditAction.VIEW && e.user().equals(hq.user()))).toList();
    }

    private void refusedFor(Actor actor, Consumer<Actor> useCase) {
        int before = memory.audit().entries().size();
        long version = view().version();
        assertThatThrownBy(() -> useCase.accept(actor)).isInstanceOf(AccessDeniedException.class);
        assertThat(view().version()).as("nothing saved").isEqualTo(version);
        assertThat(auditSince(before)).filteredOn(e -> e.action() == AuditAction.ACCESS_DENIED).hasSize(1);
    }

    @Test
    void recordActionAppendsAnEntryAuditedAndRefusedToOtherOffices() {
        int before = memory.audit().entries().size();
        CaseChange change = core.recordAction().record(officer, new RecordActionCommand(number, 1L,
                ActionKind.VISIT_DETENTION_CENTRE, null, "Visita en la estación migratoria"));
        assertThat(change.version()).isEqualTo(2);
        assertThat(view().actions()).singleElement().satisfies(a -> assertThat(a.id().toString()).isEqualTo(change.entryId()));
        assertThat(auditSince(before)).extracting(AuditEvent::event).containsExactly("ACTION_RECORDED");
        refusedFor(saltilloOfficer, a -> core.recordAction().record(a, new RecordActionCommand(number, null,
                ActionKind.NOTE, null, "x")));
        for (Actor a : List.of(Actor.observer("ob"), Actor.admin("ad"), Actor.partner("p", "DIF"))) {
            refusedFor(a, x -> core.recordAction().record(x, new RecordActionCommand(number, null, ActionKind.NOTE, null, "x")));
        }
    }

    @Test
    void correctionKeepsTheOriginal() {
        CaseChange first = core.recordAction().record(officer, new RecordActionCommand(number, null, ActionKind.CALL,
                null, "Llamada a la madre"));
        int before = memory.audit().entries().size();
        core.recordAction().correct(colleague, new CorrectActionCommand(number, null, UUID.fromString(first.entryId()),
                "Llamada a la tía"));
        assertThat(view().actions()).extracting(a -> a.text()).containsExactly("Llamada a la madre", "Llamada a la tía");
        assertThat(auditSince(before)).extracting(AuditEvent::event).containsExactly("ACTION_CORRECTED");
    }

    @Test
    void followUpsAreScheduledFromPriorityCompletedAndAudited() {
        CaseChange scheduled = core.followUps().schedule(officer, new ScheduleFollowUpCommand(number, null,
                "Confirmar traslado a DIF", null, null));
        assertThat(view().followUps()).filteredOn(f -> f.id().toString().equals(scheduled.entryId()))
                .singleElement().satisfies(f -> assertThat(f.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24))));
        int before = memory.audit().entries().size();
        core.followUps().complete(officer, new CompleteFollowUpCommand(number, null, UUID.fromString(scheduled.entryId()),
                "Trasladada"));
        assertThat(auditSince(before)).extracting(AuditEvent::event).containsExactly("FOLLOW_UP_COMPLETED");
        refusedFor(saltilloOfficer, a -> core.followUps().schedule(a, new ScheduleFollowUpCommand(number, null, "x", null, null)));
    }

    @Test
    void onlyTheConsulOfTheOfficeOrHeadquartersAssign() {
        refusedFor(officer, a -> core.assignCase().assign(a, new AssignCaseCommand(number, null, "beto.tapachula")));
        refusedFor(saltilloConsul, a -> core.assignCase().assign(a, new AssignCaseCommand(number, null, "beto.tapachula")));
        core.assignCase().assign(consul, new AssignCaseCommand(number, null, "beto.tapachula"));
        assertThat(view().assignee()).isEqualTo("beto.tapachula");
        core.assignCase().assign(hq, new AssignCaseCommand(number, null, "ana.tapachula"));
        assertThat(view().assignee()).isEqualTo("ana.tapachula");
    }

    @Test
    void officersWorkTheCaseButClosingNeedsTheConsulOrHeadquarters() {
        for (CaseStatus s : List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS)) {
            core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null, s, null));
        }
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null, CaseStatus.RESOLVED,
                "reunited with the mother"));
        refusedFor(officer, a -> core.changeStatus().changeStatus(a,
                new ChangeCaseStatusCommand(number, null, CaseStatus.CLOSED, null)));
        refusedFor(saltilloConsul, a -> core.changeStatus().changeStatus(a,
                new ChangeCaseStatusCommand(number, null, CaseStatus.CLOSED, null)));
        assertThat(core.viewCase().view(officer, number).allowedTransitions()).isEmpty();
        assertThat(core.viewCase().view(consul, number).allowedTransitions())
                .containsExactlyInAnyOrder(CaseStatus.CLOSED, CaseStatus.REOPENED);
        int before = memory.audit().entries().size();
        core.changeStatus().changeStatus(consul, new ChangeCaseStatusCommand(number, null, CaseStatus.CLOSED, null));
        assertThat(view().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(auditSince(before)).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("STATUS_CHANGED");
            assertThat(e.details()).containsEntry("from", "RESOLVED").containsEntry("to", "CLOSED");
        });
        core.changeStatus().changeStatus(hq, new ChangeCaseStatusCommand(number, null, CaseStatus.REOPENED, "new facts"));
    }

    @Test
    void resolvingWithAPendingReferralNeedsAReason() {
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null, CaseStatus.IN_ASSESSMENT, null));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null, CaseStatus.IN_PROGRESS, null));
        assertThatThrownBy(() -> core.changeStatus().changeStatus(officer,
                new ChangeCaseStatusCommand(number, null, CaseStatus.RESOLVED, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.REFERRALS_PENDING));
        assertThat(view().status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void priorityIsRaisedWithReasonAndAudited() {
        CaseView before = view();
        assertThat(before.priority().priority()).isEqualTo(Priority.URGENT);
        assertThatThrownBy(() -> core.changeStatus().raisePriority(officer,
                new RaisePriorityCommand(number, null, Priority.HIGH, "lower"))).isInstanceOf(RuleViolationException.class);
        refusedFor(saltilloOfficer, a -> core.changeStatus().raisePriority(a,
                new RaisePriorityCommand(number, null, Priority.URGENT, "x")));
    }

    @Test
    void suggestedReferralIsConfirmedAndAnsweredByThePartnerOfThatInstitutionOnly() {
        String referralId = view().referrals().get(0).id();
        int before = memory.audit().entries().size();
        core.referCase().confirm(officer, new ConfirmReferralCommand(number, null, referralId, false, null));
        assertThat(view().referrals().get(0).status()).isEqualTo(ReferralStatus.SENT);
        assertThat(view().referrals().get(0).sharedData()).isEqualTo(SharedData.MINIMUM);
        assertThat(auditSince(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REFER);
            assertThat(e.details()).containsEntry("institution", "DIF").containsEntry("basis", "CONSENT");
        });
        assertThat(memory.notifier().sent()).extracting(e -> e.type().name()).contains("REFERRAL_SENT");

        refusedFor(Actor.partner("otra", "FOSMIH"), a -> core.respondToReferral().respond(a,
                new RespondToReferralCommand(number, referralId, ReferralResponse.ACCEPT, null)));
        refusedFor(saltilloOfficer, a -> core.respondToReferral().respond(a,
                new RespondToReferralCommand(number, referralId, ReferralResponse.ACCEPT, null)));
        core.respondToReferral().respond(Actor.partner("dif.chiapas", "DIF"),
                new RespondToReferralCommand(number, referralId, ReferralResponse.ACCEPT, "Ingresa a albergue DIF"));
        assertThat(view().referrals().get(0).status()).isEqualTo(ReferralStatus.ACCEPTED);
        core.respondToReferral().respond(officer,
                new RespondToReferralCommand(number, referralId, ReferralResponse.COMPLETE, "confirmado por teléfono"));
        assertThat(view().referrals().get(0).status()).isEqualTo(ReferralStatus.COMPLETED);
    }

    @Test
    void manualReferralToAnInstitutionWithoutAgreementSendsNoPersonalData() {
        core.referCase().refer(officer, new ReferCaseCommand(number, null, "MEDIA_NGO", "albergue", true, null));
        assertThat(view().referrals()).filteredOn(r -> r.institution().equals("MEDIA_NGO")).singleElement()
                .satisfies(r -> assertThat(r.sharedData()).isEqualTo(SharedData.NO_PERSONAL_DATA));
        assertThatThrownBy(() -> core.referCase().refer(officer,
                new ReferCaseCommand(number, null, "MEDIA_NGO", "otra vez", false, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.REFERRAL_ALREADY_PENDING));
        assertThatThrownBy(() -> core.referCase().refer(officer,
                new ReferCaseCommand(number, null, "NOPE", "x", false, null)))
                .isInstanceOfSatisfying(org.siproc.core.profile.UnknownCodeException.class,
                        e -> assertThat(e.field()).isEqualTo("institution"));
    }

    @Test
    void withdrawnConsentStopsPersonalDataUnlessALegalBasisIsGiven() {
        core.recordConsent().recordConsent(officer, new RecordConsentCommand(number, null, ConsentPurpose.REFERRAL,
                Consent.State.WITHDRAWN, SharingBasis.CONSENT, "la madre retira el consentimiento"));
        String referralId = view().referrals().get(0).id();
        assertThatThrownBy(() -> core.referCase().confirm(officer,
                new ConfirmReferralCommand(number, null, referralId, false, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.REFERRAL_NEEDS_LEGAL_BASIS));
        core.referCase().confirm(officer, new ConfirmReferralCommand(number, null, referralId, false,
                SharingBasis.VITAL_INTEREST));
        assertThat(view().referrals().get(0).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void dismissingASuggestionNeedsAReason() {
        String referralId = view().referrals().get(0).id();
        core.referCase().dismiss(officer, new DismissReferralCommand(number, null, referralId, "ya bajo custodia"));
        assertThat(view().referrals().get(0).status()).isEqualTo(ReferralStatus.DISMISSED);
    }

    @Test
    void staleVersionIsRefusedAndNothingIsLost() {
        long seen = view().version();
        core.recordAction().record(colleague, new RecordActionCommand(number, seen, ActionKind.CALL, null, "primera"));
        assertThatThrownBy(() -> core.recordAction().record(officer,
                new RecordActionCommand(number, seen, ActionKind.NOTE, null, "segunda")))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(seen);
                    assertThat(e.actualVersion()).isEqualTo(seen + 1);
                    assertThat(e.localizedMessage(Locale.forLanguageTag("es"))).contains("Otra persona modificó");
                });
        assertThat(view().actions()).extracting(a -> a.text()).containsExactly("primera");
    }

    @Test
    void twoOfficersEditingOneCaseAThousandTimesLoseNoEdit() throws Exception {
        int perThread = 500;
        int[] conflicts = new int[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            Actor actor = t == 0 ? officer : colleague;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    while (true) {
                        long seen = core.viewCase().view(actor, number).version();
                        try {
                            core.recordAction().record(actor, new RecordActionCommand(number, seen, ActionKind.NOTE,
                                    null, "edit " + id + "-" + i));
                            break;
                        } catch (VersionConflictException e) {
                            conflicts[id]++;
                        }
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        CaseView after = view();
        assertThat(after.actions()).hasSize(2 * perThread);
        assertThat(after.actions()).extracting(a -> a.text()).doesNotHaveDuplicates();
        assertThat(after.version()).isEqualTo(1 + 2 * perThread);
        // How many conflicts there were depends on the interleaving; each was retried and none lost an edit.
    }

    @Test
    void viewIsAuditedAndRedactsSensitiveFieldsWithoutNeedToKnow() {
        int before = memory.audit().entries().size();
        CaseView mine = core.viewCase().view(officer, number);
        CaseView colleagues = core.viewCase().view(colleague, number);
        assertThat(mine.sensitiveRedacted()).isFalse();
        assertThat(mine.narrative()).contains("Niña no acompañada");
        assertThat(colleagues.sensitiveRedacted()).isTrue();
        assertThat(colleagues.narrative()).isNull();
        assertThat(auditSince(before)).extracting(AuditEvent::event).containsExactly("VIEW_CASE", "VIEW_CASE");
        assertThat(auditSince(before)).extracting(e -> e.details().get("sensitive")).containsExactly("true", "false");
        refusedFor(saltilloOfficer, a -> core.viewCase().view(a, number));
        refusedFor(Actor.observer("ob"), a -> core.viewCase().view(a, number));
        refusedFor(Actor.admin("ad"), a -> core.viewCase().view(a, number));
        assertThatThrownBy(() -> core.viewCase().view(officer, "HN-MXTAP-2026-009999")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sensitiveFlagsAreHiddenWithoutNeedToKnow() {
        var command = CaseFixtures.command("MXTAP", org.siproc.core.application.port.in.PersonData
                        .named("Rosa", "Pérez", null, org.siproc.core.domain.person.Sex.F)
                        .withFlags(java.util.Set.of(VulnerabilityFlag.SGBV_SURVIVOR, VulnerabilityFlag.SINGLE_PARENT)),
                "MIGRATORY", "DEPORTATION", java.time.LocalDate.of(2026, 11, 20), "MX", "relato");
        String n = core.registerCase().register(officer, command).caseNumber().toString();
        assertThat(core.viewCase().view(colleague, n).persons().get(0).flags())
                .containsExactly(VulnerabilityFlag.SINGLE_PARENT);
        assertThat(core.viewCase().view(consul, n).persons().get(0).flags())
                .contains(VulnerabilityFlag.SGBV_SURVIVOR, VulnerabilityFlag.SINGLE_PARENT);
    }

    @Test
    void listsAreScopedToTheOwnOffice() {
        core.registerCase().register(saltilloOfficer, CaseFixtures.deceasedInSaltillo());
        assertThat(core.viewCase().list(officer, CaseQuery.all())).extracting(s -> s.office()).containsOnly(TAPACHULA);
        assertThat(core.viewCase().list(hq, CaseQuery.all())).hasSize(2);
        assertThatThrownBy(() -> core.viewCase().list(officer, CaseQuery.all().inOffice(SALTILLO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueFollowUpsAndUnansweredReferralsRaiseAlertsForTheOffice() {
        String referralId = view().referrals().get(0).id();
        core.referCase().confirm(officer, new ConfirmReferralCommand(number, null, referralId, false, null));
        core.registerCase().register(saltilloOfficer, CaseFixtures.deceasedInSaltillo());
        assertThat(core.findOverdue().findOverdue(officer)).isEmpty();
        clock.advance(Duration.ofDays(11));
        List<OverdueItem> items = core.findOverdue().findOverdue(officer);
        assertThat(items).extracting(OverdueItem::kind)
                .containsExactlyInAnyOrder(OverdueItem.Kind.FOLLOW_UP, OverdueItem.Kind.REFERRAL);
        assertThat(items).extracting(OverdueItem::office).containsOnly(TAPACHULA);
        assertThat(core.findOverdue().findOverdue(hq)).extracting(OverdueItem::office).contains(TAPACHULA, SALTILLO);
    }

    @Test
    void mergingDuplicatesKeepsBothHistoriesAndIsAuditedForHeadquartersOnly() {
        RegistrationResult a = core.registerCase().register(officer, CaseFixtures.adultInMigrationStation());
        var sameMan = CaseFixtures.command("MXSAL", org.siproc.core.application.port.in.PersonData
                        .named("Jose Angel", "Nunez", "Pena", org.siproc.core.domain.person.Sex.M)
                        .withBirthDate(java.time.LocalDate.of(1990, 4, 12)),
                "CRIMINAL", "DETAINED", java.time.LocalDate.of(2026, 11, 21), "MX", "detenido en Saltillo");
        RegistrationResult b = core.registerCase().register(saltilloOfficer, sameMan);
        MergePersonsCommand merge = new MergePersonsCommand(a.personId().toString(), b.personId().toString(), "same DNI");
        refusedFor(consul, x -> core.mergePersons().merge(x, merge));
        int before = memory.audit().entries().size();
        List<String> repointed = core.mergePersons().merge(hq, merge);
        assertThat(repointed).containsExactly(b.caseNumber().toString());
        assertThat(core.viewCase().view(hq, b.caseNumber().toString()).persons())
                .singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(a.personId()));
        assertThat(memory.persons().findById(b.personId()).orElseThrow().mergedInto()).isEqualTo(a.personId());
        assertThat(auditSince(before)).extracting(AuditEvent::event).containsExactly("PERSON_REPLACED", "PERSONS_MERGED");
    }

    @Test
    void automaticClosureSkipsMissingPersons() {
        String missing = core.registerCase().register(officer, CaseFixtures.missingPerson(java.time.LocalDate.of(2026, 11, 1)))
                .caseNumber().toString();
        String adult = core.registerCase().register(officer, CaseFixtures.adultInMigrationStation()).caseNumber().toString();
        for (String n : List.of(missing, adult)) {
            for (CaseStatus s : List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)) {
                core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, s, "hecho"));
            }
        }
        clock.advance(Duration.ofDays(40));
        assertThatThrownBy(() -> core.changeStatus().closeResolvedCases(consul, NOW.plus(Duration.ofDays(30))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.changeStatus().closeResolvedCases(hq, NOW.plus(Duration.ofDays(30)))).containsExactly(adult);
        assertThat(core.viewCase().view(hq, missing).status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(core.viewCase().view(hq, adult).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void printingAFormIsAuditedAndTellsTheRendererAboutNeedToKnow() {
        int before = memory.audit().entries().size();
        FormRenderer.RenderedForm mine = core.renderForm().render(officer,
                new RenderFormCommand(number, "INTAKE_SHEET", Locale.forLanguageTag("es"), null));
        FormRenderer.RenderedForm colleagues = core.renderForm().render(colleague,
                new RenderFormCommand(number, "INTAKE_SHEET", Locale.forLanguageTag("es"), null));
        assertThat(new String(mine.content(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("INTAKE_SHEETtrue");
        assertThat(new String(colleagues.content(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("INTAKE_SHEETfalse");
        assertThat(auditSince(before)).extracting(AuditEvent::action).containsExactly(AuditAction.PRINT, AuditAction.PRINT);
        refusedFor(saltilloOfficer, a -> core.renderForm().render(a,
                new RenderFormCommand(number, "INTAKE_SHEET", Locale.ENGLISH, null)));
    }

    @Test
    void caseViewOffersTheFormsTheProfileRulesRequireForThatCaseWithTheRule() {
        assertThat(view().requiredForms()).extracting(f -> f.form() + "/" + f.ruleId())
                .containsExactly("INTAKE_SHEET/FORM_INTAKE");
        String deceased = core.registerCase().register(saltilloOfficer, CaseFixtures.deceasedInSaltillo())
                .caseNumber().toString();
        assertThat(core.viewCase().view(saltilloOfficer, deceased).requiredForms())
                .extracting(f -> f.form() + "/" + f.ruleId())
                .containsExactly("INTAKE_SHEET/FORM_INTAKE", "FOSMIH_REQUEST/FORM_FOSMIH");
        assertThat(core.viewCase().view(saltilloOfficer, deceased).circumstances()).isEmpty();
        // the forms come with the view: whoever may not view the case learns nothing of them either
        refusedFor(officer, a -> core.viewCase().view(a, deceased));
    }

    @Test
    void referralsInboxShowsPartnersOnlyTheirInstitutionAndOfficersTheirOffice() {
        core.referCase().confirm(officer, new ConfirmReferralCommand(number, null, view().referrals().get(0).id(), false, null));
        String saltillo = core.registerCase().register(saltilloOfficer, CaseFixtures.deceasedInSaltillo()).caseNumber().toString();
        core.referCase().confirm(saltilloOfficer, new ConfirmReferralCommand(saltillo, null,
                core.viewCase().view(hq, saltillo).referrals().get(0).id(), false, null));
        var query = org.siproc.core.application.port.out.ReferralQuery.all();
        int before = memory.audit().entries().size();
        assertThat(core.listReferrals().list(Actor.partner("dif.chiapas", "DIF"), query))
                .extracting(r -> r.institution()).containsExactly("DIF");
        assertThat(core.listReferrals().list(Actor.partner("fosmih", "FOSMIH"), query))
                .extracting(r -> r.caseNumber().toString()).containsExactly(saltillo);
        assertThat(core.listReferrals().list(officer, query)).extracting(r -> r.office()).containsOnly(TAPACHULA);
        assertThat(core.listReferrals().list(hq, query)).hasSize(2);
        assertThat(auditSince(before)).extracting(AuditEvent::event).containsOnly("REFERRAL_LIST").hasSize(4);
        refusedFor(Actor.partner("dif.chiapas", "DIF"), a -> core.listReferrals().list(a, query.scoped(null, "FOSMIH")));
        refusedFor(officer, a -> core.listReferrals().list(a, query.scoped(SALTILLO, null)));
        refusedFor(Actor.observer("ob"), a -> core.listReferrals().list(a, query));
    }

    @Test
    void personSearchFindsAccentlessTypedNamesAndIsAudited() {
        int before = memory.audit().entries().size();
        assertThat(core.searchPersons().search(officer, PersonSearchQuery.of("maria jose lopes")))
                .extracting(r -> r.fullName()).first().isEqualTo("María José López Ávila");
        assertThat(auditSince(before)).extracting(AuditEvent::event).containsExactly("PERSON_SEARCH");
        refusedFor(Actor.observer("ob"), a -> core.searchPersons().search(a, PersonSearchQuery.of("maria")));
    }
}
