package org.siproc.persistence.jpa.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.application.port.out.CaseStatistics.CaseCount;
import org.siproc.core.application.port.out.CaseStatistics.Dimension;
import org.siproc.core.application.port.out.CaseStatistics.DurationMeasure;
import org.siproc.core.application.port.out.CaseStatistics.DurationSummary;
import org.siproc.core.application.port.out.CaseStatistics.Scope;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.profile.CountryProfile;
import org.siproc.persistence.jpa.JpaPersistence;
import org.siproc.profiles.CountryProfiles;
import org.siproc.reporting.Report;
import org.siproc.reporting.ReportRequest;
import org.siproc.reporting.Reports;
import org.siproc.reporting.StatisticsTable;
import org.siproc.reporting.internal.ReportAssembler;
import org.siproc.reporting.internal.Suppression;

/**
 * The statistics benchmark — a program, not a unit test. For PostgreSQL (embedded, default settings) and an H2 file
 * it generates {@code --cases} cases with the Honduras profile ({@link GeneratedCases}), then measures in one run,
 * interleaved round by round so that every line sees the same machine load:
 * <ol>
 *   <li>{@code Reports.build} of the internal report of 2025, all offices (one {@code countCases} call for the three
 *   measures by the six groupings and five other calls of the {@code CaseStatistics} port on
 *   {@code JpaCaseStatistics}: 7 statements on PostgreSQL, 11 on H2; roll-ups, tables, audit entry);</li>
 *   <li>the same report published (plus disclosure control of all tables);</li>
 *   <li>disclosure control alone ({@code Suppression.protect} on the assembled report);</li>
 *   <li>the bare SQL: the same aggregates hand-written over JDBC the way one would for speed (three measures per
 *   pass with {@code COUNT(*) FILTER}, {@code GROUPING SETS} on PostgreSQL; 7 statements there, 11 on H2), with the
 *   adapter's {@code work_mem}, rows read and discarded;</li>
 *   <li>one {@code GROUP BY office} over all cases (SPEC §8's orientation figure).</li>
 * </ol>
 * After loading it runs {@code VACUUM ANALYZE} (PostgreSQL) or {@code ANALYZE} (H2), as autovacuum would.
 * Before timing it checks that it measures the right thing: on {@code --check-cases} generated cases the report
 * from the database equals the report from the in-memory adapter holding the same cases (read back through
 * {@code JpaProtectionCases}), internal, published and scoped; and on the full data set every aggregate of the port
 * equals the earlier baseline's 23 independent statements (one per measure and grouping) and the timed baseline's
 * statements. A mismatch stops the run.
 *
 * <p>Run (see docs/benchmarks.md): {@code ./mvnw -q -B -pl siproc-persistence-jpa -Pbench test-compile exec:java
 * -Dbench.main=org.siproc.persistence.jpa.bench.StatisticsBenchmark -Dbench.args="--cases=1000000"}. Options:
 * {@code --cases=N} (default 100000), {@code --db=postgres,h2}, {@code --warmup=N} (rounds, default 5),
 * {@code --runs=N} (default 30), {@code --check-cases=N} (default 2000), {@code --seed=N}, {@code --reuse} (keep
 * the databases of an earlier run with the same size in {@code target/bench-stats-*} instead of generating again),
 * {@code --explain} (print PostgreSQL's plans of the bare statements).
 */
public final class StatisticsBenchmark {

    /** The report period: the calendar year 2025. */
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = GeneratedCases.NOW;
    private static final Path OUT = Path.of(System.getProperty("bench.dir", "target"));
    private static final Actor HQ = Actor.hqAnalyst("bench.hq", false);

    private final BenchOptions options;
    private final StringBuilder report = new StringBuilder();
    private final CountryProfile profile = CountryProfiles.load("hn");

    private StatisticsBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new StatisticsBenchmark(BenchOptions.parse(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        line("# SIPROC statistics benchmark");
        line(options.header() + "; load average at start " + loadAverage());
        int cases = options.number("cases", 100_000);
        boolean reuse = options.has("reuse");
        for (String db : options.text("db", "postgres,h2").split(",")) {
            if (db.equals("postgres")) {
                Path dir = OUT.resolve("bench-stats-pg");
                if (!reuse) {
                    deleteRecursively(dir);
                }
                try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir)
                        .setCleanDataDirectory(false).start()) {
                    String check = database(pg, "statcheck", true);
                    String main = database(pg, "siproc_stats", !reuse);
                    benchmark("PostgreSQL 18 (embedded, zonky defaults: fsync off)", check, main, "postgres", "postgres", cases,
                            true);
                }
            } else if (db.equals("h2")) {
                Path dir = OUT.resolve("bench-stats-h2");
                if (!reuse) {
                    deleteRecursively(dir);
                }
                String main = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("siproc") + ";LOCK_TIMEOUT=10000";
                benchmark("H2 2.4 (file)", "jdbc:h2:mem:statcheck;DB_CLOSE_DELAY=-1", main, "sa", "", cases, false);
            }
        }
        Path out = OUT.resolve("bench-statistics.md");
        Files.writeString(out, report.toString());
        System.out.println("(written to " + out.toAbsolutePath() + ")");
    }

    /** The JDBC URL of database {@code name} on the embedded server, created empty when {@code fresh}. */
    private static String database(EmbeddedPostgres pg, String name, boolean fresh) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (exists && fresh) {
                s.execute("DROP DATABASE " + name);
            }
            if (!exists || fresh) {
                s.execute("CREATE DATABASE " + name);
            }
        }
        return pg.getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
    }

    private void benchmark(String name, String checkUrl, String mainUrl, String user, String password, int cases,
                           boolean postgres) throws Exception {
        line("");
        line("## " + name);
        checkAgainstInMemory(checkUrl, user, password, options.number("check-cases", 2_000));
        try (JpaPersistence db = JpaPersistence.open(mainUrl, user, password, JpaPersistence.Options.defaults())) {
            load(db, cases, postgres);
            Reports reports = new Reports(db.statistics(), profile, db.auditTrail(), Clock.fixed(NOW, ZoneOffset.UTC));
            Scope scope = scope();
            List<BareQuery> baseline = baseline(postgres);
            checkAgainstBareSql(db, independentQueries(), baseline, scope, postgres);
            if (postgres && options.has("explain")) {
                explain(db, baseline);
            }
            measure(db, reports, baseline, scope, postgres);
        }
    }

    private static Scope scope() {
        return new Scope(FROM, TO, null, null, ReportRequest.DEFAULT_AGE_BANDS);
    }

    // ---- data ---------------------------------------------------------------------------------------------

    private void load(JpaPersistence db, int cases, boolean postgres) throws SQLException {
        long stored = single(db, "SELECT COUNT(*) FROM protection_case");
        if (stored == cases) {
            line("");
            line(String.format(Locale.ROOT, "Data: the %,d cases of an earlier run (--reuse).", cases));
        } else {
            if (stored != 0) {
                throw new IllegalStateException("The database holds " + stored + " cases, not " + cases
                        + ": run without --reuse to generate them again");
            }
            GeneratedCases.Written w = new GeneratedCases(profile, seed()).write(db.dataSource(), cases,
                    (done, rows) -> {
                        if (done % 100_000 == 0) {
                            System.out.printf(Locale.ROOT, "  %,d cases, %,d rows (load %s)%n", done, rows, loadAverage());
                        }
                    });
            line("");
            line(String.format(Locale.ROOT, "Data: %,d cases generated (seed %d), %,d rows written in %.0f s"
                    + " (%,.0f rows/s).", w.cases(), seed(), w.rows(), w.seconds(), w.rows() / w.seconds()));
        }
        // What autovacuum does after a bulk load: statistics for the planner and, on PostgreSQL, the visibility
        // map that index-only scans need.
        String maintenance = postgres ? "VACUUM ANALYZE" : "ANALYZE";
        long start = System.nanoTime();
        execute(db, maintenance);
        line(String.format(Locale.ROOT, "%s after loading: %.1f s.", maintenance, (System.nanoTime() - start) / 1e9));
        List<String> sizes = new ArrayList<>();
        for (String table : List.of("protection_case", "case_vulnerability", "case_status_change", "case_action",
                "case_follow_up", "case_referral", "referral_step", "person")) {
            sizes.add(String.format(Locale.ROOT, "%s %,d", table, single(db, "SELECT COUNT(*) FROM " + table)));
        }
        line("Rows: " + String.join(", ", sizes) + ".");
        line(String.format(Locale.ROOT, "In the report period (%s to %s): %,d opened, %,d closed, %,d open at its end.",
                FROM, TO, countOf(db, CaseCount.OPENED), countOf(db, CaseCount.CLOSED),
                countOf(db, CaseCount.OPEN_AT_END)));
    }

    private static long countOf(JpaPersistence db, CaseCount measure) {
        return db.statistics().countCases(measure, scope(), List.of()).stream()
                .mapToLong(CaseStatistics.CountRow::count).sum();
    }

    private long seed() {
        return options.number("seed", 20_260_101);
    }

    // ---- checks -------------------------------------------------------------------------------------------

    /**
     * The same generated cases in the database and in the in-memory adapter (read back through the JPA case
     * repository) give the same reports: the database aggregates are the port's semantics on this data.
     */
    private void checkAgainstInMemory(String url, String user, String password, int count) throws SQLException {
        try (JpaPersistence db = JpaPersistence.open(url, user, password, JpaPersistence.Options.defaults())) {
            if (single(db, "SELECT COUNT(*) FROM protection_case") > 0) {
                throw new IllegalStateException("The check database is not empty");
            }
            new GeneratedCases(profile, seed()).write(db.dataSource(), count, null);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            SiprocCore.InMemory memory = SiprocCore.inMemory(profile, clock);
            List<String> numbers = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT case_number FROM protection_case")) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
            for (String number : numbers) {
                ProtectionCase stored = db.cases().findByNumber(CaseNumber.parse(number)).orElseThrow();
                memory.cases().save(ProtectionCase.reconstitute(stored.snapshot().withVersion(0)));
            }
            Reports fromDb = new Reports(db.statistics(), profile, db.auditTrail(), clock);
            Reports fromMemory = new Reports(memory.statistics(), profile, memory.audit(), clock);
            Map<String, ReportRequest> requests = new LinkedHashMap<>();
            requests.put("internal", ReportRequest.internal(FROM, TO));
            requests.put("published", ReportRequest.published(FROM, TO));
            requests.put("internal, Tapachula", ReportRequest.internal(FROM, TO).inOffice(OfficeCode.of("MXTAP")));
            requests.put("internal, missing persons", ReportRequest.internal(FROM, TO).ofType("MISSING"));
            requests.put("internal, three years", ReportRequest.internal(GeneratedCases.FIRST, NOW));
            int cells = 0;
            for (Map.Entry<String, ReportRequest> e : requests.entrySet()) {
                List<StatisticsTable> expected = fromMemory.build(HQ, e.getValue()).tables();
                List<StatisticsTable> actual = fromDb.build(HQ, e.getValue()).tables();
                for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                    StatisticsTable x = i < expected.size() ? expected.get(i) : null;
                    StatisticsTable y = i < actual.size() ? actual.get(i) : null;
                    if (!Objects.equals(comparable(x), comparable(y))) {
                        throw new IllegalStateException("Report '" + e.getKey() + "' differs between the database and"
                                + " the in-memory adapter:\n  in memory: " + x + "\n  database:  " + y);
                    }
                    cells += x.rows().stream().mapToInt(r -> r.cells().size()).sum();
                }
            }
            line("");
            line(String.format(Locale.ROOT, "Check 1: on %,d generated cases (%,d opened in the period) the database"
                    + " and the in-memory adapter give equal reports (%s; %,d table cells in all).", count,
                    countOf(db, CaseCount.OPENED), String.join(", ", requests.keySet()), cells));
        }
    }

    private static final Pattern AMOUNT = Pattern.compile("Amount\\[value=([-0-9.Ee]+|NaN)");

    /**
     * A table as text, amounts to 9 significant digits: the databases interpolate percentiles in another order of
     * operations than Java (70.2666666666668 against 70.26666666666667 hours), which no one sees at one decimal.
     */
    private static String comparable(@Nullable StatisticsTable table) {
        Matcher m = AMOUNT.matcher(String.valueOf(table));
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            m.appendReplacement(text, "Amount[value=" + (Double.isNaN(value) ? "NaN"
                    : new java.math.BigDecimal(value).round(new java.math.MathContext(9)).stripTrailingZeros()));
        }
        return m.appendTail(text).toString();
    }

    /**
     * Every aggregate of the port equals hand-written SQL on the whole data set: (a) the 23 statements of the earlier
     * baseline, one per measure and grouping, written independently of the adapter (EXISTS for closures, MIN(pos)
     * free); (b) the statements of the timed baseline. The port is asked as {@code Reports} asks it (all measures,
     * all groupings, one call).
     */
    private void checkAgainstBareSql(JpaPersistence db, List<BareQuery> independent, List<BareQuery> baseline,
                                     Scope scope, boolean postgres) throws SQLException {
        PortView port = new PortView(db.statistics(), scope);
        long start = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            workMemory(c, postgres);
            for (BareQuery q : independent) {
                compare(q, port, q.read(c));
            }
            long independentNanos = System.nanoTime() - start;
            for (BareQuery q : baseline) {
                compare(q, port, q.read(c));
            }
            line(String.format(Locale.ROOT, "Check 2: the port's aggregates equal (a) the %d independent statements of"
                    + " the earlier baseline (one per measure and grouping; all of them once: %.1f s, load %s) and (b)"
                    + " the %d statements of the timed baseline, on the whole data set.", independent.size(),
                    independentNanos / 1e9, loadAverage(), baseline.size()));
        }
    }

    private static void compare(BareQuery q, PortView port, Map<List<String>, List<Double>> actual) {
        Map<List<String>, List<Double>> expected = q.port(port);
        if (!sameValues(expected, actual)) {
            throw new IllegalStateException("Bare SQL '" + q.name() + "' differs from the port:\n  port: "
                    + expected + "\n  bare: " + actual);
        }
    }

    /** The session setting the adapter uses on PostgreSQL (JpaCaseStatistics.WORK_MEMORY), for a fair baseline. */
    private static void workMemory(Connection c, boolean postgres) throws SQLException {
        if (postgres) {
            try (Statement s = c.createStatement()) {
                s.execute("SET work_mem = '64MB'");
            }
        }
    }

    private static boolean sameValues(Map<List<String>, List<Double>> a, Map<List<String>, List<Double>> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<List<String>, List<Double>> e : a.entrySet()) {
            List<Double> x = e.getValue();
            List<Double> y = b.get(e.getKey());
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (Math.abs(x.get(i) - y.get(i)) > 1e-9 * Math.max(1, Math.abs(x.get(i)))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- timing -------------------------------------------------------------------------------------------

    private void measure(JpaPersistence db, Reports reports, List<BareQuery> baseline, Scope scope, boolean postgres)
            throws SQLException {
        int warmup = options.number("warmup", 5);
        int runs = options.number("runs", 30);
        ReportAssembler.Assembly assembly = new ReportAssembler(db.statistics(), profile).assemble(scope, NOW);
        int threshold = profile.disclosureThreshold();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String key : List.of("internal", "published", "disclosure", "bare", "one")) {
            times.put(key, new ArrayList<>());
        }
        Map<String, List<Double>> perQuery = new LinkedHashMap<>();
        baseline.forEach(q -> perQuery.put(q.name(), new ArrayList<>()));
        String loadBefore = loadAverage();
        java.time.LocalTime startedAt = java.time.LocalTime.now().withNano(0);
        java.time.Duration cpuBefore = processCpu();
        long suppressedCells = 0;
        try (Connection c = db.dataSource().getConnection()) {
            workMemory(c, postgres);
            for (int round = 0; round < warmup + runs; round++) {
                boolean timed = round >= warmup;
                long t0 = System.nanoTime();
                Report internal = reports.build(HQ, ReportRequest.internal(FROM, TO));
                long t1 = System.nanoTime();
                Report published = reports.build(HQ, ReportRequest.published(FROM, TO));
                long t2 = System.nanoTime();
                suppressedCells = new Suppression(threshold).protect(assembly.values(), assembly.lines()).size();
                long t3 = System.nanoTime();
                long sink = 0;
                for (BareQuery q : baseline) {
                    long q0 = System.nanoTime();
                    sink += q.discard(c);
                    if (timed) {
                        perQuery.get(q.name()).add((System.nanoTime() - q0) / 1e6);
                    }
                }
                long t4 = System.nanoTime();
                sink += new BareQuery("one", "SELECT office, COUNT(*) FROM protection_case GROUP BY office", 1, false,
                        p -> Map.of()).discard(c);
                long t5 = System.nanoTime();
                if (sink == 0 || internal.tables().isEmpty() || published.tables().isEmpty()) {
                    throw new IllegalStateException("Nothing was computed");
                }
                if (timed) {
                    times.get("internal").add((t1 - t0) / 1e6);
                    times.get("published").add((t2 - t1) / 1e6);
                    times.get("disclosure").add((t3 - t2) / 1e6);
                    times.get("bare").add((t4 - t3) / 1e6);
                    times.get("one").add((t5 - t4) / 1e6);
                }
            }
        }
        double bareMedian = median(times.get("bare"));
        line("");
        line(String.format(Locale.ROOT, "%d warm-up rounds, then %d timed rounds (%s to %s, local time); load average"
                + " %s before, %s after; CPU time of this JVM over all rounds %.1f s (the database server's is not"
                + " included).", warmup, runs, startedAt, java.time.LocalTime.now().withNano(0), loadBefore, loadAverage(),
                (processCpu().toMillis() - cpuBefore.toMillis()) / 1e3));
        line("");
        line("| line | median | p95 | min | median / bare SQL |");
        line("|---|---|---|---|---|");
        row(String.format(Locale.ROOT, "report, internal (`Reports.build`, %d port statements)", baseline.size()),
                times.get("internal"), bareMedian);
        row("report, published (+ disclosure control)", times.get("published"), bareMedian);
        row(String.format(Locale.ROOT, "disclosure control alone (%,d cells, %,d lines, %,d suppressed)",
                assembly.values().size(), assembly.lines().size(), suppressedCells), times.get("disclosure"), bareMedian);
        row(String.format(Locale.ROOT, "bare SQL, the same aggregates hand-written (%d statements)", baseline.size()),
                times.get("bare"), bareMedian);
        row("one `GROUP BY office` over all cases", times.get("one"), bareMedian);
        line("");
        line("Bare SQL, per statement (median ms): " + String.join("; ", perQuery.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), median(e.getValue()))).toList()) + ".");
    }

    private void row(String label, List<Double> ms, double bareMedian) {
        line(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.2f× |", label, median(ms), p95(ms),
                ms.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), median(ms) / bareMedian));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest rank. */
    private static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    private void explain(JpaPersistence db, List<BareQuery> bare) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            for (BareQuery q : bare) {
                System.out.println("---- EXPLAIN ANALYZE " + q.name());
                try (PreparedStatement s = q.prepare(c, "EXPLAIN (ANALYZE, BUFFERS) "); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
            }
        }
    }

    // ---- the bare SQL -------------------------------------------------------------------------------------

    private static final String AGE_GROUP = "CASE WHEN c.main_age_at_incident IS NULL THEN 'UNKNOWN'"
            + " WHEN c.main_age_at_incident >= 60 THEN '60+' WHEN c.main_age_at_incident >= 30 THEN '30-59'"
            + " WHEN c.main_age_at_incident >= 18 THEN '18-29' WHEN c.main_age_at_incident >= 12 THEN '12-17'"
            + " WHEN c.main_age_at_incident >= 0 THEN '0-11' ELSE 'UNKNOWN' END";
    private static final String DEPARTMENT = "COALESCE(c.main_origin_department, 'UNKNOWN')";
    private static final String FLAG = "COALESCE(v.flag, 'NONE')";
    /** The status just before the end: the current one when it was set before the end, else from the history. */
    private static final String STATUS_AT_END = "CASE WHEN c.status_changed_at < :to THEN c.status"
            + " ELSE COALESCE((SELECT h.to_status FROM case_status_change h WHERE h.case_id = c.id"
            + " AND h.changed_at < :to ORDER BY h.pos DESC FETCH FIRST 1 ROW ONLY), 'REGISTERED') END";
    private static final String OPEN_AT_END = "c.registered_at < :to AND " + STATUS_AT_END + " NOT IN ('CLOSED', 'ARCHIVED')";
    /** The earlier baseline's measures: one statement per measure, closures by a correlated EXISTS. */
    private static final Map<CaseCount, String> MEASURES = Map.of(
            CaseCount.OPENED, "c.registered_at >= :from AND c.registered_at < :to",
            CaseCount.CLOSED, "EXISTS (SELECT 1 FROM case_status_change h WHERE h.case_id = c.id"
                    + " AND h.to_status = 'CLOSED' AND h.changed_at >= :from AND h.changed_at < :to)",
            CaseCount.OPEN_AT_END, OPEN_AT_END);
    /** The timed baseline's three measures in one pass: a count per measure, closures probed in a hash. */
    private static final String THREE_COUNTS = "COUNT(*) FILTER (WHERE c.registered_at >= :from),"
            + " COUNT(*) FILTER (WHERE c.id IN (SELECT h.case_id FROM case_status_change h WHERE h.to_status = 'CLOSED'"
            + " AND h.changed_at >= :from AND h.changed_at < :to)), COUNT(*) FILTER (WHERE " + OPEN_AT_END + ")";
    /** No case is closed before it is registered, so every case the three measures count was registered before :to. */
    private static final String REGISTERED = " WHERE c.registered_at < :to";
    /** The groupings of the report's case tables, as {@code Reports} asks for them. */
    private static final List<List<Dimension>> REPORT_GROUPINGS = List.of(
            List.of(Dimension.OFFICE, Dimension.CASE_TYPE, Dimension.CASE_SUBTYPE), List.of(Dimension.SEX, Dimension.AGE_GROUP),
            List.of(Dimension.INCIDENT_COUNTRY), List.of(Dimension.ORIGIN_DEPARTMENT), List.of(Dimension.PRIORITY),
            List.of(Dimension.VULNERABILITY));
    /** The key columns of the hand-written grouping-sets statement, in order (GROUPING() gives a bit per column). */
    private static final List<Dimension> SET_COLUMNS = List.of(Dimension.OFFICE, Dimension.CASE_TYPE,
            Dimension.CASE_SUBTYPE, Dimension.SEX, Dimension.AGE_GROUP, Dimension.INCIDENT_COUNTRY,
            Dimension.ORIGIN_DEPARTMENT, Dimension.PRIORITY);
    private static final String HOURS = "CAST(FLOOR(EXTRACT(EPOCH FROM %s) - EXTRACT(EPOCH FROM c.registered_at))"
            + " AS DOUBLE PRECISION) / 3600";

    /**
     * The 23 statements of the earlier baseline, one per measure and grouping, as one would write them one table at
     * a time; used to check the port, not timed every round.
     */
    private static List<BareQuery> independentQueries() {
        List<BareQuery> queries = new ArrayList<>();
        for (CaseCount m : CaseCount.values()) {
            String where = " FROM protection_case c WHERE " + MEASURES.get(m);
            String n = m.name().toLowerCase(Locale.ROOT).replace('_', '-');
            queries.add(cases(n + " by office/type/subtype", "SELECT c.office, c.case_type, c.case_subtype, COUNT(*)"
                    + where + " GROUP BY c.office, c.case_type, c.case_subtype", m,
                    Dimension.OFFICE, Dimension.CASE_TYPE, Dimension.CASE_SUBTYPE));
            queries.add(cases(n + " by sex/age", "SELECT c.main_sex, " + AGE_GROUP + ", COUNT(*)" + where
                    + " GROUP BY c.main_sex, " + AGE_GROUP, m, Dimension.SEX, Dimension.AGE_GROUP));
            queries.add(cases(n + " by country", "SELECT c.incident_country, COUNT(*)" + where
                    + " GROUP BY c.incident_country", m, Dimension.INCIDENT_COUNTRY));
            queries.add(cases(n + " by department", "SELECT " + DEPARTMENT + ", COUNT(*)" + where + " GROUP BY "
                    + DEPARTMENT, m, Dimension.ORIGIN_DEPARTMENT));
            queries.add(cases(n + " by priority", "SELECT c.priority, COUNT(*)" + where + " GROUP BY c.priority", m,
                    Dimension.PRIORITY));
            queries.add(cases(n + " by vulnerability", "SELECT " + FLAG + ", COUNT(*) FROM protection_case c"
                    + " LEFT JOIN case_vulnerability v ON v.case_id = c.id WHERE " + MEASURES.get(m) + " GROUP BY "
                    + FLAG, m, Dimension.VULNERABILITY));
        }
        queries.add(missing());
        queries.add(new BareQuery("referrals by institution/status", "SELECT r.institution, r.status, COUNT(*),"
                + " SUM(CASE WHEN r.status IN ('SENT', 'ACKNOWLEDGED') AND r.response_due_at < :now THEN 1 ELSE 0 END)"
                + " FROM case_referral r JOIN referral_step s ON s.referral_id = r.id AND s.status = 'SENT'"
                + " WHERE s.step_at >= :from AND s.step_at < :to AND s.pos = (SELECT MIN(e.pos) FROM referral_step e"
                + " WHERE e.referral_id = r.id AND e.status = 'SENT') GROUP BY r.institution, r.status", 2,
                false, StatisticsBenchmark::referrals));
        queries.add(timeToFirstAction());
        queries.add(new BareQuery("time to close", "SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP"
                + " (ORDER BY hours), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY hours) FROM (SELECT "
                + HOURS.formatted("MIN(h.changed_at)") + " AS hours FROM protection_case c"
                + " JOIN case_status_change h ON h.case_id = c.id AND h.to_status = 'CLOSED'"
                + " GROUP BY c.id, c.registered_at HAVING MIN(h.changed_at) >= :from AND MIN(h.changed_at) < :to) t", 0,
                false, p -> durations(p.statistics().durations(DurationMeasure.TIME_TO_CLOSE, p.scope()))));
        queries.add(followUps());
        return queries;
    }

    /**
     * The timed baseline: the aggregates of the report as one would hand-write them for speed, the way the adapter
     * asks them (the three case measures in one pass with {@code COUNT(*) FILTER}). On PostgreSQL the five groupings
     * without vulnerability are one {@code GROUPING SETS} statement (7 statements in all); on H2, which has no
     * grouping sets, one statement each (11 in all).
     */
    private static List<BareQuery> baseline(boolean postgres) {
        List<BareQuery> queries = new ArrayList<>();
        if (postgres) {
            List<String> columns = List.of("c.office", "c.case_type", "c.case_subtype", "c.main_sex", AGE_GROUP,
                    "c.incident_country", DEPARTMENT, "c.priority");
            queries.add(new BareQuery("case counts, 5 grouping sets", "SELECT GROUPING(" + String.join(", ", columns)
                    + "), " + String.join(", ", columns) + ", " + THREE_COUNTS + " FROM protection_case c" + REGISTERED
                    + " GROUP BY GROUPING SETS ((c.office, c.case_type, c.case_subtype), (c.main_sex, " + AGE_GROUP
                    + "), (c.incident_country), (" + DEPARTMENT + "), (c.priority))", -1, true,
                    StatisticsBenchmark::groupingSets));
        } else {
            queries.add(grouped("case counts by office/type/subtype", "c.office, c.case_type, c.case_subtype", 3, 0));
            queries.add(grouped("case counts by sex/age", "c.main_sex, " + AGE_GROUP, 2, 1));
            queries.add(grouped("case counts by country", "c.incident_country", 1, 2));
            queries.add(grouped("case counts by department", DEPARTMENT, 1, 3));
            queries.add(grouped("case counts by priority", "c.priority", 1, 4));
        }
        queries.add(new BareQuery("case counts by vulnerability", "SELECT " + FLAG + ", " + THREE_COUNTS
                + " FROM protection_case c LEFT JOIN case_vulnerability v ON v.case_id = c.id" + REGISTERED
                + " GROUP BY " + FLAG, 1, true, p -> p.grouped(5)));
        queries.add(missing());
        queries.add(new BareQuery("referrals by institution/status", "SELECT r.institution, r.status, COUNT(*),"
                + " COUNT(*) FILTER (WHERE r.status IN ('SENT', 'ACKNOWLEDGED') AND r.response_due_at < :now)"
                + " FROM referral_step s JOIN case_referral r ON r.id = s.referral_id WHERE s.status = 'SENT'"
                + " AND s.step_at >= :from AND s.step_at < :to AND NOT EXISTS (SELECT 1 FROM referral_step e"
                + " WHERE e.referral_id = s.referral_id AND e.status = 'SENT' AND e.pos < s.pos)"
                + " GROUP BY r.institution, r.status", 2, false, StatisticsBenchmark::referrals));
        queries.add(timeToFirstAction());
        queries.add(new BareQuery("time to close", "SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP"
                + " (ORDER BY hours), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY hours) FROM (SELECT "
                + HOURS.formatted("h.changed_at") + " AS hours FROM case_status_change h"
                + " JOIN protection_case c ON c.id = h.case_id WHERE h.to_status = 'CLOSED' AND h.changed_at >= :from"
                + " AND h.changed_at < :to AND NOT EXISTS (SELECT 1 FROM case_status_change e WHERE e.case_id = h.case_id"
                + " AND e.to_status = 'CLOSED' AND e.pos < h.pos)) t", 0, false,
                p -> durations(p.statistics().durations(DurationMeasure.TIME_TO_CLOSE, p.scope()))));
        queries.add(followUps());
        return queries;
    }

    private static BareQuery grouped(String name, String keys, int keyCount, int grouping) {
        return new BareQuery(name, "SELECT " + keys + ", " + THREE_COUNTS + " FROM protection_case c" + REGISTERED
                + " GROUP BY " + keys, keyCount, true, p -> p.grouped(grouping));
    }

    private static BareQuery missing() {
        return new BareQuery("missing open by case age", "SELECT band, COUNT(*) FROM (SELECT CASE"
                + " WHEN c.registered_at > :to - INTERVAL '30' DAY THEN '<30d'"
                + " WHEN c.registered_at > :to - INTERVAL '90' DAY THEN '30-89d'"
                + " WHEN c.registered_at > :to - INTERVAL '365' DAY THEN '90-364d' ELSE '>=365d' END AS band"
                + " FROM protection_case c WHERE c.case_type = 'MISSING' AND " + OPEN_AT_END + ") t GROUP BY band", 1,
                false, p -> counts(p.statistics().countCases(CaseCount.OPEN_AT_END,
                        p.scope().ofType(ReportAssembler.MISSING_TYPE), List.of(Dimension.CASE_AGE))));
    }

    private static BareQuery timeToFirstAction() {
        return new BareQuery("time to first action", "SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP"
                + " (ORDER BY hours), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY hours) FROM (SELECT "
                + HOURS.formatted("MIN(a.recorded_at)") + " AS hours FROM protection_case c"
                + " JOIN case_action a ON a.case_id = c.id WHERE c.registered_at >= :from AND c.registered_at < :to"
                + " GROUP BY c.id, c.registered_at) t", 0, false,
                p -> durations(p.statistics().durations(DurationMeasure.TIME_TO_FIRST_ACTION, p.scope())));
    }

    private static BareQuery followUps() {
        return new BareQuery("follow-ups", "SELECT COUNT(*), COALESCE(SUM(CASE WHEN (f.completed_at IS NULL"
                + " AND f.due_at < :now) OR f.completed_at > f.due_at THEN 1 ELSE 0 END), 0) FROM case_follow_up f"
                + " WHERE f.due_at >= :from AND f.due_at < :to", 0, false, p -> {
                    CaseStatistics.FollowUpCounts f = p.statistics().followUps(p.scope(), NOW);
                    return Map.of(List.of(), List.of((double) f.due(), (double) f.overdue()));
                });
    }

    private static Map<List<String>, List<Double>> referrals(PortView p) {
        Map<List<String>, List<Double>> rows = new HashMap<>();
        p.statistics().countReferrals(p.scope(), NOW).forEach(r -> rows.put(
                List.of(r.institution(), r.status().name()), List.of((double) r.count(), (double) r.overdue())));
        return rows;
    }

    /** The port's five groupings without vulnerability, keyed as the grouping-sets statement reads (id first). */
    private static Map<List<String>, List<Double>> groupingSets(PortView p) {
        Map<List<String>, List<Double>> rows = new HashMap<>();
        for (int g = 0; g < 5; g++) {
            List<Dimension> grouping = REPORT_GROUPINGS.get(g);
            int id = 0;
            for (Dimension d : SET_COLUMNS) {
                id = id << 1 | (grouping.contains(d) ? 0 : 1);
            }
            for (Map.Entry<List<String>, List<Double>> e : p.grouped(g).entrySet()) {
                List<String> key = new ArrayList<>();
                key.add(String.valueOf(id));
                key.addAll(e.getKey());
                rows.put(key, e.getValue());
            }
        }
        return rows;
    }

    private static BareQuery cases(String name, String sql, CaseCount measure, Dimension... dimensions) {
        int grouping = REPORT_GROUPINGS.indexOf(Arrays.asList(dimensions));
        return new BareQuery(name, sql, dimensions.length, false, p -> p.grouped(grouping).entrySet().stream()
                .filter(e -> e.getValue().get(measure.ordinal()) > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue().get(measure.ordinal())))));
    }

    private static Map<List<String>, List<Double>> counts(List<CaseStatistics.CountRow> rows) {
        Map<List<String>, List<Double>> map = new HashMap<>();
        rows.forEach(r -> map.put(r.key(), List.of((double) r.count())));
        return map;
    }

    private static Map<List<String>, List<Double>> durations(DurationSummary d) {
        return Map.of(List.of(), d.cases() == 0 ? List.of(0.0) : List.of((double) d.cases(), d.medianHours(), d.p90Hours()));
    }

    /**
     * The port as {@code Reports} asks it: the case counts of all measures by the report's groupings in one call
     * (made once, on first use), the other aggregates one call each.
     */
    private static final class PortView {
        private final CaseStatistics statistics;
        private final Scope scope;
        private @Nullable List<CaseStatistics.GroupedCounts> grouped;

        PortView(CaseStatistics statistics, Scope scope) {
            this.statistics = statistics;
            this.scope = scope;
        }

        CaseStatistics statistics() {
            return statistics;
        }

        Scope scope() {
            return scope;
        }

        /** Grouping {@code index} of {@link #REPORT_GROUPINGS}: key to the counts of OPENED, CLOSED, OPEN_AT_END. */
        Map<List<String>, List<Double>> grouped(int index) {
            if (grouped == null) {
                grouped = statistics.countCases(EnumSet.allOf(CaseCount.class), scope, REPORT_GROUPINGS);
            }
            Map<List<String>, List<Double>> rows = new HashMap<>();
            for (CaseStatistics.MeasuredRow r : grouped.get(index).rows()) {
                rows.put(r.key(), Arrays.stream(CaseCount.values()).map(m -> (double) r.count(m)).toList());
            }
            return rows;
        }
    }

    /**
     * One hand-written statement: {@code :from}, {@code :to} and {@code :now} stand for the period and the report
     * date; the first {@code keys} columns are the group, the others numbers. {@code keys = -1} marks the
     * grouping-sets statement: a grouping id, then the eight key columns of {@link #SET_COLUMNS} (null where the set
     * does not group). With {@code dropEmpty}, groups whose numbers are all zero are left out, as the port leaves
     * them out.
     */
    private record BareQuery(String name, String sql, int keys, boolean dropEmpty,
                             Function<PortView, Map<List<String>, List<Double>>> port) {
        private static final Pattern PARAMETER = Pattern.compile(":(from|to|now)\\b");

        Map<List<String>, List<Double>> port(PortView view) {
            return port.apply(view);
        }

        PreparedStatement prepare(Connection c, String prefix) throws SQLException {
            List<Instant> values = new ArrayList<>();
            Matcher m = PARAMETER.matcher(sql);
            StringBuilder text = new StringBuilder(prefix);
            while (m.find()) {
                values.add(switch (m.group(1)) {
                    case "from" -> FROM;
                    case "to" -> TO;
                    default -> NOW;
                });
                m.appendReplacement(text, "CAST(? AS TIMESTAMP WITH TIME ZONE)");
            }
            m.appendTail(text);
            PreparedStatement s = c.prepareStatement(text.toString());
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, OffsetDateTime.ofInstant(values.get(i), ZoneOffset.UTC));
            }
            return s;
        }

        Map<List<String>, List<Double>> read(Connection c) throws SQLException {
            Map<List<String>, List<Double>> rows = new HashMap<>();
            int keyColumns = keys < 0 ? 1 + SET_COLUMNS.size() : keys;
            try (PreparedStatement s = prepare(c, ""); ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i <= keyColumns; i++) {
                        String value = rs.getString(i);
                        if (value != null) {
                            key.add(value);
                        }
                    }
                    List<Double> numbers = new ArrayList<>();
                    for (int i = keyColumns + 1; i <= columns; i++) {
                        numbers.add(rs.getDouble(i));
                    }
                    if (keyColumns == 0 && numbers.get(0) == 0) {
                        numbers = List.of(0.0); // nothing measured: no percentiles
                    }
                    if (!dropEmpty || numbers.stream().anyMatch(n -> n != 0)) {
                        rows.put(key, numbers);
                    }
                }
            }
            return rows;
        }

        /** Runs the statement and reads every row, keeping nothing; returns a number so the work is not skipped. */
        long discard(Connection c) throws SQLException {
            long sink = 1;
            try (PreparedStatement s = prepare(c, ""); ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        sink += Objects.hashCode(rs.getObject(i));
                    }
                }
            }
            return sink == 0 ? 1 : sink;
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static long single(JpaPersistence db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(JpaPersistence db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static java.time.Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
