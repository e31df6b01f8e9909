package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siproc.core.domain.person.VulnerabilityFlag.DEPRIVED_OF_LIBERTY;
import static org.siproc.core.domain.person.VulnerabilityFlag.DISPLACED_BY_VIOLENCE;
import static org.siproc.core.domain.person.VulnerabilityFlag.INTERNATIONAL_PROTECTION_NEED;
import static org.siproc.core.domain.person.VulnerabilityFlag.SEPARATED_CHILD;
import static org.siproc.core.domain.person.VulnerabilityFlag.TRAFFICKING_INDICATORS;
import static org.siproc.core.domain.person.VulnerabilityFlag.UNACCOMPANIED_CHILD;
import static org.siproc.profiles.CaseScenario.caseOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.rules.RuleEvaluation;

/**
 * Every referral rule of the SPEC §3 table in the Honduras profile: each suggests its institutions on its case, and
 * a near miss does not.
 */
class HondurasReferralRulesTest {
    static final CountryProfile HN = CountryProfiles.load("hn");

    @Nested
    class ChildInMexico {
        @Test
        void childWithFamilyInMexicoIsReferredToTheChildProtectionOffice() {
            RuleEvaluation e = caseOf("MIGRATORY", "REGULARISATION").aged(9).in("MX").evaluatedBy(HN);
            assertThat(e.referrals()).anySatisfy(r -> {
                assertThat(r.institution()).isEqualTo("DIF");
                assertThat(r.ruleId()).isEqualTo("REF_CHILD_IN_MEXICO_DIF");
                assertThat(r.reason()).contains("interés superior");
            });
        }

        @Test
        void unaccompaniedChildInMexicoIsReferredToTheChildProtectionOffice() {
            assertThat(caseOf("MIGRATORY", "MIGRATION_STATION").aged(15).with(UNACCOMPANIED_CHILD).in("MX")
                    .referralsUnder(HN)).contains("DIF");
        }

        @Test
        void seventeenYearOldOnIncidentDateIsReferredButEighteenYearOldIsNot() {
            assertThat(caseOf("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING").bornOn(LocalDate.of(2008, 11, 21)).in("MX")
                    .referralsUnder(HN)).contains("DIF");
            assertThat(caseOf("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING").bornOn(LocalDate.of(2008, 11, 20)).in("MX")
                    .referralsUnder(HN)).doesNotContain("DIF");
        }

        @Test
        void childInTheUsaIsNotReferredToTheMexicanChildProtectionOffice() {
            assertThat(caseOf("MIGRATORY", "REGULARISATION").aged(9).in("US").referralsUnder(HN)).doesNotContain("DIF");
        }
    }

    @Nested
    class UnaccompaniedOrSeparatedChildReturning {
        @Test
        void unaccompaniedChildDeportedIsReferredToSenafAndTheReturnedChildrenCentre() {
            assertThat(caseOf("MIGRATORY", "DEPORTATION").aged(14).with(UNACCOMPANIED_CHILD).in("US").referralsUnder(HN))
                    .containsExactly("SENAF", "CANFM");
        }

        @Test
        void separatedChildOnAReturnCaseIsReferredToSenafAndTheReturnedChildrenCentre() {
            assertThat(caseOf("RETURN", "REINTEGRATION_REFERRAL").aged(11).with(SEPARATED_CHILD).in("HN").referralsUnder(HN))
                    .contains("SENAF", "CANFM");
        }

        @Test
        void unaccompaniedChildNotReturningIsNotReferredToSenaf() {
            assertThat(caseOf("MIGRATORY", "REGULARISATION").aged(14).with(UNACCOMPANIED_CHILD).in("US").referralsUnder(HN))
                    .doesNotContain("SENAF", "CANFM");
        }

        @Test
        void childReturningWithFamilyIsNotReferredToSenaf() {
            assertThat(caseOf("MIGRATORY", "DEPORTATION").aged(14).in("US").referralsUnder(HN))
                    .doesNotContain("SENAF", "CANFM");
        }
    }

    @Nested
    class FearOfReturnInMexico {
        @Test
        void fearOfReturnInMexicoIsReferredToComarWithUnhcrAsPartner() {
            assertThat(caseOf("MIGRATORY", "MIGRATION_STATION").with(INTERNATIONAL_PROTECTION_NEED).in("MX").referralsUnder(HN))
                    .containsExactly("COMAR", "UNHCR");
        }

        @Test
        void asylumIntentInMexicoIsReferredToComar() {
            assertThat(caseOf("MIGRATORY", "ASYLUM_REQUEST").in("MX").referralsUnder(HN)).contains("COMAR", "UNHCR");
        }

        @Test
        void fearOfReturnInTheUsaIsNotReferredToComar() {
            assertThat(caseOf("MIGRATORY", "MIGRATION_STATION").with(INTERNATIONAL_PROTECTION_NEED).in("US").referralsUnder(HN))
                    .doesNotContain("COMAR", "UNHCR");
        }

        @Test
        void deportationFromMexicoWithoutFearOfReturnIsNotReferredToComar() {
            assertThat(caseOf("MIGRATORY", "DEPORTATION").in("MX").referralsUnder(HN)).doesNotContain("COMAR", "UNHCR");
        }
    }

    @Nested
    class MissingPerson {
        @Test
        void personMissingInMexicoIsReferredToTheSearchMechanismsTheForensicBankAndTheFamiliesCommittee() {
            assertThat(caseOf("MISSING", "SEARCH_REQUEST").in("MX").referralsUnder(HN))
                    .containsExactly("MAEBI", "CNB", "FORENSIC_BANK", "COFAMIPRO");
        }

        @Test
        void personMissingInTheUsaIsNotReportedToMexicanSearchMechanisms() {
            assertThat(caseOf("MISSING", "SEARCH_REQUEST").in("US").referralsUnder(HN))
                    .containsExactly("FORENSIC_BANK", "COFAMIPRO");
        }

        @Test
        void locatingRelativesIsNotAMissingPersonReferral() {
            assertThat(caseOf("ASSISTANCE", "LOCATING_RELATIVES").in("MX").referralsUnder(HN)).isEmpty();
        }
    }

    @Nested
    class TraffickingIndicators {
        @Test
        void traffickingIndicatorsAreReferredToVictimAssistanceTheAntiTraffickingCommissionAndIom() {
            assertThat(caseOf("LABOR", "LABOUR_EXPLOITATION").with(TRAFFICKING_INDICATORS).in("US").referralsUnder(HN))
                    .containsExactly("DGPHM_VICTIMS", "CICESCT", "IOM");
        }

        @Test
        void traffickingCaseIsReferredToTheAntiTraffickingCommission() {
            assertThat(caseOf("HUMAN_RIGHTS", "TRAFFICKING").in("ES").referralsUnder(HN))
                    .contains("DGPHM_VICTIMS", "CICESCT", "IOM");
        }

        @Test
        void smugglerAbuseWithoutTraffickingIndicatorsIsNotATraffickingReferral() {
            assertThat(caseOf("HUMAN_RIGHTS", "SMUGGLER_ABUSE").in("US").referralsUnder(HN))
                    .doesNotContain("DGPHM_VICTIMS", "CICESCT", "IOM");
        }
    }

    @Nested
    class AbuseByAnAuthorityInMexico {
        @Test
        void abuseByAnAuthorityInMexicoIsAComplaintToTheCndh() {
            assertThat(caseOf("HUMAN_RIGHTS", "AUTHORITY_ABUSE").in("MX").referralsUnder(HN)).containsExactly("CNDH");
        }

        @Test
        void abuseByAnAuthorityInTheUsaIsNotForTheCndh() {
            assertThat(caseOf("HUMAN_RIGHTS", "AUTHORITY_ABUSE").in("US").referralsUnder(HN)).doesNotContain("CNDH");
        }

        @Test
        void extortionInMexicoIsNotForTheCndh() {
            assertThat(caseOf("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING").in("MX").referralsUnder(HN)).doesNotContain("CNDH");
        }
    }

    @Nested
    class DeceasedFamilyWithoutMeans {
        @Test
        void deceasedWhoseFamilyHasNoMeansIsReferredToFosmihForRepatriationOfRemains() {
            RuleEvaluation e = caseOf("DECEASED", "REPATRIATION_OF_REMAINS").circumstance("FAMILY_WITHOUT_MEANS")
                    .evaluatedBy(HN);
            assertThat(e.referrals()).singleElement().satisfies(r -> {
                assertThat(r.institution()).isEqualTo("FOSMIH");
                assertThat(r.ruleId()).isEqualTo("REF_DECEASED_FAMILY_WITHOUT_MEANS_FOSMIH");
            });
        }

        @Test
        void deceasedWhoseFamilyCanPayIsNotReferredToFosmih() {
            assertThat(caseOf("DECEASED", "REPATRIATION_OF_REMAINS").referralsUnder(HN)).doesNotContain("FOSMIH");
        }
    }

    @Nested
    class CalamityOrDestitution {
        @Test
        void calamityOrDestitutionIsReferredToFosmihForAid() {
            RuleEvaluation e = caseOf("ASSISTANCE", "CALAMITY_AID").in("US").evaluatedBy(HN);
            assertThat(e.referrals()).singleElement().satisfies(r -> {
                assertThat(r.institution()).isEqualTo("FOSMIH");
                assertThat(r.ruleId()).isEqualTo("REF_CALAMITY_FOSMIH");
            });
        }

        @Test
        void recoveryOfBelongingsIsNotForFosmih() {
            assertThat(caseOf("ASSISTANCE", "RECOVERY_OF_BELONGINGS").referralsUnder(HN)).doesNotContain("FOSMIH");
        }
    }

    @Nested
    class ReturnedDisplacedByViolence {
        @Test
        void returneeDisplacedByViolenceIsReferredToTheReturnCentreAndTheMunicipalUnit() {
            assertThat(caseOf("RETURN", "REINTEGRATION_REFERRAL").with(DISPLACED_BY_VIOLENCE).in("HN").referralsUnder(HN))
                    .containsExactly("CAMR", "UMAR");
        }

        @Test
        void deporteeDisplacedByViolenceIsReferredToTheReturnCentre() {
            assertThat(caseOf("MIGRATORY", "DEPORTATION").with(DISPLACED_BY_VIOLENCE).in("US").referralsUnder(HN))
                    .contains("CAMR", "UMAR");
        }

        @Test
        void returneeNotDisplacedByViolenceIsNotReferredToTheProtectionProtocol() {
            assertThat(caseOf("RETURN", "REINTEGRATION_REFERRAL").in("HN").referralsUnder(HN)).doesNotContain("CAMR", "UMAR");
        }

        @Test
        void personDisplacedByViolenceWhoIsNotReturningIsNotReferredToTheReturnCentre() {
            assertThat(caseOf("MIGRATORY", "REGULARISATION").with(DISPLACED_BY_VIOLENCE).in("ES").referralsUnder(HN))
                    .doesNotContain("CAMR", "UMAR");
        }
    }

    @Nested
    class CriminalDetention {
        @Test
        void criminalDetentionInMexicoIsReferredToThePublicDefender() {
            assertThat(caseOf("CRIMINAL", "DETAINED").in("MX").referralsUnder(HN)).containsExactly("PUBLIC_DEFENDER_MX");
        }

        @Test
        void criminalDetentionElsewhereIsReferredToThePartnerLawyer() {
            assertThat(caseOf("CRIMINAL", "DETAINED").in("US").referralsUnder(HN)).containsExactly("LEGAL_AID");
        }

        @Test
        void prisonerOnTrialIsReferredToLegalAid() {
            assertThat(caseOf("CRIMINAL", "ON_TRIAL").with(DEPRIVED_OF_LIBERTY).in("ES").referralsUnder(HN))
                    .containsExactly("LEGAL_AID");
        }

        @Test
        void victimOfACrimeIsNotReferredToLegalAidForTheDefence() {
            assertThat(caseOf("CRIMINAL", "VICTIM_OF_CRIME").in("MX").referralsUnder(HN))
                    .doesNotContain("PUBLIC_DEFENDER_MX", "LEGAL_AID");
        }
    }

    @Test
    void everyReferralRuleNamesAnInstitutionOfTheProfile() {
        assertThat(HN.rules().referrals()).allSatisfy(r -> assertThat(HN.institution(r.institution())).isPresent());
    }
}
