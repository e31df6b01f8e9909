package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siproc.core.domain.person.VulnerabilityFlag.DEPRIVED_OF_LIBERTY;
import static org.siproc.profiles.CaseScenario.caseOf;

import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.profile.CountryProfile;

/** The forms each Honduran case file needs (SPEC §4), from the profile's form rules. */
class HondurasFormRulesTest {
    static final CountryProfile HN = CountryProfiles.load("hn");

    @Test
    void everyCaseNeedsTheIntakeSheetAndTheInformedConsent() {
        assertThat(caseOf("LABOR", "UNPAID_WAGES").formsUnder(HN)).containsExactly("INTAKE_SHEET", "INFORMED_CONSENT");
    }

    @Test
    void deceasedCaseNeedsTheFosmihRequest() {
        assertThat(caseOf("DECEASED", "REPATRIATION_OF_REMAINS").formsUnder(HN)).contains("FOSMIH_REQUEST");
    }

    @Test
    void calamityCaseNeedsTheFosmihRequest() {
        assertThat(caseOf("ASSISTANCE", "CALAMITY_AID").formsUnder(HN)).contains("FOSMIH_REQUEST");
    }

    @Test
    void recoveryOfBelongingsNeedsNoFosmihRequest() {
        assertThat(caseOf("ASSISTANCE", "RECOVERY_OF_BELONGINGS").formsUnder(HN)).doesNotContain("FOSMIH_REQUEST");
    }

    @Test
    void criminalDetentionNeedsTheDetentionVisitReport() {
        assertThat(caseOf("CRIMINAL", "DETAINED").formsUnder(HN)).contains("DETENTION_VISIT_REPORT");
        assertThat(caseOf("CRIMINAL", "SENTENCED").with(DEPRIVED_OF_LIBERTY).formsUnder(HN)).contains("DETENTION_VISIT_REPORT");
    }

    @Test
    void migrationStationCaseNeedsTheDetentionVisitReport() {
        assertThat(caseOf("MIGRATORY", "MIGRATION_STATION").formsUnder(HN)).contains("DETENTION_VISIT_REPORT");
    }

    @Test
    void caseFoundOnADetentionVisitNeedsTheDetentionVisitReport() {
        assertThat(caseOf("MIGRATORY", "DEPORTATION").through(IntakeChannel.DETENTION_VISIT).formsUnder(HN))
                .contains("DETENTION_VISIT_REPORT");
    }

    @Test
    void victimOfACrimeNeedsNoDetentionVisitReport() {
        assertThat(caseOf("CRIMINAL", "VICTIM_OF_CRIME").formsUnder(HN)).doesNotContain("DETENTION_VISIT_REPORT");
    }

    @Test
    void everyFormRuleNamesAFormOfTheCatalogue() {
        assertThat(HN.rules().forms()).allSatisfy(r -> assertThat(HN.form(r.form())).isPresent());
    }
}
