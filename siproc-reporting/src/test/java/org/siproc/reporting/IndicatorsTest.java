package org.siproc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.siproc.reporting.TableAssertions.amount;
import static org.siproc.reporting.TableAssertions.column;
import static org.siproc.reporting.TableAssertions.count;
import static org.siproc.reporting.TableAssertions.rowKeys;
import static org.siproc.reporting.TableAssertions.rowTotal;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.fixtures.TestProfiles;

/**
 * Each indicator of the internal report against the numbers worked out by hand from {@link SmallDataSet} (see its
 * Javadoc for the cases). Columns are OPENED, CLOSED and OPEN_AT_END unless said otherwise.
 */
class IndicatorsTest {
    private static SmallDataSet set;
    private static Report report;

    @BeforeAll
    static void buildReport() {
        set = SmallDataSet.build();
        Reports reports = new Reports(set.memory.statistics(), TestProfiles.small(), set.memory.audit(), set.clock);
        report = reports.build(Actor.hqAnalyst("hq.analyst", false),
                ReportRequest.internal(SmallDataSet.FROM, SmallDataSet.TO));
    }

    @Test
    void internalReportHasEveryIndicatorUnsuppressed() {
        assertThat(report.tables()).extracting(StatisticsTable::id)
                .containsExactly(java.util.Arrays.stream(Indicator.values()).map(Indicator::id).toArray(String[]::new));
        assertThat(report.tables()).allSatisfy(t -> {
            assertThat(t.published()).isFalse();
            assertThat(t.hasSuppressedCells()).isFalse();
        });
    }

    @Test
    void casesOpenedClosedAndOpenAtEndByOffice() {
        StatisticsTable t = report.table(Indicator.CASES_BY_OFFICE);
        assertThat(rowKeys(t)).containsExactly(List.of("MXTAP"), List.of("MXSAL"), List.of("HQDGP"));
        assertThat(column(t, "OPENED")).containsExactly(4L, 3L, 0L);
        assertThat(column(t, "CLOSED")).containsExactly(2L, 0L, 0L);
        assertThat(column(t, "OPEN_AT_END")).containsExactly(4L, 4L, 0L);
        assertThat(count(t, "OPENED", "TOTAL")).isEqualTo(7);
        assertThat(count(t, "CLOSED", "TOTAL")).isEqualTo(2);
        assertThat(count(t, "OPEN_AT_END", "TOTAL")).isEqualTo(8);
        assertThat(t.hasRowTotals()).as("the measures do not add up across a row").isFalse();
    }

    @Test
    void byCountryOfIncident() {
        StatisticsTable t = report.table(Indicator.CASES_BY_INCIDENT_COUNTRY);
        assertThat(rowKeys(t)).containsExactly(List.of("MX"), List.of("US"));
        assertThat(column(t, "OPENED")).containsExactly(6L, 1L);
        assertThat(column(t, "CLOSED")).containsExactly(1L, 1L);
        assertThat(column(t, "OPEN_AT_END")).containsExactly(7L, 1L);
        assertThat(t.rows().get(0).labels().get(0).in(java.util.Locale.forLanguageTag("es"))).isEqualTo("México");
    }

    @Test
    void byCaseTypeAndSubtype() {
        StatisticsTable types = report.table(Indicator.CASES_BY_TYPE);
        assertThat(rowKeys(types)).containsExactly(List.of("MIGRATORY"), List.of("CRIMINAL"), List.of("DECEASED"),
                List.of("MISSING"));
        assertThat(column(types, "OPENED")).containsExactly(4L, 1L, 1L, 1L);
        assertThat(column(types, "CLOSED")).containsExactly(1L, 1L, 0L, 0L);
        assertThat(column(types, "OPEN_AT_END")).containsExactly(4L, 1L, 1L, 2L);

        StatisticsTable subtypes = report.table(Indicator.CASES_BY_SUBTYPE);
        assertThat(subtypes.rowDimensions()).containsExactly("CASE_TYPE", "CASE_SUBTYPE");
        assertThat(count(subtypes, "OPENED", "MIGRATORY", "MIGRATION_STATION")).isEqualTo(2);
        assertThat(count(subtypes, "OPENED", "MIGRATORY", "DEPORTATION")).isEqualTo(1);
        assertThat(count(subtypes, "OPENED", "MIGRATORY", "TRAVEL_DOCUMENT")).isEqualTo(1);
        assertThat(count(subtypes, "OPENED", "CRIMINAL", "DETAINED")).isZero();
        assertThat(count(subtypes, "CLOSED", "CRIMINAL", "DETAINED")).isEqualTo(1);
        assertThat(count(subtypes, "CLOSED", "MIGRATORY", "DEPORTATION")).isEqualTo(1);
        assertThat(count(subtypes, "OPEN_AT_END", "MIGRATORY", "MIGRATION_STATION")).isEqualTo(3);
        assertThat(count(subtypes, "OPEN_AT_END", "MISSING", "SEARCH_REQUEST")).isEqualTo(2);
        assertThat(count(subtypes, "OPENED", "TOTAL")).isEqualTo(7);
    }

    @Test
    void bySex() {
        StatisticsTable t = report.table(Indicator.CASES_BY_SEX);
        assertThat(rowKeys(t)).containsExactly(List.of("F"), List.of("M"), List.of("X"), List.of("UNKNOWN"));
        assertThat(column(t, "OPENED")).containsExactly(2L, 4L, 1L, 0L);
        assertThat(column(t, "CLOSED")).containsExactly(1L, 1L, 0L, 0L);
        assertThat(column(t, "OPEN_AT_END")).containsExactly(2L, 5L, 1L, 0L);
    }

    @Test
    void byAgeGroupInDefaultBands() {
        StatisticsTable t = report.table(Indicator.CASES_BY_AGE_GROUP);
        assertThat(rowKeys(t)).extracting(k -> k.get(0))
                .containsExactly("0-11", "12-17", "18-29", "30-59", "60+", "UNKNOWN");
        assertThat(column(t, "OPENED")).containsExactly(1L, 1L, 1L, 2L, 1L, 1L);
        assertThat(column(t, "CLOSED")).containsExactly(1L, 0L, 0L, 1L, 0L, 0L);
        assertThat(column(t, "OPEN_AT_END")).containsExactly(0L, 1L, 2L, 3L, 1L, 1L);
    }

    @Test
    void ageBandsCanBeChosenByTheCaller() {
        Report custom = new Reports(set.memory.statistics(), TestProfiles.small(), set.memory.audit(), set.clock)
                .build(Actor.hqAnalyst("hq", false), ReportRequest.internal(SmallDataSet.FROM, SmallDataSet.TO)
                        .withAgeBands(List.of(0, 18, 60)).only(Indicator.CASES_BY_AGE_GROUP));
        StatisticsTable t = custom.table(Indicator.CASES_BY_AGE_GROUP);
        assertThat(rowKeys(t)).extracting(k -> k.get(0)).containsExactly("0-17", "18-59", "60+", "UNKNOWN");
        assertThat(column(t, "OPENED")).containsExactly(2L, 3L, 1L, 1L);
        assertThat(custom.tables()).hasSize(1);
    }

    @Test
    void byDepartmentOfOrigin() {
        StatisticsTable t = report.table(Indicator.CASES_BY_ORIGIN_DEPARTMENT);
        assertThat(rowKeys(t)).extracting(k -> k.get(0)).containsExactly("01", "08", "UNKNOWN");
        assertThat(column(t, "OPENED")).containsExactly(2L, 3L, 2L);
        assertThat(column(t, "CLOSED")).containsExactly(1L, 1L, 0L);
        assertThat(column(t, "OPEN_AT_END")).containsExactly(2L, 3L, 3L);
        assertThat(t.rows().get(1).labels().get(0).in(java.util.Locale.ROOT)).isEqualTo("Francisco Morazán");
    }

    @Test
    void byVulnerabilityCountsACaseUnderEachFlagAndHasNoTotals() {
        StatisticsTable t = report.table(Indicator.CASES_BY_VULNERABILITY);
        assertThat(t.totals()).isNull();
        assertThat(t.note()).isNotNull();
        assertThat(count(t, "OPENED", "CHILD")).isEqualTo(2);
        assertThat(count(t, "OPENED", "UNACCOMPANIED_CHILD")).isEqualTo(1);
        assertThat(count(t, "OPENED", "OLDER_PERSON")).isEqualTo(1);
        assertThat(count(t, "OPENED", "SGBV_SURVIVOR")).isEqualTo(1);
        assertThat(count(t, "OPENED", "DISPLACED_BY_VIOLENCE")).isEqualTo(1);
        assertThat(count(t, "OPENED", "NONE")).isEqualTo(3);
        assertThat(count(t, "OPENED", "PREGNANT")).isZero();
        assertThat(column(t, "OPENED").stream().mapToLong(Long::longValue).sum()).isEqualTo(9).isNotEqualTo(7);
        assertThat(count(t, "CLOSED", "NONE")).isEqualTo(1);
        assertThat(count(t, "CLOSED", "CHILD")).isEqualTo(1);
        assertThat(count(t, "OPEN_AT_END", "NONE")).isEqualTo(5);
    }

    @Test
    void byPriority() {
        StatisticsTable t = report.table(Indicator.CASES_BY_PRIORITY);
        assertThat(rowKeys(t)).extracting(k -> k.get(0)).containsExactly("URGENT", "HIGH", "NORMAL", "LOW");
        assertThat(column(t, "OPENED")).containsExactly(2L, 2L, 2L, 1L);
        assertThat(column(t, "CLOSED")).containsExactly(0L, 1L, 1L, 0L);
        assertThat(column(t, "OPEN_AT_END")).containsExactly(2L, 1L, 4L, 1L);
    }

    @Test
    void openedBySexAndAgeGroupWithMargins() {
        StatisticsTable t = report.table(Indicator.OPENED_BY_SEX_AND_AGE_GROUP);
        assertThat(t.columnDimension()).isEqualTo("AGE_GROUP");
        assertThat(t.slice()).containsEntry("MEASURE", "OPENED");
        assertThat(count(t, "12-17", "F")).isEqualTo(1);
        assertThat(count(t, "60+", "F")).isEqualTo(1);
        assertThat(count(t, "0-11", "M")).isEqualTo(1);
        assertThat(count(t, "18-29", "M")).isEqualTo(1);
        assertThat(count(t, "30-59", "M")).isEqualTo(2);
        assertThat(count(t, "UNKNOWN", "X")).isEqualTo(1);
        assertThat(count(t, "30-59", "F")).isZero();
        assertThat(rowTotal(t, "F")).isEqualTo(2);
        assertThat(rowTotal(t, "M")).isEqualTo(4);
        assertThat(rowTotal(t, "UNKNOWN")).isZero();
        assertThat(count(t, "30-59", "TOTAL")).isEqualTo(2);
        assertThat(rowTotal(t, "TOTAL")).isEqualTo(7);
    }

    @Test
    void openedByOfficeAndType() {
        StatisticsTable t = report.table(Indicator.OPENED_BY_OFFICE_AND_TYPE);
        assertThat(count(t, "MIGRATORY", "MXTAP")).isEqualTo(3);
        assertThat(count(t, "CRIMINAL", "MXTAP")).isEqualTo(1);
        assertThat(count(t, "MIGRATORY", "MXSAL")).isEqualTo(1);
        assertThat(count(t, "DECEASED", "MXSAL")).isEqualTo(1);
        assertThat(count(t, "MISSING", "MXSAL")).isEqualTo(1);
        assertThat(rowTotal(t, "MXTAP")).isEqualTo(4);
        assertThat(rowTotal(t, "HQDGP")).isZero();
        assertThat(count(t, "MIGRATORY", "TOTAL")).isEqualTo(4);
    }

    @Test
    void referralsByInstitutionAndOutcome() {
        StatisticsTable t = report.table(Indicator.REFERRALS_BY_INSTITUTION);
        assertThat(rowKeys(t)).extracting(k -> k.get(0)).containsExactly("DIF", "FOSMIH", "MEDIA_NGO", "SEARCH");
        assertThat(count(t, "ACCEPTED", "DIF")).isEqualTo(1);
        assertThat(count(t, "DECLINED", "DIF")).isEqualTo(1);
        assertThat(rowTotal(t, "DIF")).isEqualTo(2);
        assertThat(count(t, "COMPLETED", "FOSMIH")).isEqualTo(1);
        assertThat(count(t, "AWAITING", "MEDIA_NGO")).as("due on 7 April, not yet overdue").isEqualTo(1);
        assertThat(count(t, "OVERDUE", "SEARCH")).as("due on 29 March, unanswered").isEqualTo(1);
        assertThat(count(t, "AWAITING", "SEARCH")).isZero();
        assertThat(rowTotal(t, "TOTAL")).as("the suggested, never-sent search referral of case B is not counted")
                .isEqualTo(5);
        for (String outcome : List.of("AWAITING", "OVERDUE", "ACCEPTED", "DECLINED", "COMPLETED")) {
            assertThat(count(t, outcome, "TOTAL")).isEqualTo(1);
        }
    }

    @Test
    void medianAndP90OfTimeToFirstActionAndToClose() {
        StatisticsTable t = report.table(Indicator.CASE_DURATIONS);
        // First actions of the cases opened in March: 2, 4, 12, 24, 48 hours.
        assertThat(count(t, "MEASURED_CASES", "TIME_TO_FIRST_ACTION")).isEqualTo(5);
        assertThat(amount(t, "MEDIAN_HOURS", "TIME_TO_FIRST_ACTION")).isEqualTo(12.0);
        assertThat(amount(t, "P90_HOURS", "TIME_TO_FIRST_ACTION")).isCloseTo(24 + 0.6 * 24, within(1e-9));
        // Closures in March: C after 312 hours, E after 360.
        assertThat(count(t, "MEASURED_CASES", "TIME_TO_CLOSE")).isEqualTo(2);
        assertThat(amount(t, "MEDIAN_HOURS", "TIME_TO_CLOSE")).isEqualTo(336.0);
        assertThat(amount(t, "P90_HOURS", "TIME_TO_CLOSE")).isCloseTo(312 + 0.9 * 48, within(1e-9));
    }

    @Test
    void shareOfFollowUpsOverdue() {
        StatisticsTable t = report.table(Indicator.FOLLOW_UPS);
        // Due in March: D (done on time), E (never done), F (done late), H (never done), I's extra (done early).
        assertThat(count(t, "COUNT", "TOTAL")).isEqualTo(5);
        assertThat(count(t, "COUNT", "LATE")).isEqualTo(3);
        assertThat(count(t, "COUNT", "ON_TIME")).isEqualTo(2);
        assertThat(amount(t, "SHARE", "LATE")).isEqualTo(60.0);
        assertThat(amount(t, "SHARE", "ON_TIME")).isEqualTo(40.0);
    }

    @Test
    void missingPersonCasesOpenByAgeOfCase() {
        StatisticsTable t = report.table(Indicator.MISSING_OPEN_BY_CASE_AGE);
        assertThat(rowKeys(t)).extracting(k -> k.get(0)).containsExactly("<30d", "30-89d", "90-364d", ">=365d");
        assertThat(column(t, "OPEN_AT_END")).containsExactly(1L, 0L, 1L, 0L);
        assertThat(count(t, "OPEN_AT_END", "TOTAL")).isEqualTo(2);
    }

    @Test
    void anOfficeScopeCountsOnlyThatOffice() {
        Report saltillo = new Reports(set.memory.statistics(), TestProfiles.small(), set.memory.audit(), set.clock)
                .build(Actor.hqAnalyst("hq", false), ReportRequest.internal(SmallDataSet.FROM, SmallDataSet.TO)
                        .inOffice(TestProfiles.SALTILLO));
        assertThat(rowKeys(saltillo.table(Indicator.CASES_BY_OFFICE))).containsExactly(List.of("MXSAL"));
        assertThat(count(saltillo.table(Indicator.CASES_BY_SEX), "OPENED", "TOTAL")).isEqualTo(3);
        assertThat(count(saltillo.table(Indicator.MISSING_OPEN_BY_CASE_AGE), "OPEN_AT_END", "TOTAL")).isEqualTo(2);
        assertThat(rowTotal(saltillo.table(Indicator.REFERRALS_BY_INSTITUTION), "TOTAL")).isEqualTo(2);
    }

    @Test
    void aCaseTypeScopeLeavesOutTheMissingTableForOtherTypes() {
        Report migratory = new Reports(set.memory.statistics(), TestProfiles.small(), set.memory.audit(), set.clock)
                .build(Actor.hqAnalyst("hq", false), ReportRequest.internal(SmallDataSet.FROM, SmallDataSet.TO)
                        .ofType("migratory"));
        assertThat(migratory.find(Indicator.MISSING_OPEN_BY_CASE_AGE)).isEmpty();
        assertThat(rowKeys(migratory.table(Indicator.CASES_BY_TYPE))).containsExactly(List.of("MIGRATORY"));
        assertThat(count(migratory.table(Indicator.CASES_BY_TYPE), "OPENED", "MIGRATORY")).isEqualTo(4);
    }
}
