package org.siproc.core.adapter.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.domain.person.VulnerabilityFlag;

/**
 * Statistics computed over the in-memory cases, for tests and demos. It walks every case: the database adapters
 * aggregate in SQL instead, and the contract test checks that both give the same numbers.
 */
public final class InMemoryCaseStatistics implements CaseStatistics {
    private final InMemoryProtectionCases cases;

    public InMemoryCaseStatistics(InMemoryProtectionCases cases) {
        this.cases = cases;
    }

    /** One walk over the cases: each case is tested once per measure and filed under each grouping. */
    @Override
    public List<GroupedCounts> countCases(Set<CaseCount> measures, Scope scope, List<List<Dimension>> groupings) {
        List<List<Dimension>> distinct = CaseStatistics.distinctGroupings(measures, groupings);
        List<Map<List<String>, Map<CaseCount, Long>>> counts = new ArrayList<>();
        distinct.forEach(g -> counts.add(new TreeMap<>(InMemoryCaseStatistics::compareKeys)));
        inScope(scope).forEach(s -> {
            Set<CaseCount> counted = EnumSet.noneOf(CaseCount.class);
            measures.stream().filter(m -> counts(m, s, scope)).forEach(counted::add);
            if (counted.isEmpty()) {
                return;
            }
            for (int g = 0; g < distinct.size(); g++) {
                for (List<String> key : keys(s, scope, distinct.get(g))) {
                    Map<CaseCount, Long> row = counts.get(g).computeIfAbsent(key, k -> zeros(measures));
                    counted.forEach(m -> row.merge(m, 1L, Long::sum));
                }
            }
        });
        List<GroupedCounts> result = new ArrayList<>();
        for (int g = 0; g < distinct.size(); g++) {
            result.add(new GroupedCounts(distinct.get(g), counts.get(g).entrySet().stream()
                    .map(e -> new MeasuredRow(e.getKey(), e.getValue())).toList()));
        }
        return result;
    }

    private static Map<CaseCount, Long> zeros(Set<CaseCount> measures) {
        Map<CaseCount, Long> zeros = new EnumMap<>(CaseCount.class);
        measures.forEach(m -> zeros.put(m, 0L));
        return zeros;
    }

    @Override
    public List<ReferralRow> countReferrals(Scope scope, Instant now) {
        Map<List<String>, long[]> counts = new TreeMap<>(InMemoryCaseStatistics::compareKeys);
        inScope(scope).forEach(s -> {
            for (Referral r : s.referrals()) {
                Optional<Instant> sent = r.steps().stream().filter(st -> st.status() == ReferralStatus.SENT)
                        .map(Referral.Step::at).findFirst();
                if (sent.isPresent() && within(sent.get(), scope)) {
                    long[] c = counts.computeIfAbsent(List.of(r.institution(), r.status().name()), k -> new long[2]);
                    c[0]++;
                    if (r.overdue(now)) {
                        c[1]++;
                    }
                }
            }
        });
        return counts.entrySet().stream().map(e -> new ReferralRow(e.getKey().get(0),
                ReferralStatus.valueOf(e.getKey().get(1)), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public DurationSummary durations(DurationMeasure measure, Scope scope) {
        List<Double> hours = new ArrayList<>();
        inScope(scope).forEach(s -> {
            if (measure == DurationMeasure.TIME_TO_FIRST_ACTION) {
                if (within(s.registeredAt(), scope)) {
                    s.actions().stream().map(CaseAction::recordedAt).min(Comparator.naturalOrder())
                            .ifPresent(first -> hours.add(hoursBetween(s.registeredAt(), first)));
                }
            } else {
                firstClosure(s).filter(at -> within(at, scope))
                        .ifPresent(at -> hours.add(hoursBetween(s.registeredAt(), at)));
            }
        });
        hours.sort(Comparator.naturalOrder());
        return new DurationSummary(hours.size(), percentile(hours, 0.5), percentile(hours, 0.9));
    }

    @Override
    public FollowUpCounts followUps(Scope scope, Instant now) {
        long[] c = new long[2];
        inScope(scope).forEach(s -> {
            for (FollowUp f : s.followUps()) {
                if (within(f.dueAt(), scope)) {
                    c[0]++;
                    boolean late = f.completedAt() == null ? f.dueAt().isBefore(now) : f.completedAt().isAfter(f.dueAt());
                    if (late) {
                        c[1]++;
                    }
                }
            }
        });
        return new FollowUpCounts(c[0], c[1]);
    }

    /** PERCENTILE_CONT as SQL defines it: linear interpolation between the closest ranks. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    private Stream<ProtectionCase.Snapshot> inScope(Scope scope) {
        return cases.snapshots().stream()
                .filter(s -> scope.office() == null || s.office().equals(scope.office()))
                .filter(s -> scope.caseType() == null || s.classification().type().equals(scope.caseType()));
    }

    private static boolean counts(CaseCount measure, ProtectionCase.Snapshot s, Scope scope) {
        return switch (measure) {
            case OPENED -> within(s.registeredAt(), scope);
            case CLOSED -> s.history().stream().anyMatch(h -> h.to() == CaseStatus.CLOSED && within(h.at(), scope));
            case OPEN_AT_END -> s.registeredAt().isBefore(scope.to()) && statusAt(s, scope.to()).open();
        };
    }

    /** The status the case had just before {@code instant}. */
    static CaseStatus statusAt(ProtectionCase.Snapshot s, Instant instant) {
        CaseStatus status = CaseStatus.REGISTERED;
        for (StatusChange h : s.history()) {
            if (h.at().isBefore(instant)) {
                status = h.to();
            }
        }
        return status;
    }

    private static Optional<Instant> firstClosure(ProtectionCase.Snapshot s) {
        return s.history().stream().filter(h -> h.to() == CaseStatus.CLOSED).map(StatusChange::at).findFirst();
    }

    private static List<List<String>> keys(ProtectionCase.Snapshot s, Scope scope, List<Dimension> dimensions) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(new ArrayList<>());
        for (Dimension d : dimensions) {
            List<String> values = values(s, scope, d);
            List<List<String>> next = new ArrayList<>();
            for (List<String> k : keys) {
                for (String v : values) {
                    List<String> extended = new ArrayList<>(k);
                    extended.add(v);
                    next.add(extended);
                }
            }
            keys = next;
        }
        return keys;
    }

    private static List<String> values(ProtectionCase.Snapshot s, Scope scope, Dimension d) {
        return switch (d) {
            case OFFICE -> List.of(s.office().value());
            case INCIDENT_COUNTRY -> List.of(s.incident().country().value());
            case CASE_TYPE -> List.of(s.classification().type());
            case CASE_SUBTYPE -> List.of(s.classification().subtype());
            case SEX -> List.of(s.demographics().sex().name());
            case AGE_GROUP -> List.of(scope.ageGroup(s.demographics().ageAtIncident()));
            case ORIGIN_DEPARTMENT -> List.of(s.demographics().originDepartment() == null ? UNKNOWN
                    : s.demographics().originDepartment());
            case PRIORITY -> List.of(s.priority().priority().name());
            case STATUS -> List.of(statusAt(s, scope.to()).name());
            case VULNERABILITY -> s.demographics().flags().isEmpty() ? List.of("NONE")
                    : s.demographics().flags().stream().map(VulnerabilityFlag::name).sorted().toList();
            case CASE_AGE -> List.of(CaseStatistics.caseAgeBand(Duration.between(s.registeredAt(), scope.to())));
        };
    }

    private static boolean within(Instant at, Scope scope) {
        return !at.isBefore(scope.from()) && at.isBefore(scope.to());
    }

    private static double hoursBetween(Instant a, Instant b) {
        return Duration.between(a, b).toSeconds() / 3600.0;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
