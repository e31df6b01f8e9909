package org.siproc.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siproc.core.domain.casefile.Priority.HIGH;
import static org.siproc.core.domain.casefile.Priority.LOW;
import static org.siproc.core.domain.casefile.Priority.NORMAL;
import static org.siproc.core.domain.casefile.Priority.URGENT;
import static org.siproc.core.domain.person.VulnerabilityFlag.CHILD;
import static org.siproc.core.domain.person.VulnerabilityFlag.DEPRIVED_OF_LIBERTY;
import static org.siproc.core.domain.person.VulnerabilityFlag.INTERNATIONAL_PROTECTION_NEED;
import static org.siproc.core.domain.person.VulnerabilityFlag.PREGNANT;
import static org.siproc.core.domain.person.VulnerabilityFlag.SEPARATED_CHILD;
import static org.siproc.core.domain.person.VulnerabilityFlag.SERIOUS_MEDICAL_CONDITION;
import static org.siproc.core.domain.person.VulnerabilityFlag.SGBV_SURVIVOR;
import static org.siproc.core.domain.person.VulnerabilityFlag.TRAFFICKING_INDICATORS;
import static org.siproc.core.domain.person.VulnerabilityFlag.UNACCOMPANIED_CHILD;
import static org.siproc.profiles.CaseScenario.INCIDENT;
import static org.siproc.profiles.CaseScenario.caseOf;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.rules.RuleEvaluation;

/**
 * Every triage rule of SPEC §3 in the Honduras profile: each fires on its case, and a near miss does not.
 * URGENT: unaccompanied or separated child; missing person reported in the last 72 h; serious medical condition;
 * trafficking indicators; detention of a child. HIGH: any child; pregnant; SGBV survivor; deceased; criminal
 * detention; international protection need. NORMAL otherwise; LOW for administrative requests.
 */
class HondurasTriageRulesTest {
    static final CountryProfile HN = CountryProfiles.load("hn");

    @Nested
    class UnaccompaniedOrSeparatedChild {
        @Test
        void unaccompaniedChildIsUrgent() {
            RuleEvaluation e = caseOf("MIGRATORY", "DEPORTATION").aged(15).with(UNACCOMPANIED_CHILD).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(URGENT);
            assertThat(e.priority().ruleId()).isEqualTo("URGENT_UNACCOMPANIED_OR_SEPARATED_CHILD");
            assertThat(e.priority().reason()).isEqualTo("Niña, niño o adolescente no acompañado o separado");
        }

        @Test
        void separatedChildIsUrgent() {
            assertThat(caseOf("MIGRATORY", "DEPORTATION").aged(12).with(SEPARATED_CHILD).priorityUnder(HN)).isEqualTo(URGENT);
        }

        @Test
        void childTravellingWithParentsIsHighNotUrgent() {
            RuleEvaluation e = caseOf("MIGRATORY", "DEPORTATION").aged(12).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.priority().ruleId()).isEqualTo("HIGH_CHILD");
        }
    }

    @Nested
    class MissingPersonReportedInTheLast72Hours {
        @Test
        void missingPersonReportedWithin72HoursIsUrgent() {
            // Last seen on 20 November; reported on 22 November at 10:00 in Mexico City: 58 hours.
            RuleEvaluation e = caseOf("MISSING", "SEARCH_REQUEST").evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(URGENT);
            assertThat(e.priority().ruleId()).isEqualTo("URGENT_MISSING_REPORTED_WITHIN_72H");
        }

        @Test
        void missingPersonReportedAfter72HoursIsNormal() {
            // Last seen on 18 November: 106 hours before the report.
            assertThat(caseOf("MISSING", "SEARCH_REQUEST").incidentOn(INCIDENT.minusDays(2)).priorityUnder(HN))
                    .isEqualTo(NORMAL);
        }

        @Test
        void missingPersonReportedAtHour73IsNormalAtHour71Urgent() {
            // The incident day starts at 00:00 in Mexico City (06:00 UTC): +71 h and +73 h.
            Instant dayStart = Instant.parse("2026-11-20T06:00:00Z");
            assertThat(caseOf("MISSING", "SEARCH_REQUEST").reportedAt(dayStart.plusSeconds(71 * 3600)).priorityUnder(HN))
                    .isEqualTo(URGENT);
            assertThat(caseOf("MISSING", "SEARCH_REQUEST").reportedAt(dayStart.plusSeconds(73 * 3600)).priorityUnder(HN))
                    .isEqualTo(NORMAL);
        }

        @Test
        void missingPersonWithUnknownDateIsNotUrgent() {
            assertThat(caseOf("MISSING", "SEARCH_REQUEST").incidentOn(null).priorityUnder(HN)).isEqualTo(NORMAL);
        }

        @Test
        void recentDeathIsNotAMissingPersonEmergency() {
            assertThat(caseOf("DECEASED", "IDENTIFICATION_OF_REMAINS").evaluatedBy(HN).firedRules())
                    .doesNotContain("URGENT_MISSING_REPORTED_WITHIN_72H");
        }
    }

    @Nested
    class SeriousMedicalCondition {
        @Test
        void seriousMedicalConditionIsUrgent() {
            RuleEvaluation e = caseOf("MIGRATORY", "MIGRATION_STATION").with(SERIOUS_MEDICAL_CONDITION).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(URGENT);
            assertThat(e.priority().ruleId()).isEqualTo("URGENT_SERIOUS_MEDICAL_CONDITION");
        }

        @Test
        void seriousIllnessCaseIsUrgent() {
            assertThat(caseOf("HEALTH", "SERIOUS_ILLNESS").priorityUnder(HN)).isEqualTo(URGENT);
        }

        @Test
        void hospitalisedWithoutSeriousConditionIsNormal() {
            assertThat(caseOf("HEALTH", "HOSPITALISED").priorityUnder(HN)).isEqualTo(NORMAL);
        }
    }

    @Nested
    class TraffickingIndicators {
        @Test
        void traffickingIndicatorsAreUrgent() {
            RuleEvaluation e = caseOf("LABOR", "LABOUR_EXPLOITATION").with(TRAFFICKING_INDICATORS).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(URGENT);
            assertThat(e.priority().ruleId()).isEqualTo("URGENT_TRAFFICKING_INDICATORS");
        }

        @Test
        void traffickingCaseIsUrgent() {
            assertThat(caseOf("HUMAN_RIGHTS", "TRAFFICKING").priorityUnder(HN)).isEqualTo(URGENT);
        }

        @Test
        void labourExploitationWithoutTraffickingIndicatorsIsNormal() {
            assertThat(caseOf("LABOR", "LABOUR_EXPLOITATION").priorityUnder(HN)).isEqualTo(NORMAL);
        }
    }

    @Nested
    class DetentionOfAChild {
        @Test
        void childInMigrationStationIsUrgent() {
            RuleEvaluation e = caseOf("MIGRATORY", "MIGRATION_STATION").aged(16).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(URGENT);
            assertThat(e.priority().ruleId()).isEqualTo("URGENT_CHILD_IN_DETENTION");
        }

        @Test
        void childInCustodyOfAuthoritiesIsUrgent() {
            assertThat(caseOf("MIGRATORY", "CHILD_IN_CUSTODY").aged(9).priorityUnder(HN)).isEqualTo(URGENT);
        }

        @Test
        void childDeprivedOfLibertyOnCriminalChargesIsUrgent() {
            assertThat(caseOf("CRIMINAL", "ON_TRIAL").aged(17).with(DEPRIVED_OF_LIBERTY).priorityUnder(HN)).isEqualTo(URGENT);
        }

        @Test
        void childMetOnADetentionVisitIsUrgent() {
            assertThat(caseOf("MIGRATORY", "DEPORTATION").aged(14).through(IntakeChannel.DETENTION_VISIT).priorityUnder(HN))
                    .isEqualTo(URGENT);
        }

        @Test
        void adultInMigrationStationIsNormal() {
            assertThat(caseOf("MIGRATORY", "MIGRATION_STATION").aged(18).priorityUnder(HN)).isEqualTo(NORMAL);
        }

        @Test
        void childNotDetainedIsHighNotUrgent() {
            assertThat(caseOf("MIGRATORY", "REGULARISATION").aged(16).priorityUnder(HN)).isEqualTo(HIGH);
        }
    }

    @Nested
    class AnyChild {
        @Test
        void childUnder18OnIncidentDateIsHigh() {
            // Born 21 November 2008: 17 years old on 20 November 2026, the incident date.
            RuleEvaluation e = caseOf("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING").bornOn(LocalDate.of(2008, 11, 21))
                    .evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.priority().ruleId()).isEqualTo("HIGH_CHILD");
        }

        @Test
        void personWhoTurned18OnIncidentDateIsNormal() {
            // Born 20 November 2008: 18 years old on the incident date, though 17 the day before.
            assertThat(caseOf("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING").bornOn(LocalDate.of(2008, 11, 20)).priorityUnder(HN))
                    .isEqualTo(NORMAL);
        }

        @Test
        void ageIsTakenOnTheIncidentDateNotOnTheReportDate() {
            // 17 on the incident date, 18 by the report two days later: still a child for the rules.
            assertThat(caseOf("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING").bornOn(LocalDate.of(2008, 11, 21))
                    .facts().flags()).contains(CHILD);
        }
    }

    @Nested
    class Pregnant {
        @Test
        void pregnantWomanIsHigh() {
            RuleEvaluation e = caseOf("MIGRATORY", "REGULARISATION").with(PREGNANT).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.priority().ruleId()).isEqualTo("HIGH_PREGNANT");
        }

        @Test
        void womanWhoIsNotPregnantIsNormal() {
            assertThat(caseOf("MIGRATORY", "REGULARISATION").priorityUnder(HN)).isEqualTo(NORMAL);
        }
    }

    @Nested
    class SgbvSurvivor {
        @Test
        void sgbvSurvivorIsHigh() {
            RuleEvaluation e = caseOf("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING").with(SGBV_SURVIVOR).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.priority().ruleId()).isEqualTo("HIGH_SGBV_SURVIVOR");
        }

        @Test
        void sexualOrGenderBasedViolenceCaseIsHigh() {
            assertThat(caseOf("HUMAN_RIGHTS", "SGBV").priorityUnder(HN)).isEqualTo(HIGH);
        }

        @Test
        void discriminationWithoutSgbvIsNormal() {
            assertThat(caseOf("HUMAN_RIGHTS", "DISCRIMINATION").priorityUnder(HN)).isEqualTo(NORMAL);
        }
    }

    @Nested
    class Deceased {
        @Test
        void deceasedPersonIsHigh() {
            RuleEvaluation e = caseOf("DECEASED", "REPATRIATION_OF_REMAINS").evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.priority().ruleId()).isEqualTo("HIGH_DECEASED");
        }

        @Test
        void repatriationOfALivingPatientIsNormal() {
            assertThat(caseOf("HEALTH", "PATIENT_REPATRIATION").priorityUnder(HN)).isEqualTo(NORMAL);
        }
    }

    @Nested
    class CriminalDetention {
        @Test
        void criminalDetentionIsHigh() {
            RuleEvaluation e = caseOf("CRIMINAL", "DETAINED").evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.priority().ruleId()).isEqualTo("HIGH_CRIMINAL_DETENTION");
        }

        @Test
        void onTrialWhileDeprivedOfLibertyIsHigh() {
            assertThat(caseOf("CRIMINAL", "ON_TRIAL").with(DEPRIVED_OF_LIBERTY).priorityUnder(HN)).isEqualTo(HIGH);
        }

        @Test
        void victimOfACrimeIsNormal() {
            assertThat(caseOf("CRIMINAL", "VICTIM_OF_CRIME").priorityUnder(HN)).isEqualTo(NORMAL);
        }

        @Test
        void onTrialAtLibertyIsNormal() {
            assertThat(caseOf("CRIMINAL", "ON_TRIAL").priorityUnder(HN)).isEqualTo(NORMAL);
        }
    }

    @Nested
    class InternationalProtectionNeed {
        @Test
        void fearOfReturnIsHigh() {
            RuleEvaluation e = caseOf("MIGRATORY", "DEPORTATION").with(INTERNATIONAL_PROTECTION_NEED).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.priority().ruleId()).isEqualTo("HIGH_INTERNATIONAL_PROTECTION_NEED");
        }

        @Test
        void asylumRequestIsHigh() {
            assertThat(caseOf("MIGRATORY", "ASYLUM_REQUEST").priorityUnder(HN)).isEqualTo(HIGH);
        }

        @Test
        void deportationWithoutFearOfReturnIsNormal() {
            assertThat(caseOf("MIGRATORY", "DEPORTATION").priorityUnder(HN)).isEqualTo(NORMAL);
        }
    }

    @Nested
    class AdministrativeRequests {
        @Test
        void travelDocumentRequestIsLow() {
            RuleEvaluation e = caseOf("MIGRATORY", "TRAVEL_DOCUMENT").evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(LOW);
            assertThat(e.priority().ruleId()).isEqualTo("LOW_ADMINISTRATIVE_REQUEST");
        }

        @Test
        void civilRegistryActIsLow() {
            assertThat(caseOf("FAMILY", "CIVIL_REGISTRY").priorityUnder(HN)).isEqualTo(LOW);
        }

        @Test
        void custodyIsNormalNotAdministrative() {
            assertThat(caseOf("FAMILY", "CUSTODY").priorityUnder(HN)).isEqualTo(NORMAL);
        }

        @Test
        void childAskingForATravelDocumentIsHighBecauseLowNeverWinsOverAHigherRule() {
            RuleEvaluation e = caseOf("MIGRATORY", "TRAVEL_DOCUMENT").aged(10).evaluatedBy(HN);
            assertThat(e.priority().priority()).isEqualTo(HIGH);
            assertThat(e.firedRules()).contains("LOW_ADMINISTRATIVE_REQUEST", "HIGH_CHILD");
        }
    }

    @Test
    void caseNoRuleAppliesToTakesTheDefaultNormalPriority() {
        RuleEvaluation e = caseOf("LABOR", "UNPAID_WAGES").evaluatedBy(HN);
        assertThat(e.priority().priority()).isEqualTo(NORMAL);
        assertThat(e.priority().ruleId()).isNull();
    }

    @Test
    void theFirstOfTheStrongestRulesNamesTheReason() {
        // An unaccompanied child in a migration station fires two URGENT rules; the first in the file names it.
        RuleEvaluation e = caseOf("MIGRATORY", "MIGRATION_STATION").aged(15).with(UNACCOMPANIED_CHILD).evaluatedBy(HN);
        assertThat(e.firedRules()).contains("URGENT_UNACCOMPANIED_OR_SEPARATED_CHILD", "URGENT_CHILD_IN_DETENTION", "HIGH_CHILD");
        assertThat(e.priority().ruleId()).isEqualTo("URGENT_UNACCOMPANIED_OR_SEPARATED_CHILD");
    }
}
