package org.siproc.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.fixtures.TestProfiles.SALTILLO;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.FieldViolation;
import org.siproc.core.domain.shared.InvalidCommandException;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

class RegisterCaseTest {
    static final Instant NOW = Instant.parse("2026-11-22T16:00:00Z");
    final MutableClock clock = new MutableClock(NOW);
    final SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), clock);
    final SiprocCore core = memory.core();
    final Actor officer = Actor.officer("ana.tapachula", TAPACHULA);

    @Test
    void unaccompaniedChildIsUrgentWithReferralSuggestedAndFollowUpDueIn24Hours() {
        RegistrationResult r = core.registerCase().register(officer, CaseFixtures.unaccompaniedChildInTapachula());
        assertThat(r.caseNumber()).hasToString("HN-MXTAP-2026-000001");
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.priority().priority()).isEqualTo(Priority.URGENT);
        assertThat(r.priority().ruleId()).isEqualTo("URGENT_UNACCOMPANIED_CHILD");
        assertThat(r.suggestedReferrals()).singleElement().satisfies(s -> {
            assertThat(s.institution()).isEqualTo("DIF");
            assertThat(s.status()).isEqualTo(ReferralStatus.SUGGESTED);
            assertThat(s.ruleId()).isEqualTo("REF_CHILD_MX");
        });
        assertThat(r.requiredForms()).extracting(f -> f.form()).containsExactly("INTAKE_SHEET");
        CaseView view = core.viewCase().view(officer, r.caseNumber().toString());
        assertThat(view.followUps()).singleElement().satisfies(f -> assertThat(f.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24))));
        assertThat(view.persons()).singleElement().satisfies(p -> assertThat(p.fullName()).isEqualTo("María José López Ávila"));
    }

    @Test
    void registrationIsAuditedWithoutPersonalData() {
        RegistrationResult r = core.registerCase().register(officer, CaseFixtures.unaccompaniedChildInTapachula());
        List<AuditEvent> audit = memory.audit().entries();
        assertThat(audit).extracting(AuditEvent::event).containsExactly("PERSON_REGISTERED", "REGISTERED",
                "REFERRAL_SUGGESTED", "FOLLOW_UP_SCHEDULED");
        assertThat(audit).allSatisfy(e -> {
            assertThat(e.user()).isEqualTo(officer.user());
            assertThat(e.origin()).isEqualTo("local");
            assertThat(e.details().toString()).doesNotContain("María", "López");
        });
        assertThat(audit.get(1).action()).isEqualTo(AuditAction.REGISTER);
        assertThat(audit.get(1).subject()).isEqualTo(r.caseNumber().toString());
    }

    @Test
    void caseNumbersAreSequentialPerOffice() {
        core.registerCase().register(officer, CaseFixtures.adultInMigrationStation());
        RegistrationResult second = core.registerCase().register(officer, CaseFixtures.unaccompaniedChildInTapachula());
        RegistrationResult saltillo = core.registerCase().register(Actor.officer("luis", SALTILLO),
                CaseFixtures.deceasedInSaltillo());
        assertThat(second.caseNumber()).hasToString("HN-MXTAP-2026-000002");
        assertThat(saltillo.caseNumber()).hasToString("HN-MXSAL-2026-000001");
    }

    @Test
    void invalidCommandNamesEveryFieldAndSavesNothing() {
        PersonData nameless = PersonData.named(" ", "", null, Sex.F);
        RegisterCaseCommand bad = new RegisterCaseCommand("MXTAP", nameless, null, null, null, null,
                org.siproc.core.domain.casefile.IntakeChannel.PHONE, LocalDate.of(2999, 1, 1), "MEX", null, null, "",
                "MIGRATORY", "DEPORTATION", List.of());
        assertThatThrownBy(() -> core.registerCase().register(officer, bad))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .contains("person.givenNames", "person.firstSurname", "reporterKind", "incidentDate",
                                "incidentCountry", "narrative"));
        assertThat(memory.cases().size()).isZero();
        assertThat(memory.persons().size()).isZero();
    }

    @Test
    void invalidDniIsRefusedNamingTheFieldAndSavesNothing() {
        PersonData person = PersonData.named("José", "Núñez", null, Sex.M).withDocument("DNI", "1901-1990-12345", "HN");
        RegisterCaseCommand command = CaseFixtures.command("MXTAP", person, "MIGRATORY", "DEPORTATION",
                LocalDate.of(2026, 11, 20), "MX", "relato");
        assertThatThrownBy(() -> core.registerCase().register(officer, command))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DNI);
                    assertThat(e.field()).isEqualTo("document.number");
                });
        assertThat(memory.persons().size()).isZero();
        assertThat(memory.audit().entries()).isEmpty();
    }

    @Test
    void refusesCodesTheProfileDoesNotHave() {
        RegisterCaseCommand unknownType = CaseFixtures.command("MXTAP", PersonData.named("A", "B", null, Sex.F), "LABOR",
                "UNPAID_WAGES", LocalDate.of(2026, 11, 20), "MX", "relato");
        assertThat(errorOf(() -> core.registerCase().register(officer, unknownType)).field()).isEqualTo("caseType");
        RegisterCaseCommand wrongSubtype = CaseFixtures.command("MXTAP", PersonData.named("A", "B", null, Sex.F),
                "MIGRATORY", "REPATRIATION_OF_REMAINS", LocalDate.of(2026, 11, 20), "MX", "relato");
        assertThat(errorOf(() -> core.registerCase().register(officer, wrongSubtype)).field()).isEqualTo("caseSubtype");
        RegisterCaseCommand badMunicipality = CaseFixtures.command("MXTAP",
                PersonData.named("A", "B", null, Sex.F).withOrigin("HN", "08", "0899"), "MIGRATORY", "DEPORTATION",
                LocalDate.of(2026, 11, 20), "MX", "relato");
        assertThat(errorOf(() -> core.registerCase().register(officer, badMunicipality)).field())
                .isEqualTo("person.originMunicipality");
        RegisterCaseCommand unknownCircumstance = CaseFixtures.adultInMigrationStation()
                .withCircumstances(java.util.Set.of("RICH_UNCLE"));
        assertThat(errorOf(() -> core.registerCase().register(officer, unknownCircumstance)).field())
                .isEqualTo("circumstances");
    }

    @Test
    void officerCannotRegisterForAnotherOfficeAndTheRefusalIsAudited() {
        RegisterCaseCommand forSaltillo = CaseFixtures.deceasedInSaltillo();
        assertThatThrownBy(() -> core.registerCase().register(officer, forSaltillo)).isInstanceOf(AccessDeniedException.class);
        assertThat(memory.cases().size()).isZero();
        assertThat(memory.audit().entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(e.subject()).isEqualTo("MXSAL");
        });
    }

    @Test
    void observerAdminAndPartnerCannotRegister() {
        for (Actor a : List.of(Actor.observer("ob"), Actor.admin("ad"), Actor.partner("p", "DIF"))) {
            assertThatThrownBy(() -> core.registerCase().register(a, CaseFixtures.adultInMigrationStation()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void duplicateCandidatesAreFoundAcrossConsulatesWithTheirReasons() {
        core.registerCase().register(officer, CaseFixtures.adultInMigrationStation());
        PersonData sameManTypedInSaltillo = PersonData.named("Jose Angel", "Peña", "Nuñes", Sex.M)
                .withBirthDate(LocalDate.of(1990, 4, 12));
        RegistrationResult r = core.registerCase().register(Actor.officer("luis", SALTILLO), CaseFixtures.command("MXSAL",
                sameManTypedInSaltillo, "CRIMINAL", "DETAINED", LocalDate.of(2026, 11, 21), "MX", "detenido"));
        assertThat(r.duplicateCandidates()).singleElement().satisfies(d -> {
            assertThat(d.fullName()).isEqualTo("José Ángel Núñez Peña");
            assertThat(d.reasons()).contains("SAME_BIRTH_DATE");
        });
        assertThat(core.registerCase().findDuplicates(officer,
                PersonData.named("X", "Y", null, Sex.F).withDocument("DNI", "0801199012345", "HN")))
                .singleElement().satisfies(d -> assertThat(d.reasons()).containsExactly("SAME_DOCUMENT"));
    }

    @Test
    void registersANewCaseForAnExistingPerson() {
        RegistrationResult first = core.registerCase().register(officer, CaseFixtures.adultInMigrationStation());
        RegisterCaseCommand again = new RegisterCaseCommand("MXTAP", null, first.personId().toString(),
                org.siproc.core.domain.casefile.ReporterKind.THE_PERSON, null, null,
                org.siproc.core.domain.casefile.IntakeChannel.IN_PERSON, LocalDate.of(2026, 11, 22), "MX", null, null,
                "otra vez detenido", "MIGRATORY", "DEPORTATION",
                List.of(RegisterCaseCommand.ConsentData.given(org.siproc.core.domain.casefile.ConsentPurpose.REGISTRATION)));
        RegistrationResult second = core.registerCase().register(officer, again);
        assertThat(second.personId()).isEqualTo(first.personId());
        assertThat(memory.persons().size()).isEqualTo(1);
    }

    @Test
    void failureAfterTheFirstWriteLeavesNothingHalfWritten() {
        SiprocCore failing = SiprocCore.builder(TestProfiles.small())
                .cases(memory.cases()).persons(memory.persons())
                .caseNumbers(new org.siproc.core.adapter.memory.InMemoryCaseNumberSequence())
                .transactions(transactionsOf(memory))
                .auditTrail(event -> {
                    if (event.event().equals("REGISTERED")) {
                        throw new IllegalStateException("audit store down");
                    }
                    memory.audit().record(event);
                })
                .clock(clock).build();
        assertThatThrownBy(() -> failing.registerCase().register(officer, CaseFixtures.adultInMigrationStation()))
                .hasMessage("audit store down");
        assertThat(memory.persons().size()).isZero();
        assertThat(memory.cases().size()).isZero();
        assertThat(memory.audit().entries()).isEmpty();
    }

    private static org.siproc.core.application.port.out.Transactions transactionsOf(SiprocCore.InMemory m) {
        return m.transactions();
    }

    private static SiprocException errorOf(Runnable r) {
        try {
            r.run();
        } catch (SiprocException e) {
            return e;
        }
        throw new AssertionError("no SIPROC error");
    }
}
