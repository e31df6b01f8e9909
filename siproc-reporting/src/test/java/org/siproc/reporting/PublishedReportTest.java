package org.siproc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.fixtures.TestProfiles;
import org.siproc.core.profile.CountryProfile;

/**
 * Disclosure control on whole reports: every published table of a report is attacked together (the same aggregate
 * shown in two tables, a type and its subtypes, margins of cross-tabulations), on a mixed data set and on a tiny one
 * where nearly everything is small.
 */
class PublishedReportTest {
    private static final Actor OBSERVER = Actor.observer("conmigho");
    private static final Actor HQ = Actor.hqAnalyst("hq.analyst", false);

    private static GeneratedDataSet mixed;
    private static Report published;
    private static Report internal;

    @BeforeAll
    static void build() {
        mixed = GeneratedDataSet.of(90, 7);
        Reports reports = reports(mixed, TestProfiles.small());
        published = reports.build(OBSERVER, ReportRequest.published(GeneratedDataSet.FROM, GeneratedDataSet.TO));
        internal = reports.build(HQ, ReportRequest.internal(GeneratedDataSet.FROM, GeneratedDataSet.TO));
    }

    private static Reports reports(GeneratedDataSet set, CountryProfile profile) {
        return new Reports(set.memory.statistics(), profile, set.memory.audit(), set.clock);
    }

    @Test
    void everyTableIsMarkedPublishedAndSomethingWasSuppressed() {
        assertThat(published.tables()).hasSize(Indicator.values().length).allMatch(StatisticsTable::published);
        assertThat(published.tables()).anyMatch(StatisticsTable::hasSuppressedCells);
        assertThat(published.table(Indicator.CASES_BY_SEX).hasSuppressedCells())
                .as("the mixed set has large cells too").isTrue();
        assertThat(published.tables()).anyMatch(t -> counts(t).stream().anyMatch(v -> v >= 5));
    }

    @Test
    void noPublishedCountIsBetweenOneAndTheThresholdAndZerosStay() {
        for (StatisticsTable table : published.tables()) {
            assertThat(counts(table)).as(table.id()).allMatch(v -> v == 0 || v >= 5);
        }
        // A zero of the internal report is a zero in the published one, unless it hides something by being hidden.
        StatisticsTable internalOffices = internal.table(Indicator.CASES_BY_OFFICE);
        StatisticsTable publishedOffices = published.table(Indicator.CASES_BY_OFFICE);
        assertThat(internalOffices.cell(List.of("HQDGP"), "OPENED")).isEqualTo(Cell.count(0));
        assertThat(publishedOffices.cell(List.of("HQDGP"), "OPENED")).isEqualTo(Cell.count(0));
    }

    @Test
    void publishedNumbersAreTheExactNumbersWhereShown() {
        for (StatisticsTable p : published.tables()) {
            StatisticsTable i = internal.table(Indicator.byId(p.id()));
            assertThat(p.rows()).hasSameSizeAs(i.rows());
            for (int r = 0; r < p.rows().size(); r++) {
                for (int c = 0; c < p.columns().size(); c++) {
                    Cell shown = p.rows().get(r).cell(c);
                    if (!shown.isSuppressed()) {
                        assertThat(shown).isEqualTo(i.rows().get(r).cell(c));
                    }
                }
            }
        }
    }

    @Test
    void noSuppressedCellCanBeRecomputedFromTheWholeReport() {
        assertAttackFails(published, 5);
    }

    @Test
    void aTinyDataSetWithSmallTotalsIsProtectedToo() {
        SmallDataSet small = SmallDataSet.build();
        Report tiny = new Reports(small.memory.statistics(), TestProfiles.small(), small.memory.audit(), small.clock)
                .build(OBSERVER, ReportRequest.published(SmallDataSet.FROM, SmallDataSet.TO));
        assertAttackFails(tiny, 5);
        // Seven cases opened, two closed: the grand total of closed cases is itself small.
        assertThat(tiny.table(Indicator.CASES_BY_OFFICE).cell(List.of("TOTAL"), "CLOSED").isSuppressed()).isTrue();
        assertThat(tiny.table(Indicator.CASES_BY_OFFICE).cell(List.of("TOTAL"), "OPENED")).isEqualTo(Cell.count(7));
    }

    @Test
    void theThresholdComesFromTheCountryProfile() {
        CountryProfile p = TestProfiles.small();
        CountryProfile lenient = new CountryProfile(p.country(), p.name(), p.languages(), p.offices(), p.caseTypes(),
                p.institutions(), p.documentTypes(), p.territory(), p.followUpPeriods(), p.rules(), 3);
        Report report = reports(mixed, lenient).build(OBSERVER,
                ReportRequest.published(GeneratedDataSet.FROM, GeneratedDataSet.TO));
        assertThat(report.disclosureThreshold()).isEqualTo(3);
        for (StatisticsTable table : report.tables()) {
            assertThat(counts(table)).as(table.id()).allMatch(v -> v == 0 || v >= 3);
        }
        assertThat(counts(report.tables())).anyMatch(v -> v == 3 || v == 4);
        assertAttackFails(report, 3);
    }

    @Test
    void amountsAreWithheldWithTheCountsTheyDependOn() {
        SmallDataSet small = SmallDataSet.build();
        Report tiny = new Reports(small.memory.statistics(), TestProfiles.small(), small.memory.audit(), small.clock)
                .build(OBSERVER, ReportRequest.published(SmallDataSet.FROM, SmallDataSet.TO));
        StatisticsTable durations = tiny.table(Indicator.CASE_DURATIONS);
        // Five first actions: shown, with their median; two closures: hidden, with their median and p90.
        assertThat(durations.cell(List.of("TIME_TO_FIRST_ACTION"), "MEASURED_CASES")).isEqualTo(Cell.count(5));
        assertThat(durations.cell(List.of("TIME_TO_FIRST_ACTION"), "MEDIAN_HOURS")).isInstanceOf(Cell.Amount.class);
        assertThat(durations.cell(List.of("TIME_TO_CLOSE"), "MEASURED_CASES").isSuppressed()).isTrue();
        assertThat(durations.cell(List.of("TIME_TO_CLOSE"), "MEDIAN_HOURS").isSuppressed()).isTrue();
        assertThat(durations.cell(List.of("TIME_TO_CLOSE"), "P90_HOURS").isSuppressed()).isTrue();
        StatisticsTable followUps = tiny.table(Indicator.FOLLOW_UPS);
        // Five due, three late, two on time: the late and on-time counts and their shares are hidden.
        assertThat(followUps.cell(List.of("TOTAL"), "COUNT")).isEqualTo(Cell.count(5));
        assertThat(followUps.cell(List.of("LATE"), "COUNT").isSuppressed()).isTrue();
        assertThat(followUps.cell(List.of("LATE"), "SHARE").isSuppressed()).isTrue();
        assertThat(followUps.cell(List.of("ON_TIME"), "SHARE").isSuppressed()).isTrue();
        for (Report report : List.of(tiny, published)) {
            StatisticsTable d = report.table(Indicator.CASE_DURATIONS);
            for (StatisticsTable.Row row : d.rows()) {
                if (row.cell(d.columnIndex("MEASURED_CASES")).isSuppressed()) {
                    assertThat(row.cells()).allMatch(Cell::isSuppressed);
                }
            }
            StatisticsTable f = report.table(Indicator.FOLLOW_UPS);
            boolean totalHidden = f.totals().cell(f.columnIndex("COUNT")).isSuppressed();
            for (StatisticsTable.Row row : f.rows()) {
                if (totalHidden || row.cell(f.columnIndex("COUNT")).isSuppressed()) {
                    assertThat(row.cell(f.columnIndex("SHARE")).isSuppressed()).isTrue();
                }
            }
        }
    }

    @Test
    void vulnerabilityHasNoTotalsEvenWhenPublished() {
        StatisticsTable t = published.table(Indicator.CASES_BY_VULNERABILITY);
        assertThat(t.totals()).isNull();
        assertThat(t.hasRowTotals()).isFalse();
    }

    @Test
    void askingForFewerTablesNeverChangesWhatIsSuppressed() {
        Report one = reports(mixed, TestProfiles.small()).build(OBSERVER,
                ReportRequest.published(GeneratedDataSet.FROM, GeneratedDataSet.TO).only(Indicator.CASES_BY_OFFICE));
        assertThat(one.tables()).singleElement().isEqualTo(published.table(Indicator.CASES_BY_OFFICE));
    }

    @Test
    void publishedTablesCarryNoIdentifiers() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Exports.write(published, ExportFormat.CSV, Locale.forLanguageTag("es"), csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContainPattern("HN-MX[A-Z]+-20\\d\\d-\\d{6}");
        for (String surname : List.of("López", "Martínez", "Reyes", "Castro", "Mejía", "Zelaya", "Ordóñez")) {
            assertThat(text).doesNotContain(surname);
        }
        assertThat(published.table(Indicator.CASES_BY_AGE_GROUP).rows()).extracting(r -> r.key().get(0))
                .allMatch(k -> k.contains("-") || k.endsWith("+") || k.equals("UNKNOWN"));
    }

    @Test
    void publishedAgeGroupsSpanAtLeastThreeYears() {
        ReportRequest request = ReportRequest.published(GeneratedDataSet.FROM, GeneratedDataSet.TO);
        assertThatThrownBy(() -> request.withAgeBands(List.of(0, 1, 2, 18)))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "ageBands");
        assertThat(request.withAgeBands(List.of(0, 5, 10, 15, 18, 60)).ageBands()).hasSize(6);
        assertThat(ReportRequest.internal(GeneratedDataSet.FROM, GeneratedDataSet.TO).withAgeBands(List.of(0, 1, 2))
                .ageBands()).hasSize(3);
    }

    private static void assertAttackFails(Report report, int threshold) {
        RecomputationAttack attack = RecomputationAttack.on(report.tables());
        assertThat(attack.suppressedCells()).isNotEmpty();
        assertThat(attack.equations()).hasSizeGreaterThan(20);
        assertThat(attack.inconsistencies()).isEmpty();
        assertThat(attack.recomputeBySubtraction()).isEmpty();
        assertThat(attack.recomputeByElimination()).isEmpty();
        assertThat(attack.smallGaps(threshold)).isEmpty();
    }

    private static List<Long> counts(StatisticsTable table) {
        List<Long> values = new ArrayList<>();
        List<StatisticsTable.Row> rows = new ArrayList<>(table.rows());
        if (table.totals() != null) {
            rows.add(table.totals());
        }
        for (StatisticsTable.Row row : rows) {
            List<Cell> cells = new ArrayList<>(row.cells());
            if (row.total() != null) {
                cells.add(row.total());
            }
            cells.stream().filter(c -> c instanceof Cell.Count).forEach(c -> values.add(((Cell.Count) c).value()));
        }
        return values;
    }

    private static List<Long> counts(List<StatisticsTable> tables) {
        List<Long> values = new ArrayList<>();
        tables.forEach(t -> values.addAll(counts(t)));
        return values;
    }
}
