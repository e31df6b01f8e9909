package org.siproc.reporting.internal;

import static org.siproc.core.application.port.out.CaseStatistics.Dimension.AGE_GROUP;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.CASE_AGE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.CASE_SUBTYPE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.CASE_TYPE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.INCIDENT_COUNTRY;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.OFFICE;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.ORIGIN_DEPARTMENT;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.PRIORITY;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.SEX;
import static org.siproc.core.application.port.out.CaseStatistics.Dimension.VULNERABILITY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.application.port.out.CaseStatistics.CaseCount;
import org.siproc.core.application.port.out.CaseStatistics.CountRow;
import org.siproc.core.application.port.out.CaseStatistics.Dimension;
import org.siproc.core.application.port.out.CaseStatistics.DurationMeasure;
import org.siproc.core.application.port.out.CaseStatistics.DurationSummary;
import org.siproc.core.application.port.out.CaseStatistics.FollowUpCounts;
import org.siproc.core.application.port.out.CaseStatistics.GroupedCounts;
import org.siproc.core.application.port.out.CaseStatistics.ReferralRow;
import org.siproc.core.application.port.out.CaseStatistics.Scope;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.profile.CaseSubtypeDefinition;
import org.siproc.core.profile.CaseTypeDefinition;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Institution;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.Territory;
import org.siproc.reporting.Indicator;
import org.siproc.reporting.StatisticsTable;
import org.siproc.reporting.internal.DraftTable.DraftCell;
import org.siproc.reporting.internal.DraftTable.DraftRow;
import org.siproc.reporting.internal.DraftTable.Derived;
import org.siproc.reporting.internal.DraftTable.Ref;

/**
 * Builds the tables of the indicator set from the {@link CaseStatistics} port: asks for the aggregates (a few
 * GROUP BY queries, rolled up here to the margins), and lays every table out as a {@link DraftTable} whose cells
 * name aggregates by {@link CellKey}, together with the additive {@link Line}s between them. The same aggregate seen
 * in two tables has one key, so disclosure control of the whole set is consistent across tables.
 */
public final class ReportAssembler {
    /** The case type whose open cases are tabulated by age (profiles code missing persons so). */
    public static final String MISSING_TYPE = "MISSING";
    static final String UNIT = "UNIT";
    static final String MEASURE = "MEASURE";

    private static final List<String> CASE_AGE_BANDS = List.of("<30d", "30-89d", "90-364d", ">=365d");
    private static final List<String> OUTCOMES = List.of("AWAITING", "OVERDUE", "ACCEPTED", "DECLINED", "COMPLETED");

    private final CaseStatistics statistics;
    private final CountryProfile profile;
    private final Labels labels;

    public ReportAssembler(CaseStatistics statistics, CountryProfile profile) {
        this.statistics = statistics;
        this.profile = profile;
        this.labels = new Labels(profile);
    }

    /**
     * Every table of the indicator set, the value of each aggregate and the lines between them.
     *
     * @param now the moment the report is made: referrals and follow-ups are overdue as of it
     */
    public Assembly assemble(Scope scope, Instant now) {
        Work work = new Work(scope);
        work.caseTables();
        work.missingTable();
        work.referralTable(now);
        work.durationTable();
        work.followUpTable(now);
        return new Assembly(work.drafts, work.values, new ArrayList<>(work.lines));
    }

    /** The assembled tables before rendering. */
    public record Assembly(List<DraftTable> drafts, Map<CellKey, Long> values, List<Line> lines) {
        public Assembly {
            drafts = List.copyOf(drafts);
            values = Map.copyOf(values);
            lines = List.copyOf(lines);
        }

        /**
         * The tables wanted, with numbers; for publication, protected by {@link Suppression} over the whole set
         * (all tables, wanted or not, so that asking for fewer tables never changes what is withheld).
         */
        public List<StatisticsTable> render(boolean published, int threshold, Set<Indicator> wanted) {
            Set<CellKey> suppressed = published ? new Suppression(threshold).protect(values, lines) : Set.of();
            return drafts.stream().filter(d -> wanted.isEmpty() || wanted.contains(d.indicator()))
                    .sorted(java.util.Comparator.comparing(DraftTable::indicator))
                    .map(d -> d.render(values, suppressed, published)).toList();
        }
    }

    /** The state of one assembly. */
    private final class Work {
        private final Scope scope;
        private final Map<CellKey, Long> values = new LinkedHashMap<>();
        private final Set<Line> lines = new LinkedHashSet<>();
        private final List<DraftTable> drafts = new ArrayList<>();

        Work(Scope scope) {
            this.scope = scope;
        }

        // ---- cases ------------------------------------------------------------------------------------------

        void caseTables() {
            Map<CaseCount, Groups> byMeasure = query();
            oneDimension(Indicator.CASES_BY_OFFICE, OFFICE, byMeasure);
            oneDimension(Indicator.CASES_BY_INCIDENT_COUNTRY, INCIDENT_COUNTRY, byMeasure);
            oneDimension(Indicator.CASES_BY_TYPE, CASE_TYPE, byMeasure);
            subtypes(byMeasure);
            oneDimension(Indicator.CASES_BY_SEX, SEX, byMeasure);
            oneDimension(Indicator.CASES_BY_AGE_GROUP, AGE_GROUP, byMeasure);
            oneDimension(Indicator.CASES_BY_ORIGIN_DEPARTMENT, ORIGIN_DEPARTMENT, byMeasure);
            vulnerability(byMeasure);
            oneDimension(Indicator.CASES_BY_PRIORITY, PRIORITY, byMeasure);
            twoDimensions(Indicator.OPENED_BY_SEX_AND_AGE_GROUP, SEX, AGE_GROUP, byMeasure.get(CaseCount.OPENED));
            twoDimensions(Indicator.OPENED_BY_OFFICE_AND_TYPE, OFFICE, CASE_TYPE, byMeasure.get(CaseCount.OPENED));
        }

        /**
         * One request to the port: the three measures by six groupings; the margins and cross-tabulations are
         * rolled up from them.
         */
        private Map<CaseCount, Groups> query() {
            List<List<Dimension>> groupings = List.of(List.of(OFFICE, CASE_TYPE, CASE_SUBTYPE), List.of(SEX, AGE_GROUP),
                    List.of(INCIDENT_COUNTRY), List.of(ORIGIN_DEPARTMENT), List.of(PRIORITY), List.of(VULNERABILITY));
            List<GroupedCounts> answer = statistics.countCases(EnumSet.allOf(CaseCount.class), scope, groupings);
            Map<CaseCount, Groups> byMeasure = new EnumMap<>(CaseCount.class);
            for (CaseCount m : CaseCount.values()) {
                Groups groups = new Groups(m);
                for (GroupedCounts g : answer) {
                    if (g.dimensions().contains(VULNERABILITY)) {
                        groups.addMultiValued(g.rows(m), VULNERABILITY);
                    } else {
                        groups.add(g.rows(m), g.dimensions());
                    }
                }
                byMeasure.put(m, groups);
            }
            return byMeasure;
        }

        private void oneDimension(Indicator indicator, Dimension d, Map<CaseCount, Groups> byMeasure) {
            Set<String> observed = new TreeSet<>();
            byMeasure.values().forEach(g -> observed.addAll(g.observed(d)));
            List<String> categories = categories(d, observed);
            List<DraftRow> rows = new ArrayList<>();
            for (String c : categories) {
                List<DraftCell> cells = new ArrayList<>();
                for (CaseCount m : CaseCount.values()) {
                    cells.add(ref(cases(m).with(d.name(), c), byMeasure.get(m).count(List.of(d), List.of(c))));
                }
                rows.add(new DraftRow(List.of(c), List.of(labels.value(d.name(), c)), cells, null));
            }
            List<DraftCell> totals = new ArrayList<>();
            for (CaseCount m : CaseCount.values()) {
                CellKey total = cases(m);
                totals.add(ref(total, byMeasure.get(m).total(d)));
                line(total, categories.stream().map(c -> total.with(d.name(), c)).toList());
            }
            drafts.add(new DraftTable(indicator, List.of(d.name()), List.of(Labels.of(d.name())), MEASURE,
                    measureColumns(), Map.of(UNIT, "CASES"), rows, totalsRow(1, totals, null),
                    d == AGE_GROUP ? note("Edad en la fecha del hecho.", "Age on the incident date.") : null));
        }

        private void subtypes(Map<CaseCount, Groups> byMeasure) {
            Set<String> observedTypes = new TreeSet<>();
            byMeasure.values().forEach(g -> observedTypes.addAll(g.observed(CASE_TYPE)));
            List<DraftRow> rows = new ArrayList<>();
            List<List<String>> allKeys = new ArrayList<>();
            for (String type : categories(CASE_TYPE, observedTypes)) {
                Set<String> observedSubtypes = new TreeSet<>();
                byMeasure.values().forEach(g -> observedSubtypes.addAll(g.observedSubtypes(type)));
                List<String> subtypes = subtypeCategories(type, observedSubtypes);
                for (String subtype : subtypes) {
                    List<DraftCell> cells = new ArrayList<>();
                    for (CaseCount m : CaseCount.values()) {
                        cells.add(ref(cases(m).with(CASE_TYPE.name(), type).with(CASE_SUBTYPE.name(), subtype),
                                byMeasure.get(m).count(List.of(CASE_TYPE, CASE_SUBTYPE), List.of(type, subtype))));
                    }
                    rows.add(new DraftRow(List.of(type, subtype),
                            List.of(labels.value(CASE_TYPE.name(), type), labels.subtype(type, subtype)), cells, null));
                    allKeys.add(List.of(type, subtype));
                }
                for (CaseCount m : CaseCount.values()) {
                    CellKey typeKey = cases(m).with(CASE_TYPE.name(), type);
                    ref(typeKey, byMeasure.get(m).count(List.of(CASE_TYPE), List.of(type)));
                    // A type is the sum of its subtypes: an attacker links this table to the table by type.
                    line(typeKey, subtypes.stream().map(s -> typeKey.with(CASE_SUBTYPE.name(), s)).toList());
                }
            }
            List<DraftCell> totals = new ArrayList<>();
            for (CaseCount m : CaseCount.values()) {
                CellKey total = cases(m);
                totals.add(ref(total, byMeasure.get(m).total(CASE_TYPE)));
                line(total, allKeys.stream().map(k -> total.with(CASE_TYPE.name(), k.get(0))
                        .with(CASE_SUBTYPE.name(), k.get(1))).toList());
            }
            drafts.add(new DraftTable(Indicator.CASES_BY_SUBTYPE, List.of(CASE_TYPE.name(), CASE_SUBTYPE.name()),
                    List.of(Labels.of(CASE_TYPE.name()), Labels.of(CASE_SUBTYPE.name())), MEASURE, measureColumns(),
                    Map.of(UNIT, "CASES"), rows, totalsRow(2, totals, null), null));
        }

        private void vulnerability(Map<CaseCount, Groups> byMeasure) {
            List<String> categories = new ArrayList<>();
            Arrays.stream(VulnerabilityFlag.values()).forEach(f -> categories.add(f.name()));
            categories.add("NONE");
            Set<String> observed = new TreeSet<>();
            byMeasure.values().forEach(g -> observed.addAll(g.observed(VULNERABILITY)));
            observed.stream().filter(o -> !categories.contains(o)).forEach(categories::add);
            List<DraftRow> rows = new ArrayList<>();
            for (String c : categories) {
                List<DraftCell> cells = new ArrayList<>();
                for (CaseCount m : CaseCount.values()) {
                    cells.add(ref(cases(m).with(VULNERABILITY.name(), c),
                            byMeasure.get(m).count(List.of(VULNERABILITY), List.of(c))));
                }
                rows.add(new DraftRow(List.of(c), List.of(labels.value(VULNERABILITY.name(), c)), cells, null));
            }
            // No totals row and no lines: a case counts under each of its flags, so nothing adds up.
            drafts.add(new DraftTable(Indicator.CASES_BY_VULNERABILITY, List.of(VULNERABILITY.name()),
                    List.of(Labels.of(VULNERABILITY.name())), MEASURE, measureColumns(), Map.of(UNIT, "CASES"), rows,
                    null, note("Un caso cuenta en cada una de sus condiciones (o en «Ninguna»): las columnas no suman "
                                    + "el número de casos, por eso no hay totales.",
                            "A case counts under each of its flags (or under \"None\"): columns do not add up to the "
                                    + "number of cases, so there are no totals.")));
        }

        private void twoDimensions(Indicator indicator, Dimension rowsBy, Dimension columnsBy, Groups groups) {
            CellKey total = cases(groups.measure);
            List<String> rowCategories = categories(rowsBy, groups.observed(rowsBy));
            List<String> columnCategories = categories(columnsBy, groups.observed(columnsBy));
            List<Dimension> both = List.of(rowsBy, columnsBy);
            List<DraftRow> rows = new ArrayList<>();
            for (String r : rowCategories) {
                CellKey rowKey = total.with(rowsBy.name(), r);
                List<DraftCell> cells = new ArrayList<>();
                for (String c : columnCategories) {
                    cells.add(ref(rowKey.with(columnsBy.name(), c), groups.count(both, List.of(r, c))));
                }
                line(rowKey, columnCategories.stream().map(c -> rowKey.with(columnsBy.name(), c)).toList());
                rows.add(new DraftRow(List.of(r), List.of(labels.value(rowsBy.name(), r)), cells,
                        ref(rowKey, groups.count(List.of(rowsBy), List.of(r)))));
            }
            List<DraftCell> totals = new ArrayList<>();
            for (String c : columnCategories) {
                CellKey columnKey = total.with(columnsBy.name(), c);
                totals.add(ref(columnKey, groups.count(List.of(columnsBy), List.of(c))));
                line(columnKey, rowCategories.stream().map(r -> columnKey.with(rowsBy.name(), r)).toList());
            }
            line(total, rowCategories.stream().map(r -> total.with(rowsBy.name(), r)).toList());
            line(total, columnCategories.stream().map(c -> total.with(columnsBy.name(), c)).toList());
            List<StatisticsTable.Column> columns = columnCategories.stream()
                    .map(c -> new StatisticsTable.Column(c, labels.value(columnsBy.name(), c))).toList();
            drafts.add(new DraftTable(indicator, List.of(rowsBy.name()), List.of(Labels.of(rowsBy.name())),
                    columnsBy.name(), columns, Map.of(UNIT, "CASES", MEASURE, groups.measure.name()), rows,
                    totalsRow(1, totals, ref(total, groups.total(rowsBy))),
                    indicator == Indicator.OPENED_BY_SEX_AND_AGE_GROUP
                            ? note("Edad en la fecha del hecho.", "Age on the incident date.") : null));
        }

        void missingTable() {
            String missing = profile.caseType(MISSING_TYPE).map(CaseTypeDefinition::code).orElse(null);
            if (missing == null || (scope.caseType() != null && !scope.caseType().equals(missing))) {
                return;
            }
            Map<String, Long> byAge = new HashMap<>();
            for (CountRow row : statistics.countCases(CaseCount.OPEN_AT_END, scope.ofType(missing), List.of(CASE_AGE))) {
                byAge.merge(row.key().get(0), row.count(), Long::sum);
            }
            List<String> categories = new ArrayList<>(CASE_AGE_BANDS);
            new TreeSet<>(byAge.keySet()).stream().filter(k -> !categories.contains(k)).forEach(categories::add);
            CellKey total = cases(CaseCount.OPEN_AT_END).with(CASE_TYPE.name(), missing);
            List<DraftRow> rows = new ArrayList<>();
            for (String c : categories) {
                rows.add(new DraftRow(List.of(c), List.of(labels.value(CASE_AGE.name(), c)),
                        List.of(ref(total.with(CASE_AGE.name(), c), byAge.getOrDefault(c, 0L))), null));
            }
            line(total, categories.stream().map(c -> total.with(CASE_AGE.name(), c)).toList());
            DraftCell totalCell = ref(total, byAge.values().stream().mapToLong(Long::longValue).sum());
            drafts.add(new DraftTable(Indicator.MISSING_OPEN_BY_CASE_AGE, List.of(CASE_AGE.name()),
                    List.of(Labels.of(CASE_AGE.name())), MEASURE,
                    List.of(new StatisticsTable.Column(CaseCount.OPEN_AT_END.name(), Labels.of("OPEN_AT_END"))),
                    Map.of(UNIT, "CASES", CASE_TYPE.name(), missing), rows,
                    totalsRow(1, List.of(totalCell), null),
                    note("Antigüedad del caso al final del periodo, desde su registro.",
                            "Age of the case at the end of the period, since its registration.")));
        }

        // ---- referrals, durations, follow-ups ----------------------------------------------------------------

        void referralTable(Instant now) {
            Map<String, long[]> byInstitution = new LinkedHashMap<>();
            for (ReferralRow row : statistics.countReferrals(scope, now)) {
                int outcome = switch (row.status()) {
                    case SENT, ACKNOWLEDGED -> 0;
                    case ACCEPTED -> 2;
                    case DECLINED -> 3;
                    case COMPLETED -> 4;
                    // Never sent: not a referral of the period (the port counts only sent ones).
                    case SUGGESTED, DISMISSED -> -1;
                };
                if (outcome < 0) {
                    continue;
                }
                long[] counts = byInstitution.computeIfAbsent(row.institution(), k -> new long[OUTCOMES.size()]);
                if (outcome == 0) {
                    counts[0] += row.count() - row.overdue();
                    counts[1] += row.overdue();
                } else {
                    counts[outcome] += row.count();
                }
            }
            List<String> institutions = new ArrayList<>();
            profile.institutions().stream().map(Institution::code).filter(byInstitution::containsKey)
                    .forEach(institutions::add);
            new TreeSet<>(byInstitution.keySet()).stream().filter(i -> !institutions.contains(i))
                    .forEach(institutions::add);
            CellKey total = CellKey.of(UNIT, "REFERRALS");
            long grand = 0;
            long[] byOutcome = new long[OUTCOMES.size()];
            List<DraftRow> rows = new ArrayList<>();
            for (String institution : institutions) {
                CellKey rowKey = total.with("INSTITUTION", institution);
                long[] counts = byInstitution.get(institution);
                List<DraftCell> cells = new ArrayList<>();
                for (int o = 0; o < OUTCOMES.size(); o++) {
                    cells.add(ref(rowKey.with("OUTCOME", OUTCOMES.get(o)), counts[o]));
                    byOutcome[o] += counts[o];
                }
                long rowTotal = Arrays.stream(counts).sum();
                grand += rowTotal;
                line(rowKey, OUTCOMES.stream().map(o -> rowKey.with("OUTCOME", o)).toList());
                rows.add(new DraftRow(List.of(institution), List.of(labels.value("INSTITUTION", institution)), cells,
                        ref(rowKey, rowTotal)));
            }
            List<DraftCell> totals = new ArrayList<>();
            for (int o = 0; o < OUTCOMES.size(); o++) {
                CellKey columnKey = total.with("OUTCOME", OUTCOMES.get(o));
                totals.add(ref(columnKey, byOutcome[o]));
                line(columnKey, institutions.stream().map(i -> columnKey.with("INSTITUTION", i)).toList());
            }
            line(total, institutions.stream().map(i -> total.with("INSTITUTION", i)).toList());
            line(total, OUTCOMES.stream().map(o -> total.with("OUTCOME", o)).toList());
            List<StatisticsTable.Column> columns = OUTCOMES.stream()
                    .map(o -> new StatisticsTable.Column(o, Labels.of(o))).toList();
            drafts.add(new DraftTable(Indicator.REFERRALS_BY_INSTITUTION, List.of("INSTITUTION"),
                    List.of(Labels.of("INSTITUTION")), "OUTCOME", columns, Map.of(UNIT, "REFERRALS"), rows,
                    totalsRow(1, totals, ref(total, grand)),
                    note("Remisiones enviadas en el periodo, según su estado en la fecha del informe; vencidas: sin "
                                    + "respuesta de la institución después del plazo.",
                            "Referrals sent in the period, by their status on the report date; overdue: unanswered "
                                    + "by the institution past the due date.")));
        }

        void durationTable() {
            List<DraftRow> rows = new ArrayList<>();
            for (DurationMeasure measure : DurationMeasure.values()) {
                DurationSummary summary = statistics.durations(measure, scope);
                CellKey cases = CellKey.of(UNIT, "DURATIONS", MEASURE, measure.name());
                rows.add(new DraftRow(List.of(measure.name()), List.of(Labels.of(measure.name())),
                        List.of(ref(cases, summary.cases()),
                                new Derived(summary.cases() == 0 ? Double.NaN : summary.medianHours(), 1, List.of(cases)),
                                new Derived(summary.cases() == 0 ? Double.NaN : summary.p90Hours(), 1, List.of(cases))),
                        null));
            }
            List<StatisticsTable.Column> columns = List.of(
                    new StatisticsTable.Column("MEASURED_CASES", Labels.of("MEASURED_CASES")),
                    new StatisticsTable.Column("MEDIAN_HOURS", Labels.of("MEDIAN_HOURS")),
                    new StatisticsTable.Column("P90_HOURS", Labels.of("P90_HOURS")));
            drafts.add(new DraftTable(Indicator.CASE_DURATIONS, List.of("STATISTIC"), List.of(Labels.of("STATISTIC")),
                    "VALUE", columns, Map.of(UNIT, "DURATIONS"), rows, null,
                    note("Horas desde el registro: a la primera acción, para los casos abiertos en el periodo; al "
                                    + "primer cierre, para los casos cerrados en el periodo. Mediana y percentil 90 "
                                    + "interpolados (PERCENTILE_CONT).",
                            "Hours since registration: to the first action, for cases opened in the period; to the "
                                    + "first closure, for cases closed in the period. Median and 90th percentile "
                                    + "interpolated (PERCENTILE_CONT).")));
        }

        void followUpTable(Instant now) {
            FollowUpCounts counts = statistics.followUps(scope, now);
            CellKey total = CellKey.of(UNIT, "FOLLOW_UPS");
            CellKey onTime = total.with("STATUS", "ON_TIME");
            CellKey late = total.with("STATUS", "LATE");
            line(total, List.of(onTime, late));
            double due = counts.due();
            List<DraftRow> rows = List.of(
                    new DraftRow(List.of("ON_TIME"), List.of(Labels.of("ON_TIME")), List.of(
                            ref(onTime, counts.due() - counts.overdue()),
                            new Derived(due == 0 ? Double.NaN : 100 * (due - counts.overdue()) / due, 1,
                                    List.of(onTime, total))), null),
                    new DraftRow(List.of("LATE"), List.of(Labels.of("LATE")), List.of(
                            ref(late, counts.overdue()),
                            new Derived(due == 0 ? Double.NaN : 100 * counts.overdue() / due, 1, List.of(late, total))),
                            null));
            List<StatisticsTable.Column> columns = List.of(new StatisticsTable.Column("COUNT", Labels.of("COUNT")),
                    new StatisticsTable.Column("SHARE", LocalizedText.of("Proporción (%)", "Share (%)")));
            drafts.add(new DraftTable(Indicator.FOLLOW_UPS, List.of("FOLLOW_UP"), List.of(Labels.of("FOLLOW_UP")),
                    "VALUE", columns, Map.of(UNIT, "FOLLOW_UPS"), rows,
                    totalsRow(1, List.of(ref(total, counts.due()),
                            new Derived(due == 0 ? Double.NaN : 100, 1, List.of(total))), null),
                    note("Seguimientos con vencimiento en el periodo; vencidos: hechos después de su fecha, o sin "
                                    + "hacer y con la fecha pasada en la fecha del informe.",
                            "Follow-ups due in the period; overdue: done after their due date, or not done and past "
                                    + "it on the report date.")));
        }

        // ---- helpers ----------------------------------------------------------------------------------------

        private Ref ref(CellKey key, long value) {
            Long known = values.putIfAbsent(key, value);
            if (known != null && known != value) {
                throw new IllegalStateException("the statistics port gave two values for " + key + ": " + known
                        + " and " + value + " (its aggregates do not add up)");
            }
            return new Ref(key);
        }

        private void line(CellKey total, List<CellKey> members) {
            lines.add(new Line(total, members));
        }

        private CellKey cases(CaseCount measure) {
            return CellKey.of(UNIT, "CASES", MEASURE, measure.name());
        }

        private List<StatisticsTable.Column> measureColumns() {
            return Arrays.stream(CaseCount.values())
                    .map(m -> new StatisticsTable.Column(m.name(), Labels.of(m.name()))).toList();
        }

        private DraftRow totalsRow(int keys, List<DraftCell> cells, @Nullable DraftCell grand) {
            List<String> key = new ArrayList<>();
            List<LocalizedText> label = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                key.add(StatisticsTable.TOTAL);
                label.add(Labels.TOTAL);
            }
            return new DraftRow(key, label, cells, grand);
        }

        /** The values a dimension shows: the known ones in their natural order, then any other observed. */
        private List<String> categories(Dimension d, Collection<String> observed) {
            List<String> known = new ArrayList<>();
            switch (d) {
                case OFFICE -> {
                    if (scope.office() != null) {
                        known.add(scope.office().value());
                    } else {
                        profile.offices().stream().map(Office::code).forEach(o -> known.add(o.value()));
                    }
                }
                case CASE_TYPE -> {
                    if (scope.caseType() != null) {
                        known.add(scope.caseType());
                    } else {
                        profile.caseTypes().stream().map(CaseTypeDefinition::code).forEach(known::add);
                    }
                }
                case SEX -> Arrays.stream(Sex.values()).forEach(s -> known.add(s.name()));
                case AGE_GROUP -> {
                    scope.ageBands().forEach(lower -> known.add(scope.ageGroup(lower)));
                    known.add(CaseStatistics.UNKNOWN);
                }
                case ORIGIN_DEPARTMENT -> {
                    profile.territory().departments().stream().map(Territory.Department::code).forEach(known::add);
                    known.add(CaseStatistics.UNKNOWN);
                }
                case PRIORITY -> {
                    Priority[] all = Priority.values();
                    for (int i = all.length - 1; i >= 0; i--) {
                        known.add(all[i].name());
                    }
                }
                default -> {
                    // Open-ended (country of incident): only what was observed.
                }
            }
            List<String> result = new ArrayList<>(known);
            observed.stream().filter(o -> !known.contains(o) && !o.equals(CaseStatistics.UNKNOWN)).sorted()
                    .forEach(result::add);
            if (observed.contains(CaseStatistics.UNKNOWN) && !result.contains(CaseStatistics.UNKNOWN)) {
                result.add(CaseStatistics.UNKNOWN);
            }
            return result;
        }

        private List<String> subtypeCategories(String type, Collection<String> observed) {
            List<String> result = new ArrayList<>();
            profile.caseType(type).ifPresent(t -> t.subtypes().stream().map(CaseSubtypeDefinition::code)
                    .forEach(result::add));
            observed.stream().filter(o -> !result.contains(o)).sorted().forEach(result::add);
            return result;
        }

        private LocalizedText note(String es, String en) {
            return LocalizedText.of(es, en);
        }
    }

    /** The rows of a measure's queries, rolled up to every grouping the tables need. */
    private static final class Groups {
        private final CaseCount measure;
        private final Map<List<Dimension>, Map<List<String>, Long>> sums = new HashMap<>();
        /** The number of cases as each query gave it, by the query's first dimension (to cross-check them). */
        private final Map<Dimension, Long> totals = new EnumMap<>(Dimension.class);

        Groups(CaseCount measure) {
            this.measure = measure;
        }

        /** Rows grouped by single-valued dimensions: every sub-grouping (in order) is their sum. */
        void add(List<CountRow> rows, List<Dimension> dimensions) {
            int n = dimensions.size();
            for (int mask = 1; mask < (1 << n); mask++) {
                List<Dimension> sub = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        sub.add(dimensions.get(i));
                    }
                }
                Map<List<String>, Long> target = new HashMap<>();
                for (CountRow row : rows) {
                    List<String> key = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if ((mask & (1 << i)) != 0) {
                            key.add(row.key().get(i));
                        }
                    }
                    target.merge(key, row.count(), Long::sum);
                }
                sums.put(sub, target);
            }
            totals.put(dimensions.get(0), rows.stream().mapToLong(CountRow::count).sum());
        }

        /** A multi-valued dimension: no total can be rolled up. */
        void addMultiValued(List<CountRow> rows, Dimension d) {
            Map<List<String>, Long> target = new HashMap<>();
            rows.forEach(r -> target.merge(r.key(), r.count(), Long::sum));
            sums.put(List.of(d), target);
        }

        long count(List<Dimension> dimensions, List<String> key) {
            Map<List<String>, Long> map = sums.get(dimensions);
            if (map == null) {
                throw new IllegalStateException("no query grouped by " + dimensions);
            }
            return map.getOrDefault(key, 0L);
        }

        /** The number of cases, as the query that grouped by {@code d} (alone or with others) gave it. */
        long total(Dimension d) {
            Dimension first = switch (d) {
                case OFFICE, CASE_TYPE, CASE_SUBTYPE -> OFFICE;
                case SEX, AGE_GROUP -> SEX;
                default -> d;
            };
            Long total = totals.get(first);
            if (total == null) {
                throw new IllegalStateException("no total for " + d);
            }
            return total;
        }

        Set<String> observed(Dimension d) {
            Map<List<String>, Long> map = sums.get(List.of(d));
            Set<String> result = new TreeSet<>();
            if (map != null) {
                map.keySet().forEach(k -> result.add(k.get(0)));
            }
            return result;
        }

        Set<String> observedSubtypes(String type) {
            Map<List<String>, Long> map = sums.get(List.of(CASE_TYPE, CASE_SUBTYPE));
            Set<String> result = new TreeSet<>();
            if (map != null) {
                map.keySet().stream().filter(k -> k.get(0).equals(type)).forEach(k -> result.add(k.get(1)));
            }
            return result;
        }
    }
}
