package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.domain.casefile.ReferralStatus;

/**
 * Adapter of the {@link CaseStatistics} port: every figure is one SQL statement that groups and counts in the
 * database ({@code GROUP BY}, {@code COUNT}, {@code PERCENTILE_CONT}); only the aggregated rows come back. The SQL
 * is the same on H2 and PostgreSQL. It reads committed data on a connection of its own, outside the caller's
 * transaction, like a report should.
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

    private final DataSource dataSource;

    JpaCaseStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<CountRow> countCases(CaseCount measure, Scope scope, List<Dimension> dimensions) {
        Sql inner = new Sql("SELECT ");
        for (int i = 0; i < dimensions.size(); i++) {
            inner.append(i == 0 ? "" : ", ");
            dimension(inner, dimensions.get(i), scope, i);
            inner.append(" AS k" + i);
        }
        if (dimensions.isEmpty()) {
            inner.append("1 AS k");
        }
        inner.append(" FROM protection_case c");
        for (int i = 0; i < dimensions.size(); i++) {
            if (dimensions.get(i) == Dimension.VULNERABILITY) {
                // One join per occurrence: a case counts once under each of its flags (or NONE).
                inner.append(" LEFT JOIN case_vulnerability v" + i + " ON v" + i + ".case_id = c.id");
            }
        }
        inner.append(" WHERE ");
        switch (measure) {
            case OPENED -> inner.append("c.registered_at >= ? AND c.registered_at < ?", at(scope.from()), at(scope.to()));
            case CLOSED -> inner.append("EXISTS (SELECT 1 FROM case_status_change h WHERE h.case_id = c.id"
                    + " AND h.to_status = 'CLOSED' AND h.changed_at >= ? AND h.changed_at < ?)",
                    at(scope.from()), at(scope.to()));
            case OPEN_AT_END -> {
                inner.append("c.registered_at < ? AND ", at(scope.to()));
                statusAtEnd(inner, scope);
                inner.append(" NOT IN ('CLOSED', 'ARCHIVED')");
            }
        }
        scope(inner, scope);

        List<String> keys = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            keys.add("k" + i);
        }
        Sql sql = new Sql("SELECT " + (keys.isEmpty() ? "" : String.join(", ", keys) + ", ") + "COUNT(*) FROM (")
                .append(inner).append(") t");
        if (!keys.isEmpty()) {
            sql.append(" GROUP BY " + String.join(", ", keys));
        }
        List<CountRow> rows = query(sql, rs -> {
            List<String> key = new ArrayList<>();
            for (int i = 1; i <= dimensions.size(); i++) {
                key.add(rs.getString(i));
            }
            return new CountRow(key, rs.getLong(dimensions.size() + 1));
        });
        return rows.stream().filter(r -> r.count() > 0)
                .sorted(Comparator.comparing(CountRow::key, JpaCaseStatistics::compareKeys)).toList();
    }

    @Override
    public List<ReferralRow> countReferrals(Scope scope, Instant now) {
        Sql sql = new Sql("SELECT r.institution, r.status, COUNT(*), SUM(CASE WHEN r.status IN ('SENT', 'ACKNOWLEDGED')"
                + " AND r.response_due_at IS NOT NULL AND r.response_due_at < ? THEN 1 ELSE 0 END)", at(now))
                .append(" FROM case_referral r JOIN protection_case c ON c.id = r.case_id"
                        + " JOIN referral_step s ON s.referral_id = r.id AND s.status = 'SENT'"
                        + " AND s.pos = (SELECT MIN(s2.pos) FROM referral_step s2 WHERE s2.referral_id = r.id"
                        + " AND s2.status = 'SENT')"
                        + " WHERE s.step_at >= ? AND s.step_at < ?", at(scope.from()), at(scope.to()));
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
            inner = new Sql("SELECT " + SECONDS_BETWEEN.formatted("h.changed_at", "c.registered_at") + " AS hours"
                    + " FROM protection_case c JOIN case_status_change h ON h.case_id = c.id AND h.to_status = 'CLOSED'"
                    + " AND h.pos = (SELECT MIN(h2.pos) FROM case_status_change h2 WHERE h2.case_id = c.id"
                    + " AND h2.to_status = 'CLOSED')"
                    + " WHERE h.changed_at >= ? AND h.changed_at < ?", at(scope.from()), at(scope.to()));
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
        Sql sql = new Sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN (f.completed_at IS NULL AND f.due_at < ?)"
                + " OR f.completed_at > f.due_at THEN 1 ELSE 0 END), 0)", at(now))
                .append(" FROM case_follow_up f JOIN protection_case c ON c.id = f.case_id"
                        + " WHERE f.due_at >= ? AND f.due_at < ?", at(scope.from()), at(scope.to()));
        scope(sql, scope);
        return query(sql, rs -> new FollowUpCounts(rs.getLong(1), rs.getLong(2))).get(0);
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
                + " FROM case_status_change h WHERE h.case_id = c.id AND h.pos = (SELECT MAX(h2.pos)"
                + " FROM case_status_change h2 WHERE h2.case_id = c.id AND h2.changed_at < ?)), 'REGISTERED') END)",
                at(scope.to()), at(scope.to()));
    }

    private static void scope(Sql sql, Scope scope) {
        if (scope.office() != null) {
            sql.append(" AND c.office = ?", scope.office().value());
        }
        if (scope.caseType() != null) {
            sql.append(" AND UPPER(c.case_type) = UPPER(?)", scope.caseType());
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private <T> List<T> query(Sql sql, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.text.toString())) {
            for (int i = 0; i < sql.parameters.size(); i++) {
                statement.setObject(i + 1, sql.parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
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
