package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.siproc.core.application.port.out.CaseStatistics.CaseCount.CLOSED;
import static org.siproc.core.application.port.out.CaseStatistics.CaseCount.OPENED;
import static org.siproc.core.application.port.out.CaseStatistics.CaseCount.OPEN_AT_END;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.AGE_GROUP;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.CASE_AGE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.CASE_SUBTYPE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.CASE_TYPE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.INCIDENT_COUNTRY;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.OFFICE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.ORIGIN_DEPARTMENT;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.PRIORITY;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.SEX;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.STATUS;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.VULNERABILITY;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.application.port.out.CaseStatistics.CaseCount;
import org.siproc.core.application.port.out.CaseStatistics.CountRow;
import org.siproc.core.application.port.out.CaseStatistics.Dimension;
import org.siproc.core.application.port.out.CaseStatistics.DurationMeasure;
import org.siproc.core.application.port.out.CaseStatistics.DurationSummary;
import org.siproc.core.application.port.out.CaseStatistics.GroupedCounts;
import org.siproc.core.application.port.out.CaseStatistics.MeasuredRow;
import org.siproc.core.application.port.out.CaseStatistics.ReferralRow;
import org.siproc.core.application.port.out.CaseStatistics.Scope;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.fixtures.TestProfiles;

/**
 * Contract of the {@link CaseStatistics} port: every measure and dimension over {@link StatisticsDataSet} (see its
 * Javadoc for the eleven cases), checked against numbers worked out by hand. Every adapter must give these exact
 * numbers; rows come sorted by their keys.
 */
public abstract class CaseStatisticsContract extends PortContract {

    static final Scope MARCH = new Scope(StatisticsDataSet.FROM, StatisticsDataSet.TO, null, null, List.of(0, 12, 18, 30, 60));
    /** February: C is still IN_PROGRESS at its end, although it is CLOSED now. */
    static final Scope FEBRUARY = new Scope(Instant.parse("2026-02-01T00:00:00Z"), StatisticsDataSet.FROM, null, null,
            List.of(0, 12, 18, 30, 60));

    private CaseStatistics statistics;

    @BeforeEach
    void registerTheDataSet() {
        StatisticsDataSet.build(ports);
        statistics = ports.statistics();
    }

    private List<CountRow> count(CaseCount measure, Scope scope, Dimension... dimensions) {
        return statistics.countCases(measure, scope, Arrays.asList(dimensions));
    }

    private static CountRow row(long count, String... key) {
        return new CountRow(List.of(key), count);
    }

    private static MeasuredRow measured(List<String> key, long opened, long closed, long openAtEnd) {
        return new MeasuredRow(key, Map.of(OPENED, opened, CLOSED, closed, OPEN_AT_END, openAtEnd));
    }

    @Test
    void countsOpenedClosedAndOpenAtEndByOffice() {
        assertThat(count(OPENED, MARCH, OFFICE)).containsExactly(row(3, "MXSAL"), row(4, "MXTAP"));
        assertThat(count(CLOSED, MARCH, OFFICE)).containsExactly(row(2, "MXTAP"));
        assertThat(count(OPEN_AT_END, MARCH, OFFICE)).containsExactly(row(4, "MXSAL"), row(4, "MXTAP"));
    }

    @Test
    void withoutDimensionsGivesOneTotalRowOrNoneWhenNothingCounts() {
        assertThat(count(OPENED, MARCH)).containsExactly(row(7));
        assertThat(count(CLOSED, MARCH)).containsExactly(row(2));
        assertThat(count(OPEN_AT_END, MARCH)).containsExactly(row(8));
        assertThat(count(CLOSED, FEBRUARY)).isEmpty();
    }

    @Test
    void byCountryOfIncidentTypeAndSubtype() {
        assertThat(count(OPENED, MARCH, INCIDENT_COUNTRY)).containsExactly(row(6, "MX"), row(1, "US"));
        assertThat(count(CLOSED, MARCH, INCIDENT_COUNTRY)).containsExactly(row(1, "MX"), row(1, "US"));
        assertThat(count(OPEN_AT_END, MARCH, INCIDENT_COUNTRY)).containsExactly(row(7, "MX"), row(1, "US"));

        assertThat(count(OPENED, MARCH, CASE_TYPE)).containsExactly(row(1, "CRIMINAL"), row(1, "DECEASED"),
                row(4, "MIGRATORY"), row(1, "MISSING"));
        assertThat(count(CLOSED, MARCH, CASE_TYPE)).containsExactly(row(1, "CRIMINAL"), row(1, "MIGRATORY"));
        assertThat(count(OPEN_AT_END, MARCH, CASE_TYPE)).containsExactly(row(1, "CRIMINAL"), row(1, "DECEASED"),
                row(4, "MIGRATORY"), row(2, "MISSING"));

        assertThat(count(OPENED, MARCH, CASE_TYPE, CASE_SUBTYPE)).containsExactly(
                row(1, "CRIMINAL", "VICTIM_OF_CRIME"), row(1, "DECEASED", "REPATRIATION_OF_REMAINS"),
                row(1, "MIGRATORY", "DEPORTATION"), row(2, "MIGRATORY", "MIGRATION_STATION"),
                row(1, "MIGRATORY", "TRAVEL_DOCUMENT"), row(1, "MISSING", "SEARCH_REQUEST"));
        assertThat(count(CLOSED, MARCH, CASE_TYPE, CASE_SUBTYPE)).containsExactly(
                row(1, "CRIMINAL", "DETAINED"), row(1, "MIGRATORY", "DEPORTATION"));
    }

    @Test
    void bySexAndAgeGroupAsRecordedAtIntake() {
        assertThat(count(OPENED, MARCH, SEX)).containsExactly(row(2, "F"), row(4, "M"), row(1, "X"));
        assertThat(count(CLOSED, MARCH, SEX)).containsExactly(row(1, "F"), row(1, "M"));
        assertThat(count(OPEN_AT_END, MARCH, SEX)).containsExactly(row(2, "F"), row(5, "M"), row(1, "X"));

        assertThat(count(OPENED, MARCH, AGE_GROUP)).containsExactly(row(1, "0-11"), row(1, "12-17"),
                row(1, "18-29"), row(2, "30-59"), row(1, "60+"), row(1, "UNKNOWN"));
        assertThat(count(CLOSED, MARCH, AGE_GROUP)).containsExactly(row(1, "0-11"), row(1, "30-59"));
        assertThat(count(OPEN_AT_END, MARCH, AGE_GROUP)).containsExactly(row(1, "12-17"), row(2, "18-29"),
                row(3, "30-59"), row(1, "60+"), row(1, "UNKNOWN"));

        assertThat(count(OPENED, MARCH, SEX, AGE_GROUP)).containsExactly(row(1, "F", "12-17"), row(1, "F", "60+"),
                row(1, "M", "0-11"), row(1, "M", "18-29"), row(2, "M", "30-59"), row(1, "X", "UNKNOWN"));
    }

    @Test
    void ageBandsComeFromTheScope() {
        Scope adultsAndChildren = new Scope(MARCH.from(), MARCH.to(), null, null, List.of(0, 18, 60));
        assertThat(count(OPENED, adultsAndChildren, AGE_GROUP)).containsExactly(row(2, "0-17"), row(3, "18-59"),
                row(1, "60+"), row(1, "UNKNOWN"));
        Scope everyone = new Scope(MARCH.from(), MARCH.to(), null, null, List.of(0));
        assertThat(count(OPENED, everyone, AGE_GROUP)).containsExactly(row(6, "0+"), row(1, "UNKNOWN"));
    }

    @Test
    void byDepartmentOfOriginWithUnknown() {
        assertThat(count(OPENED, MARCH, ORIGIN_DEPARTMENT)).containsExactly(row(2, "01"), row(3, "08"),
                row(2, "UNKNOWN"));
        assertThat(count(CLOSED, MARCH, ORIGIN_DEPARTMENT)).containsExactly(row(1, "01"), row(1, "08"));
        assertThat(count(OPEN_AT_END, MARCH, ORIGIN_DEPARTMENT)).containsExactly(row(2, "01"), row(3, "08"),
                row(3, "UNKNOWN"));
    }

    @Test
    void byPriority() {
        assertThat(count(OPENED, MARCH, PRIORITY)).containsExactly(row(2, "HIGH"), row(1, "LOW"), row(2, "NORMAL"),
                row(2, "URGENT"));
        assertThat(count(CLOSED, MARCH, PRIORITY)).containsExactly(row(1, "HIGH"), row(1, "NORMAL"));
        assertThat(count(OPEN_AT_END, MARCH, PRIORITY)).containsExactly(row(1, "HIGH"), row(1, "LOW"),
                row(4, "NORMAL"), row(2, "URGENT"));
    }

    @Test
    void vulnerabilityCountsACaseUnderEachFlagOrUnderNone() {
        List<CountRow> opened = count(OPENED, MARCH, VULNERABILITY);
        assertThat(opened).containsExactly(row(2, "CHILD"), row(1, "DISPLACED_BY_VIOLENCE"), row(3, "NONE"),
                row(1, "OLDER_PERSON"), row(1, "SGBV_SURVIVOR"), row(1, "UNACCOMPANIED_CHILD"));
        assertThat(opened.stream().mapToLong(CountRow::count).sum()).as("I has two flags, D two").isEqualTo(9);
        assertThat(count(CLOSED, MARCH, VULNERABILITY)).containsExactly(row(1, "CHILD"), row(1, "NONE"));
        assertThat(count(OPENED, MARCH, OFFICE, VULNERABILITY)).containsExactly(
                row(2, "MXSAL", "NONE"), row(1, "MXSAL", "OLDER_PERSON"),
                row(2, "MXTAP", "CHILD"), row(1, "MXTAP", "DISPLACED_BY_VIOLENCE"), row(1, "MXTAP", "NONE"),
                row(1, "MXTAP", "SGBV_SURVIVOR"), row(1, "MXTAP", "UNACCOMPANIED_CHILD"));
    }

    @Test
    void statusIsTheStatusAtTheEndOfThePeriod() {
        assertThat(count(OPENED, FEBRUARY, OFFICE)).containsExactly(row(2, "MXTAP"));
        assertThat(count(OPEN_AT_END, FEBRUARY, STATUS)).as("C was closed only on 5 March")
                .containsExactly(row(1, "IN_PROGRESS"), row(2, "REGISTERED"));
        assertThat(count(OPENED, MARCH, STATUS)).containsExactly(row(1, "CLOSED"), row(6, "REGISTERED"));
        Scope untilCResolved = new Scope(FEBRUARY.from(), Instant.parse("2026-03-05T08:30:00Z"), null, null, List.of(0));
        assertThat(count(OPEN_AT_END, untilCResolved, STATUS, OFFICE)).as("C resolved at 08:00, closed at 09:00")
                .containsExactly(row(1, "REGISTERED", "MXSAL"), row(2, "REGISTERED", "MXTAP"),
                        row(1, "RESOLVED", "MXTAP"));
    }

    @Test
    void caseAgeIsTheAgeAtTheEndOfThePeriodInBands() {
        Scope missing = MARCH.ofType("MISSING");
        assertThat(count(OPEN_AT_END, missing, CASE_AGE)).containsExactly(row(1, "90-364d"), row(1, "<30d"));
        assertThat(count(OPEN_AT_END, MARCH, CASE_AGE)).containsExactly(row(1, "30-89d"), row(1, "90-364d"),
                row(6, "<30d"));
        assertThat(count(OPEN_AT_END, FEBRUARY, CASE_AGE)).as("B is 89 days and 12 hours old on 1 March")
                .containsExactly(row(1, "30-89d"), row(2, "<30d"));
    }

    @Test
    void scopeByOfficeAndCaseTypeAsStored() {
        Scope saltillo = MARCH.inOffice(TestProfiles.SALTILLO);
        assertThat(count(OPENED, saltillo, SEX)).containsExactly(row(1, "F"), row(2, "M"));
        assertThat(count(OPEN_AT_END, saltillo, CASE_TYPE)).containsExactly(row(1, "DECEASED"), row(1, "MIGRATORY"),
                row(2, "MISSING"));
        assertThat(count(OPENED, MARCH.ofType("MIGRATORY"), CASE_TYPE)).containsExactly(row(4, "MIGRATORY"));
        assertThat(count(OPENED, saltillo.ofType("MIGRATORY"), OFFICE)).containsExactly(row(1, "MXSAL"));
        assertThat(count(OPENED, MARCH.ofType("migratory"), CASE_TYPE))
                .as("the profile's code as stored; callers look it up in the profile").isEmpty();
    }

    @Test
    void allMeasuresBySeveralGroupingsInOneRequest() {
        List<GroupedCounts> answer = statistics.countCases(EnumSet.allOf(CaseCount.class), MARCH, List.of(
                List.of(OFFICE, CASE_TYPE, CASE_SUBTYPE), List.of(SEX, AGE_GROUP), List.of(INCIDENT_COUNTRY),
                List.of(ORIGIN_DEPARTMENT), List.of(PRIORITY), List.of(VULNERABILITY), List.of(), List.of(SEX)));
        assertThat(answer).extracting(GroupedCounts::dimensions).containsExactly(
                List.of(OFFICE, CASE_TYPE, CASE_SUBTYPE), List.of(SEX, AGE_GROUP), List.of(INCIDENT_COUNTRY),
                List.of(ORIGIN_DEPARTMENT), List.of(PRIORITY), List.of(VULNERABILITY), List.of(), List.of(SEX));
        // The same numbers as the measures one at a time (each checked by hand above).
        assertThat(answer.get(2).rows()).containsExactly(measured(List.of("MX"), 6, 1, 7), measured(List.of("US"), 1, 1, 1));
        assertThat(answer.get(4).rows()).containsExactly(measured(List.of("HIGH"), 2, 1, 1),
                measured(List.of("LOW"), 1, 0, 1), measured(List.of("NORMAL"), 2, 1, 4), measured(List.of("URGENT"), 2, 0, 2));
        assertThat(answer.get(6).rows()).containsExactly(measured(List.of(), 7, 2, 8));
        assertThat(answer.get(7).rows()).containsExactly(measured(List.of("F"), 2, 1, 2), measured(List.of("M"), 4, 1, 5),
                measured(List.of("X"), 1, 0, 1));
        assertThat(answer.get(5).rows(CLOSED)).containsExactly(row(1, "CHILD"), row(1, "NONE"));
        assertThat(answer.get(5).rows(OPENED)).isEqualTo(count(OPENED, MARCH, VULNERABILITY));
        for (CaseCount m : CaseCount.values()) {
            assertThat(answer.get(0).rows(m)).as(m.name()).isEqualTo(count(m, MARCH, OFFICE, CASE_TYPE, CASE_SUBTYPE));
            assertThat(answer.get(1).rows(m)).as(m.name()).isEqualTo(count(m, MARCH, SEX, AGE_GROUP));
            assertThat(answer.get(3).rows(m)).as(m.name()).isEqualTo(count(m, MARCH, ORIGIN_DEPARTMENT));
        }
    }

    @Test
    void someMeasuresAGroupingAskedTwiceAndAScope() {
        Scope saltillo = MARCH.inOffice(TestProfiles.SALTILLO);
        List<GroupedCounts> answer = statistics.countCases(EnumSet.of(CLOSED, OPEN_AT_END), saltillo,
                List.of(List.of(CASE_TYPE), List.of(STATUS), List.of(CASE_TYPE), List.of(AGE_GROUP, SEX), List.of(SEX, AGE_GROUP)));
        assertThat(answer).extracting(GroupedCounts::dimensions).as("a grouping asked twice is answered once")
                .containsExactly(List.of(CASE_TYPE), List.of(STATUS), List.of(AGE_GROUP, SEX), List.of(SEX, AGE_GROUP));
        assertThat(answer.get(0).rows()).extracting(MeasuredRow::key).as("nothing closed in Saltillo in March")
                .containsExactly(List.of("DECEASED"), List.of("MIGRATORY"), List.of("MISSING"));
        assertThat(answer.get(0).rows()).allSatisfy(r -> assertThat(r.counts()).containsOnlyKeys(CLOSED, OPEN_AT_END));
        assertThat(answer.get(0).rows(OPEN_AT_END)).isEqualTo(count(OPEN_AT_END, saltillo, CASE_TYPE));
        assertThat(answer.get(0).rows(CLOSED)).isEmpty();
        assertThat(answer.get(0).rows(OPENED)).as("not asked").isEmpty();
        assertThat(answer.get(1).rows(OPEN_AT_END)).isEqualTo(count(OPEN_AT_END, saltillo, STATUS));
        assertThat(answer.get(2).rows(OPEN_AT_END)).isEqualTo(count(OPEN_AT_END, saltillo, AGE_GROUP, SEX));
        assertThat(answer.get(3).rows(OPEN_AT_END)).isEqualTo(count(OPEN_AT_END, saltillo, SEX, AGE_GROUP));
        assertThat(answer.get(3).rows(OPEN_AT_END)).extracting(r -> r.key().get(0)).containsOnly("F", "M");
        assertThat(statistics.countCases(EnumSet.of(CLOSED), FEBRUARY, List.of(List.of(OFFICE), List.of())))
                .allSatisfy(g -> assertThat(g.rows()).isEmpty());
    }

    @Test
    void referralsSentInThePeriodByInstitutionAndStatusWithOverdue() {
        assertThat(statistics.countReferrals(MARCH, StatisticsDataSet.REPORT_DATE)).containsExactly(
                new ReferralRow("DIF", ReferralStatus.ACCEPTED, 1, 0),
                new ReferralRow("DIF", ReferralStatus.DECLINED, 1, 0),
                new ReferralRow("FOSMIH", ReferralStatus.COMPLETED, 1, 0),
                new ReferralRow("MEDIA_NGO", ReferralStatus.SENT, 1, 0),
                new ReferralRow("SEARCH", ReferralStatus.SENT, 1, 1));
        assertThat(statistics.countReferrals(MARCH, Instant.parse("2026-04-08T00:00:00Z")))
                .as("on 8 April the referral to MEDIA_NGO is overdue too")
                .filteredOn(r -> r.institution().equals("MEDIA_NGO")).extracting(ReferralRow::overdue).containsExactly(1L);
        assertThat(statistics.countReferrals(MARCH.inOffice(TestProfiles.SALTILLO), StatisticsDataSet.REPORT_DATE))
                .extracting(ReferralRow::institution).containsExactly("FOSMIH", "SEARCH");
        assertThat(statistics.countReferrals(FEBRUARY, StatisticsDataSet.REPORT_DATE)).isEmpty();
    }

    @Test
    void medianAndP90OfTimeToFirstActionAndToCloseInHours() {
        // First actions of the cases opened in March: 2, 4, 12, 24, 48 hours (G, J have none).
        DurationSummary firstAction = statistics.durations(DurationMeasure.TIME_TO_FIRST_ACTION, MARCH);
        assertThat(firstAction.cases()).isEqualTo(5);
        assertThat(firstAction.medianHours()).isCloseTo(12.0, within(1e-9));
        assertThat(firstAction.p90Hours()).isCloseTo(24 + 0.6 * 24, within(1e-9));
        // Closures in March: C after 312 hours, E after 360.
        DurationSummary toClose = statistics.durations(DurationMeasure.TIME_TO_CLOSE, MARCH);
        assertThat(toClose.cases()).isEqualTo(2);
        assertThat(toClose.medianHours()).isCloseTo(336.0, within(1e-9));
        assertThat(toClose.p90Hours()).isCloseTo(312 + 0.9 * 48, within(1e-9));
        // February: A and C opened; only C has an action (24 hours); nothing closed.
        DurationSummary february = statistics.durations(DurationMeasure.TIME_TO_FIRST_ACTION, FEBRUARY);
        assertThat(february.cases()).isEqualTo(1);
        assertThat(february.medianHours()).isCloseTo(24.0, within(1e-9));
        assertThat(february.p90Hours()).isCloseTo(24.0, within(1e-9));
        DurationSummary none = statistics.durations(DurationMeasure.TIME_TO_CLOSE, FEBRUARY);
        assertThat(none.cases()).isZero();
        assertThat(none.medianHours()).isNaN();
        assertThat(none.p90Hours()).isNaN();
        // Fractions of an hour: I's first action 12 hours after registration, in Tapachula.
        DurationSummary tapachula = statistics.durations(DurationMeasure.TIME_TO_FIRST_ACTION,
                MARCH.inOffice(TestProfiles.TAPACHULA));
        assertThat(tapachula.cases()).isEqualTo(3);
        assertThat(tapachula.medianHours()).isCloseTo(12.0, within(1e-9));
        assertThat(tapachula.p90Hours()).isCloseTo(12 + 0.8 * 12, within(1e-9));
    }

    @Test
    void followUpsDueInThePeriodAndHowManyWereLate() {
        // Due in March: D (done on time), E (never done), F (done late), H (never done), I's extra (done early).
        CaseStatistics.FollowUpCounts march = statistics.followUps(MARCH, StatisticsDataSet.REPORT_DATE);
        assertThat(march.due()).isEqualTo(5);
        assertThat(march.overdue()).isEqualTo(3);
        assertThat(march.overdueShare()).isCloseTo(0.6, within(1e-12));
        assertThat(statistics.followUps(MARCH.inOffice(TestProfiles.SALTILLO), StatisticsDataSet.REPORT_DATE))
                .isEqualTo(new CaseStatistics.FollowUpCounts(2, 2));
        assertThat(statistics.followUps(FEBRUARY, StatisticsDataSet.REPORT_DATE))
                .as("A's and C's follow-ups (due a week after registration) were never done")
                .isEqualTo(new CaseStatistics.FollowUpCounts(2, 2));
        assertThat(statistics.followUps(FEBRUARY, Instant.parse("2026-02-20T00:00:00Z")))
                .as("on 20 February only A's (due on the 17th) is late").isEqualTo(new CaseStatistics.FollowUpCounts(2, 1));
    }
}
