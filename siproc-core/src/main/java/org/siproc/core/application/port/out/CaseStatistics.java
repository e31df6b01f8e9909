package org.siproc.core.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Outgoing port: aggregates over the stored cases for statistics. Implementations aggregate where the data lives
 * (GROUP BY in the database), never by loading cases into memory; an in-memory implementation serves tests. All
 * implementations give the same numbers for the same data (one contract test).
 *
 * <p>Person characteristics are the ones recorded at intake ({@link org.siproc.core.domain.casefile.CaseDemographics}),
 * so a report on a past period does not change when a person record is corrected later.
 *
 * <p>Case counts are asked in one call for several measures and several groupings
 * ({@link #countCases(Set, Scope, List)}), so that an adapter can answer a whole indicator set in as few passes over
 * the cases as its database allows (PostgreSQL: one statement with {@code GROUPING SETS} and
 * {@code COUNT(*) FILTER (WHERE ...)}).
 */
public interface CaseStatistics {

    /** What is counted about a case. */
    enum CaseCount {
        /** Registered in the period. */
        OPENED,
        /** Moved to CLOSED in the period. */
        CLOSED,
        /** Registered before the end of the period and not closed or archived at its end. */
        OPEN_AT_END
    }

    /**
     * What cases are grouped by. {@link #VULNERABILITY} is multi-valued: a case counts once under each of its flags
     * (and under "NONE" when it has none), so its column does not add up to the number of cases.
     * {@link #CASE_AGE} is the age of the case at the end of the period, in bands {@code <30d}, {@code 30-89d},
     * {@code 90-364d}, {@code >=365d}.
     */
    enum Dimension {
        OFFICE, INCIDENT_COUNTRY, CASE_TYPE, CASE_SUBTYPE, SEX, AGE_GROUP, ORIGIN_DEPARTMENT, PRIORITY, STATUS,
        VULNERABILITY, CASE_AGE
    }

    /** Durations measured per case, in hours. */
    enum DurationMeasure {
        /** From registration to the first action recorded, for cases opened in the period. */
        TIME_TO_FIRST_ACTION,
        /** From registration to the first closure, for cases closed in the period. */
        TIME_TO_CLOSE
    }

    /**
     * The cases considered: a period [from, to), optionally one office and one case type, and the age bands
     * (lower bounds in years, ascending, starting at 0) used by {@link Dimension#AGE_GROUP}. The case type is the
     * profile's code as stored on the cases and is compared exactly (callers look the code up in the profile).
     */
    record Scope(Instant from, Instant to, @Nullable OfficeCode office, @Nullable String caseType, List<Integer> ageBands) {
        public Scope {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("the period must start before it ends");
            }
            ageBands = List.copyOf(ageBands);
            if (ageBands.isEmpty() || ageBands.get(0) != 0) {
                throw new IllegalArgumentException("age bands start at 0");
            }
            for (int i = 1; i < ageBands.size(); i++) {
                if (ageBands.get(i) <= ageBands.get(i - 1)) {
                    throw new IllegalArgumentException("age bands must be ascending");
                }
            }
        }

        /** The label of the band an age falls in ("0-11", "12-17", "60+"), or "UNKNOWN". */
        public String ageGroup(@Nullable Integer age) {
            if (age == null) {
                return UNKNOWN;
            }
            for (int i = ageBands.size() - 1; i >= 0; i--) {
                if (age >= ageBands.get(i)) {
                    return i == ageBands.size() - 1 ? ageBands.get(i) + "+" : ageBands.get(i) + "-" + (ageBands.get(i + 1) - 1);
                }
            }
            return UNKNOWN;
        }

        public Scope inOffice(@Nullable OfficeCode value) {
            return new Scope(from, to, value, caseType, ageBands);
        }

        public Scope ofType(@Nullable String value) {
            return new Scope(from, to, office, value, ageBands);
        }
    }

    /** The value used for an unknown or missing dimension value. */
    String UNKNOWN = "UNKNOWN";

    /** The label of a case-age band (see {@link Dimension#CASE_AGE}). */
    static String caseAgeBand(Duration age) {
        long days = age.toDays();
        return days < 30 ? "<30d" : days < 90 ? "30-89d" : days < 365 ? "90-364d" : ">=365d";
    }

    /** One group and its count; {@code key} holds one value per requested dimension, in order. */
    record CountRow(List<String> key, long count) {
        public CountRow {
            key = List.copyOf(key);
        }
    }

    /** Referrals sent in the period to one institution, now in one status, and how many of them are overdue. */
    record ReferralRow(String institution, ReferralStatus status, long count, long overdue) {
    }

    /** Median and 90th percentile of a duration in hours, over {@code cases} cases; NaN when there are none. */
    record DurationSummary(long cases, double medianHours, double p90Hours) {
    }

    /** Follow-ups due in the period, and how many of them were done late or are still open past their date. */
    record FollowUpCounts(long due, long overdue) {
        public double overdueShare() {
            return due == 0 ? 0 : (double) overdue / due;
        }
    }

    /**
     * One group of a grouping and its count under each measure asked; {@code key} holds one value per dimension of
     * the grouping, in order.
     */
    record MeasuredRow(List<String> key, Map<CaseCount, Long> counts) {
        public MeasuredRow {
            key = List.copyOf(key);
            counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        }

        /** The count under {@code measure}; 0 when the measure was not asked or nothing counts. */
        public long count(CaseCount measure) {
            return counts.getOrDefault(measure, 0L);
        }
    }

    /** The groups of one grouping (its dimensions, in order), sorted by key; a group none of the measures counts is left out. */
    record GroupedCounts(List<Dimension> dimensions, List<MeasuredRow> rows) {
        public GroupedCounts {
            dimensions = List.copyOf(dimensions);
            rows = List.copyOf(rows);
        }

        /** The rows of one measure, without the groups it does not count. */
        public List<CountRow> rows(CaseCount measure) {
            return rows.stream().filter(r -> r.count(measure) > 0).map(r -> new CountRow(r.key(), r.count(measure)))
                    .toList();
        }
    }

    /**
     * Counts cases under several measures, grouped in several ways, for one scope: the answer holds one
     * {@link GroupedCounts} per distinct grouping asked, in the order asked (a grouping asked twice is answered
     * once). A grouping without dimensions gives one row with an empty key (none when nothing counts).
     *
     * @param measures  what to count (at least one)
     * @param groupings each a list of dimensions, e.g. {@code [[OFFICE, CASE_TYPE], [SEX], []]}
     */
    List<GroupedCounts> countCases(Set<CaseCount> measures, Scope scope, List<List<Dimension>> groupings);

    /** One measure by one grouping: {@link #countCases(Set, Scope, List)} with one of each. */
    default List<CountRow> countCases(CaseCount measure, Scope scope, List<Dimension> dimensions) {
        return countCases(EnumSet.of(measure), scope, List.of(dimensions)).get(0).rows(measure);
    }

    /** The groupings asked, each once, in order; checks that at least one measure is asked. */
    static List<List<Dimension>> distinctGroupings(Set<CaseCount> measures, List<List<Dimension>> groupings) {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("at least one measure");
        }
        List<List<Dimension>> distinct = new ArrayList<>();
        for (List<Dimension> g : new LinkedHashSet<>(groupings)) {
            distinct.add(List.copyOf(g));
        }
        return distinct;
    }

    List<ReferralRow> countReferrals(Scope scope, Instant now);

    DurationSummary durations(DurationMeasure measure, Scope scope);

    FollowUpCounts followUps(Scope scope, Instant now);
}
