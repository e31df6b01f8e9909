package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.domain.casefile.ReferralStatus;

/**
 * Adapter of the {@link CaseStatistics} port: the figures are SQL statements that group and count in the database
 * ({@code GROUP BY}, {@code COUNT(*) FILTER}, {@code PERCENTILE_CONT}); only the aggregated rows come back. Case
 * counts take one pass per statement for all the measures asked; on PostgreSQL the groupings share one statement
 * ({@code GROUPING SETS}), on H2 each grouping is a statement. It reads committed data on a connection of its own,
 * outside the caller's transaction, like a report should.
 *
 * <p>The semantics follow the port's Javadoc and {@code InMemoryCaseStatistics} exactly; the notable translations:
 * <ul>
 * <li>the status at the end of the period is the current status when the last status change happened before the end
 *     (the usual case, no look-up); otherwise the {@code to_status} of the last history row before the end, or
 *     REGISTERED when there is none;</li>
 * <li>durations are whole seconds (truncated, as {@code Duration.toSeconds()}) divided by 3600 in double precision;</li>
 * <li>the case-age band compares {@code registered_at} with the end of the period minus 30, 90 and 365 days, which
 *     is what {@code Duration.toDays()} of the age gives;</li>
 * <li>rows are sorted in Java by the keys' natural {@code String} order, so the database collation plays no part.</li>
 * </ul>
 */
final class JpaCaseStatistics implements CaseStatistics {

    private static final String SECONDS_BETWEEN =
            "CAST(FLOOR(EXTRACT(EPOCH FROM %s) - EXTRACT(EPOCH FROM %s)) AS DOUBLE PRECISION) / 3600";

    /** PostgreSQL's work memory for a statistics statement (per sort or hash of it). */
    static final String WORK_MEMORY = "64MB";

    private final DataSource dataSource;
    private final Database database;

    JpaCaseStatistics(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /**
     * All measures in one pass per statement ({@code COUNT(*) FILTER (WHERE ...)} per measure over the cases any
     * measure counts). On PostgreSQL the groupings without {@link Dimension#VULNERABILITY} share one statement with
     * {@code GROUPING SETS}; H2 has no grouping sets, so there each grouping is a statement. A grouping by
     * vulnerability joins the flags (a case counts under each) and is a statement of its own.
     */
    @Override
    public List<GroupedCounts> countCases(Set<CaseCount> measures, Scope scope, List<List<Dimension>> groupings) {
        List<List<Dimension>> distinct = CaseStatistics.distinctGroupings(measures, groupings);
        List<CaseCount> asked = List.copyOf(EnumSet.copyOf(measures));
        Map<List<Dimension>, List<MeasuredRow>> answers = new HashMap<>();
        List<List<Dimension>> shared = new ArrayList<>();
        for (List<Dimension> g : distinct) {
            // Grouping sets tell their groupings apart by the set of dimensions: the same set in another order
            // (or a dimension twice) goes to a statement of its own.
            boolean sameSet = shared.stream().anyMatch(other -> Set.copyOf(other).equals(Set.copyOf(g)))
                    || Set.copyOf(g).size() < g.size();
            if (g.contains(Dimension.VULNERABILITY) || database != Database.POSTGRESQL || sameSet) {
                answers.put(g, countCases(asked, scope, List.of(g)).get(g));
            } else {
                shared.add(g);
            }
        }
        if (!shared.isEmpty()) {
            answers.putAll(countCases(asked, scope, shared));
        }
        return distinct.stream().map(g -> new GroupedCounts(g, answers.get(g).stream()
                .sorted(Comparator.comparing(MeasuredRow::key, JpaCaseStatistics::compareKeys)).toList())).toList();
    }

    /**
     * One statement for {@code groupings} (several only on PostgreSQL and without vulnerability, as grouping sets).
     * The inner select gives each case (or case and flag) its keys {@code k0, k1, ...} and whether each measure
     * counts it ({@code m0, m1, ...}); PostgreSQL flattens it into the scan. The outer select groups; its columns:
     * with grouping sets the grouping id ({@code GROUPING(...)}, a bit per key, 1 when the set does not group by
     * it), then the keys, then one count per measure.
     */
    private Map<List<Dimension>, List<MeasuredRow>> countCases(List<CaseCount> measures, Scope scope,
                                                               List<List<Dimension>> groupings) {
        boolean sets = groupings.size() > 1;
        List<Dimension> columns = new ArrayList<>();
        groupings.forEach(g -> g.stream().filter(d -> !columns.contains(d) || !sets).forEach(columns::add));
        Sql inner = new Sql("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            dimension(inner, columns.get(i), scope, i);
            inner.append(" AS k" + i + ", ");
        }
        for (int i = 0; i < measures.size(); i++) {
            inner.append(i == 0 ? "(" : ", (");
            measure(inner, measures.get(i), scope);
            inner.append(") AS m" + i);
        }
        inner.append(" FROM protection_case c");
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == Dimension.VULNERABILITY) {
                // One join per occurrence: a case counts once under each of its flags (or NONE).
                inner.append(" LEFT JOIN case_vulnerability v" + i + " ON v" + i + ".case_id = c.id");
            }
        }
        inner.append(" WHERE ");
        if (measures.size() == 1) {
            measure(inner, measures.get(0), scope);
        } else {
            // The cases any measure counts: all but CLOSED need a registration before the end of the period.
            boolean registered = measures.stream().anyMatch(m -> m != CaseCount.CLOSED);
            inner.append("(");
            if (registered) {
                inner.append("c.registered_at < ?", at(scope.to()));
            }
            if (measures.contains(CaseCount.CLOSED)) {
                inner.append(registered ? " OR " : "");
                measure(inner, CaseCount.CLOSED, scope);
            }
            inner.append(")");
        }
        scope(inner, scope);

        List<String> keys = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            keys.add("t.k" + i);
        }
        Sql sql = new Sql("SELECT ");
        if (sets) {
            sql.append("GROUPING(" + String.join(", ", keys) + "), ");
        }
        keys.forEach(k -> sql.append(k + ", "));
        for (int i = 0; i < measures.size(); i++) {
            sql.append((i == 0 ? "" : ", ") + "COUNT(*) FILTER (WHERE t.m" + i + ")");
        }
        sql.append(" FROM (").append(inner).append(") t");
        if (sets) {
            List<String> groupingSets = new ArrayList<>();
            for (List<Dimension> g : groupings) {
                groupingSets.add("(" + String.join(", ", g.stream().map(d -> keys.get(columns.indexOf(d))).toList()) + ")");
            }
            sql.append(" GROUP BY GROUPING SETS (" + String.join(", ", groupingSets) + ")");
        } else if (!keys.isEmpty()) {
            sql.append(" GROUP BY " + String.join(", ", keys));
        }
        Map<Integer, List<Dimension>> byGroupingId = new HashMap<>();
        for (List<Dimension> g : groupings) {
            int id = 0;
            for (Dimension d : columns) {
                id = id << 1 | (g.contains(d) ? 0 : 1);
            }
            byGroupingId.put(id, g);
        }
        Map<List<Dimension>, List<MeasuredRow>> answers = new HashMap<>();
        groupings.forEach(g -> answers.put(g, new ArrayList<>()));
        int first = sets ? 2 : 1;
        query(sql, rs -> {
            List<Dimension> grouping = sets ? byGroupingId.get(rs.getInt(1)) : groupings.get(0);
            List<String> key = new ArrayList<>();
            for (int i = 0; i < grouping.size(); i++) {
                // Without sets the columns are the grouping's own (a dimension may repeat); with sets, shared.
                key.add(rs.getString(first + (sets ? columns.indexOf(grouping.get(i)) : i)));
            }
            Map<CaseCount, Long> counts = new EnumMap<>(CaseCount.class);
            long any = 0;
            for (int i = 0; i < measures.size(); i++) {
                long n = rs.getLong(first + columns.size() + i);
                counts.put(measures.get(i), n);
                any += n;
            }
            if (any > 0) {
                answers.get(grouping).add(new MeasuredRow(key, counts));
            }
            return key;
        });
        return answers;
    }

    /** Whether case {@code c} counts under {@code measure}. */
    private static void measure(Sql sql, CaseCount measure, Scope scope) {
        switch (measure) {
            case OPENED -> sql.append("c.registered_at >= ? AND c.registered_at < ?", at(scope.from()), at(scope.to()));
            // A non-correlated IN: both databases evaluate the closures of the period once and probe them by hash.
            case CLOSED -> sql.append("c.id IN (SELECT h.case_id FROM case_status_change h"
                    + " WHERE h.to_status = 'CLOSED' AND h.changed_at >= ? AND h.changed_at < ?)",
                    at(scope.from()), at(scope.to()));
            case OPEN_AT_END -> {
                sql.append("c.registered_at < ? AND ", at(scope.to()));
                statusAtEnd(sql, scope);
                sql.append(" NOT IN ('CLOSED', 'ARCHIVED')");
            }
        }
    }

    /**
     * Referrals whose first SENT step (by position in the referral's history: no SENT step before it) falls in the
     * period. The cases are joined only when the scope narrows them.
     */
    @Override
    public List<ReferralRow> countReferrals(Scope scope, Instant now) {
        Sql sql = new Sql("SELECT r.institution, r.status, COUNT(*), COUNT(*) FILTER (WHERE r.status IN"
                + " ('SENT', 'ACKNOWLEDGED') AND r.response_due_at < ?)", at(now))
                .append(" FROM referral_step s JOIN case_referral r ON r.id = s.referral_id");
        joinCaseWhenScoped(sql, scope, "r.case_id");
        sql.append(" WHERE s.status = 'SENT' AND s.step_at >= ? AND s.step_at < ?", at(scope.from()), at(scope.to()))
                .append(" AND NOT EXISTS (SELECT 1 FROM referral_step e WHERE e.referral_id = s.referral_id"
                        + " AND e.status = 'SENT' AND e.pos < s.pos)");
        scope(sql, scope);
        sql.append(" GROUP BY r.institution, r.status");
        List<ReferralRow> rows = query(sql, rs -> new ReferralRow(rs.getString(1), ReferralStatus.valueOf(rs.getString(2)),
                rs.getLong(3), rs.getLong(4)));
        return rows.stream().sorted(Comparator.comparing(
                (ReferralRow r) -> List.of(r.institution(), r.status().name()), JpaCaseStatistics::compareKeys)).toList();
    }

    @Override
    public DurationSummary durations(DurationMeasure measure, Scope scope) {
        Sql inner;
        if (measure == DurationMeasure.TIME_TO_FIRST_ACTION) {
            inner = new Sql("SELECT " + SECONDS_BETWEEN.formatted("MIN(a.recorded_at)", "c.registered_at") + " AS hours"
                    + " FROM protection_case c JOIN case_action a ON a.case_id = c.id"
                    + " WHERE c.registered_at >= ? AND c.registered_at < ?", at(scope.from()), at(scope.to()));
            scope(inner, scope);
            inner.append(" GROUP BY c.id, c.registered_at");
        } else {
            // The first closure: a CLOSED row of the period with no CLOSED row before it in the case's history.
            inner = new Sql("SELECT " + SECONDS_BETWEEN.formatted("h.changed_at", "c.registered_at") + " AS hours"
                    + " FROM case_status_change h JOIN protection_case c ON c.id = h.case_id"
                    + " WHERE h.to_status = 'CLOSED' AND h.changed_at >= ? AND h.changed_at < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM case_status_change e WHERE e.case_id = h.case_id"
                    + " AND e.to_status = 'CLOSED' AND e.pos < h.pos)", at(scope.from()), at(scope.to()));
            scope(inner, scope);
        }
        Sql sql = new Sql("SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.hours),"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY t.hours) FROM (").append(inner).append(") t");
        return query(sql, rs -> {
            long cases = rs.getLong(1);
            double median = rs.getDouble(2);
            double p90 = rs.getDouble(3);
            return cases == 0 ? new DurationSummary(0, Double.NaN, Double.NaN) : new DurationSummary(cases, median, p90);
        }).get(0);
    }

    @Override
    public FollowUpCounts followUps(Scope scope, Instant now) {
        Sql sql = new Sql("SELECT COUNT(*), COUNT(*) FILTER (WHERE (f.completed_at IS NULL AND f.due_at < ?)"
                + " OR f.completed_at > f.due_at)", at(now)).append(" FROM case_follow_up f");
        joinCaseWhenScoped(sql, scope, "f.case_id");
        sql.append(" WHERE f.due_at >= ? AND f.due_at < ?", at(scope.from()), at(scope.to()));
        scope(sql, scope);
        return query(sql, rs -> new FollowUpCounts(rs.getLong(1), rs.getLong(2))).get(0);
    }

    /** Joins the case as {@code c} when the scope filters by office or case type (reading it costs a pass). */
    private static void joinCaseWhenScoped(Sql sql, Scope scope, String caseId) {
        if (scope.office() != null || scope.caseType() != null) {
            sql.append(" JOIN protection_case c ON c.id = " + caseId);
        }
    }

    /** The value of one dimension for the case {@code c} (the {@code index}-th dimension asked for). */
    private static void dimension(Sql sql, Dimension d, Scope scope, int index) {
        switch (d) {
            case OFFICE -> sql.append("c.office");
            case INCIDENT_COUNTRY -> sql.append("c.incident_country");
            case CASE_TYPE -> sql.append("c.case_type");
            case CASE_SUBTYPE -> sql.append("c.case_subtype");
            case SEX -> sql.append("c.main_sex");
            case AGE_GROUP -> ageGroup(sql, scope.ageBands());
            case ORIGIN_DEPARTMENT -> sql.append("COALESCE(c.main_origin_department, '" + UNKNOWN + "')");
            case PRIORITY -> sql.append("c.priority");
            case STATUS -> statusAtEnd(sql, scope);
            case VULNERABILITY -> sql.append("COALESCE(v" + index + ".flag, 'NONE')");
            case CASE_AGE -> {
                Instant end = scope.to();
                sql.append("CASE WHEN c.registered_at > ? THEN '" + CaseStatistics.caseAgeBand(Duration.ofDays(0))
                        + "' WHEN c.registered_at > ? THEN '" + CaseStatistics.caseAgeBand(Duration.ofDays(30))
                        + "' WHEN c.registered_at > ? THEN '" + CaseStatistics.caseAgeBand(Duration.ofDays(90))
                        + "' ELSE '" + CaseStatistics.caseAgeBand(Duration.ofDays(365)) + "' END",
                        at(end.minus(Duration.ofDays(30))), at(end.minus(Duration.ofDays(90))),
                        at(end.minus(Duration.ofDays(365))));
            }
        }
    }

    /** The profile's age bands as a CASE expression with the same labels as {@link Scope#ageGroup}. */
    private static void ageGroup(Sql sql, List<Integer> bands) {
        StringBuilder expr = new StringBuilder("CASE WHEN c.main_age_at_incident IS NULL THEN '" + UNKNOWN + "'");
        for (int i = bands.size() - 1; i >= 0; i--) {
            int lower = bands.get(i);
            // The bands are validated integers; the label comes from the port, so both stores name bands alike.
            expr.append(" WHEN c.main_age_at_incident >= ").append(lower).append(" THEN '")
                    .append(label(bands, i)).append('\'');
        }
        sql.append(expr.append(" ELSE '" + UNKNOWN + "' END").toString());
    }

    private static String label(List<Integer> bands, int i) {
        return i == bands.size() - 1 ? bands.get(i) + "+" : bands.get(i) + "-" + (bands.get(i + 1) - 1);
    }

    /**
     * The status of case {@code c} just before the end of the period. The denormalised {@code status_changed_at} is
     * the time of the last history row, so when it lies before the end the current status is the answer.
     */
    private static void statusAtEnd(Sql sql, Scope scope) {
        sql.append("(CASE WHEN c.status_changed_at < ? THEN c.status ELSE COALESCE((SELECT h.to_status"
                + " FROM case_status_change h WHERE h.case_id = c.id AND h.changed_at < ?"
                + " ORDER BY h.pos DESC FETCH FIRST 1 ROW ONLY), 'REGISTERED') END)", at(scope.to()), at(scope.to()));
    }

    private static void scope(Sql sql, Scope scope) {
        if (scope.office() != null) {
            sql.append(" AND c.office = ?", scope.office().value());
        }
        if (scope.caseType() != null) {
            sql.append(" AND c.case_type = ?", scope.caseType());
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Runs one statement on a connection of its own. On PostgreSQL it runs in a transaction of its own with
     * {@link #WORK_MEMORY}: with the default 4 MB the grouping sets of a million cases sort on disk and the hash of
     * the period's closures spills (see docs/benchmarks.md, Statistics); {@code SET LOCAL} ends with the transaction.
     */
    private <T> List<T> query(Sql sql, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            boolean postgres = database == Database.POSTGRESQL;
            try {
                if (postgres) {
                    connection.setAutoCommit(false);
                    try (Statement set = connection.createStatement()) {
                        set.execute("SET LOCAL work_mem = '" + WORK_MEMORY + "'");
                    }
                }
                List<T> rows = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(sql.text.toString())) {
                    for (int i = 0; i < sql.parameters.size(); i++) {
                        statement.setObject(i + 1, sql.parameters.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows.add(reader.read(rs));
                        }
                    }
                }
                if (postgres) {
                    connection.commit();
                }
                return rows;
            } finally {
                if (postgres) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Statistics query failed: " + sql.text, e);
        }
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

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** SQL text with its positional parameters, appended in the order they appear. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Sql(String start, Object... values) {
            append(start, values);
        }

        Sql append(String part, Object... values) {
            text.append(part);
            parameters.addAll(List.of(values));
            return this;
        }

        Sql append(Sql other) {
            text.append(other.text);
            parameters.addAll(other.parameters);
            return this;
        }
    }
}
