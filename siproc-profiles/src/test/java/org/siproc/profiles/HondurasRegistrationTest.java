package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.rules.RuleEvaluation;

/** The Honduras profile running the real registration use case on in-memory adapters. */
class HondurasRegistrationTest {
    static final Instant NOW = Instant.parse("2026-11-22T16:00:00Z");
    final SiprocCore core = SiprocCore.inMemory(CountryProfiles.load("hn"), Clock.fixed(NOW, ZoneOffset.UTC)).core();
    final Actor tapachula = Actor.officer("ana.tapachula", OfficeCode.of("MXTAP"));

    @Test
    void unaccompaniedChildInTapachulaIsUrgentReferredToDifWithFollowUpDueIn24Hours() {
        RegistrationResult r = core.registerCase().register(tapachula, CaseFixtures.unaccompaniedChildInTapachula());

        assertThat(r.caseNumber()).hasToString("HN-MXTAP-2026-000001");
        assertThat(r.priority().priority()).isEqualTo(Priority.URGENT);
        assertThat(r.priority().ruleId()).isEqualTo("URGENT_UNACCOMPANIED_OR_SEPARATED_CHILD");
        assertThat(r.suggestedReferrals()).extracting(CaseView.ReferralView::institution).containsExactly("DIF");
        assertThat(r.requiredForms()).extracting(RuleEvaluation.RequiredForm::form)
                .containsExactly("INTAKE_SHEET", "INFORMED_CONSENT", "DETENTION_VISIT_REPORT");
        CaseView view = core.viewCase().view(tapachula, r.caseNumber().toString());
        assertThat(view.followUps()).singleElement()
                .satisfies(f -> assertThat(f.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void seventeenYearOldOnTheIncidentDateIsAChildAndEighteenYearOldIsNot() {
        RegistrationResult seventeen = core.registerCase().register(tapachula, extortion(LocalDate.of(2008, 11, 21)));
        RegistrationResult eighteen = core.registerCase().register(tapachula, extortion(LocalDate.of(2008, 11, 20)));

        assertThat(seventeen.priority().priority()).isEqualTo(Priority.HIGH);
        assertThat(seventeen.suggestedReferrals()).extracting(CaseView.ReferralView::institution).containsExactly("DIF");
        assertThat(eighteen.priority().priority()).isEqualTo(Priority.NORMAL);
        assertThat(eighteen.suggestedReferrals()).isEmpty();
    }

    @Test
    void recentMissingPersonInMexicoIsUrgentAndReferredToTheSearchMechanisms() {
        RegistrationResult r = core.registerCase().register(tapachula, CaseFixtures.missingPerson(LocalDate.of(2026, 11, 21)));

        assertThat(r.priority().ruleId()).isEqualTo("URGENT_MISSING_REPORTED_WITHIN_72H");
        assertThat(r.suggestedReferrals()).extracting(CaseView.ReferralView::institution)
                .containsExactly("MAEBI", "CNB", "FORENSIC_BANK", "COFAMIPRO");
    }

    @Test
    void deceasedInSaltilloIsHighAndItsFileNeedsTheFosmihRequest() {
        RegistrationResult r = core.registerCase().register(Actor.officer("luis", OfficeCode.of("MXSAL")),
                CaseFixtures.deceasedInSaltillo());

        assertThat(r.priority().priority()).isEqualTo(Priority.HIGH);
        assertThat(r.requiredForms()).extracting(RuleEvaluation.RequiredForm::form).contains("FOSMIH_REQUEST");
    }

    @Test
    void deceasedWithFamilyWithoutMeansIsReferredToFosmihThroughTheUseCase() {
        Actor saltillo = Actor.officer("luis", OfficeCode.of("MXSAL"));
        RegistrationResult withMeans = core.registerCase().register(saltillo, CaseFixtures.deceasedInSaltillo());
        RegistrationResult withoutMeans = core.registerCase().register(saltillo,
                CaseFixtures.deceasedInSaltillo().withCircumstances(java.util.Set.of("family_without_means")));

        assertThat(withMeans.suggestedReferrals()).extracting(CaseView.ReferralView::institution).doesNotContain("FOSMIH");
        assertThat(withoutMeans.suggestedReferrals()).extracting(CaseView.ReferralView::ruleId)
                .contains("REF_DECEASED_FAMILY_WITHOUT_MEANS_FOSMIH");
        CaseView view = core.viewCase().view(saltillo, withoutMeans.caseNumber().toString());
        assertThat(view.followUps()).extracting(f -> f.description()).containsExactly("Primera atención");
        assertThat(view.circumstances()).containsExactly("FAMILY_WITHOUT_MEANS");
        assertThat(view.requiredForms()).extracting(RuleEvaluation.RequiredForm::form)
                .containsExactly("INTAKE_SHEET", "INFORMED_CONSENT", "FOSMIH_REQUEST");
    }

    @Test
    void honduranDniIsCheckedAndOriginIsAMunicipalityOfTheProfile() {
        RegistrationResult r = core.registerCase().register(tapachula, CaseFixtures.adultInMigrationStation());

        CaseView view = core.viewCase().view(tapachula, r.caseNumber().toString());
        assertThat(view.persons()).singleElement().satisfies(p -> {
            assertThat(p.documents()).singleElement().satisfies(d -> assertThat(d.number()).isEqualTo("0801-1990-12345"));
            assertThat(p.origin().municipalityCode()).isEqualTo("0801");
        });
        assertThat(r.priority().priority()).isEqualTo(Priority.NORMAL);
    }

    private static org.siproc.core.application.port.in.RegisterCaseCommand extortion(LocalDate birthDate) {
        PersonData person = PersonData.named("Kevin Josué", "Mejía", "Rivera", Sex.M).withBirthDate(birthDate)
                .withOrigin("HN", "05", "0501");
        return CaseFixtures.command("MXTAP", person, "HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING",
                LocalDate.of(2026, 11, 20), "MX", "Secuestrado por un grupo criminal en Chiapas y liberado tras un pago.");
    }
}
