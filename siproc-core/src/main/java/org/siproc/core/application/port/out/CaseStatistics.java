package org.siproc.core.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
     * (lower bounds in years, ascending, starting at 0) used by {@link Dimension#AGE_GROUP}.
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

    List<CountRow> countCases(CaseCount measure, Scope scope, List<Dimension> dimensions);

    List<ReferralRow> countReferrals(Scope scope, Instant now);

    DurationSummary durations(DurationMeasure measure, Scope scope);

    FollowUpCounts followUps(Scope scope, Instant now);
}
