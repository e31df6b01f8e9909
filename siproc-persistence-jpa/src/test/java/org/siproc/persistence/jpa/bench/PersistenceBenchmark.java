package org.siproc.persistence.jpa.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.NameKey;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.SearchRelevance;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.contract.SearchTestSet;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;
import org.siproc.persistence.jpa.BenchAccess;
import org.siproc.persistence.jpa.JpaPersistence;

/**
 * The persistence benchmark — a program, not a unit test. For PostgreSQL (embedded, default settings: fsync on)
 * and an H2 file it measures, in one run and on one machine:
 * <ol>
 *   <li>registrations per second through the core's use case (person + case + triage + follow-up + audit chain),
 *   with 1 and 2 threads, beside raw JDBC writing the same rows (same tables, same counter and audit-chain
 *   locking) with 1 and 2 threads;</li>
 *   <li>bulk insert of generated persons in rows per second, raw JDBC batches and through the {@code Persons}
 *   adapter;</li>
 *   <li>person search latency p50/p95/p99 over the generated population, with misspelt, accent-free, swapped and
 *   shortened names, and how often the person searched for is in the top 3.</li>
 * </ol>
 * Run (see docs/benchmarks.md): {@code ./mvnw -q -B -pl siproc-persistence-jpa -Pbench test-compile exec:java
 * -Dbench.args="--persons=100000 --h2-persons=30000 --registrations=300 --queries=300"}.
 * Options: {@code --persons=N} (search population, default 100000), {@code --registrations=N} (per measurement,
 * default 1000), {@code --queries=N} (default 500), {@code --db=postgres,h2}, {@code --h2-persons=N} (population
 * on H2 when it should differ).
 */
public final class PersistenceBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-22T16:00:00Z");
    private static final String NARRATIVE = "Detenido en la estación migratoria Siglo XXI desde hace tres días; pide"
            + " comunicarse con su madre.";

    /** Where the H2 file and the results go: the module's build directory (set by the bench profile). */
    private static final Path OUT = Path.of(System.getProperty("bench.dir", "target"));

    private final BenchOptions options;
    private final StringBuilder report = new StringBuilder();

    private PersistenceBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new PersistenceBenchmark(BenchOptions.parse(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        line("# SIPROC persistence benchmark");
        line(options.header());
        for (String db : options.text("db", "postgres,h2").split(",")) {
            if (db.equals("postgres")) {
                try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
                    String url = pg.getJdbcUrl("postgres", "postgres");
                    benchmark("PostgreSQL 18 (embedded, fsync on)", url, "postgres", "postgres", false,
                            options.number("persons", 100_000));
                }
            } else if (db.equals("h2")) {
                Path dir = OUT.resolve("bench-h2");
                deleteRecursively(dir);
                String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("siproc") + ";LOCK_TIMEOUT=10000";
                benchmark("H2 2.4 (file)", url, "sa", "", true,
                        options.number("h2-persons", options.number("persons", 100_000)));
            }
        }
        Path out = OUT.resolve("bench-results.md");
        Files.writeString(out, report.toString());
        System.out.println("(written to " + out.toAbsolutePath() + ")");
    }

    private void benchmark(String name, String url, String user, String password, boolean h2, int population)
            throws Exception {
        line("");
        line("## " + name);
        try (JpaPersistence db = JpaPersistence.open(url, user, password, JpaPersistence.Options.defaults())) {
            SiprocCore core = db.wire(SiprocCore.builder(TestProfiles.small())).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .build();
            BenchAccess names = new BenchAccess(db.dataSource());

            line("");
            line("### Bulk insert of persons");
            line("| path | persons | rows | rows/s |");
            line("|---|---|---|---|");
            long start = System.nanoTime();
            long rows = bulkJdbc(db, names, 0, population);
            double seconds = (System.nanoTime() - start) / 1e9;
            line(String.format(Locale.ROOT, "| raw JDBC batches of 1,000 (person + document + name keys) | %,d | %,d | %,.0f |",
                    population, rows, rows / seconds));
            int viaAdapter = Math.min(10_000, Math.max(1_000, population / 100));
            start = System.nanoTime();
            long adapterRows = bulkAdapter(db, population, viaAdapter);
            seconds = (System.nanoTime() - start) / 1e9;
            line(String.format(Locale.ROOT, "| Persons.save, 500 per transaction | %,d | %,d | %,.0f |", viaAdapter,
                    adapterRows, adapterRows / seconds));
            start = System.nanoTime();
            analyze(db, h2);
            line(String.format(Locale.ROOT, "%n(then %s: %.1f s)", h2 ? "ANALYZE" : "VACUUM ANALYZE",
                    (System.nanoTime() - start) / 1e9));

            // Registration on the loaded database: the duplicate check of the use case searches the whole population.
            int registrations = options.number("registrations", 1000);
            // Warm-up of both paths (JIT, caches), not measured.
            viaUseCase(core, 1, 300, 900_000_000L);
            viaJdbc(db, names, 1, 300, 910_000_000L);

            line("");
            line("### Registration (person + case + follow-up + 3 audit entries per transaction), over "
                    + String.format(Locale.ROOT, "%,d", population + viaAdapter) + " persons");
            line("| path | threads | registrations | tx/s | use case / raw |");
            line("|---|---|---|---|---|");
            for (int threads : new int[] {1, 2}) {
                double raw = viaJdbc(db, names, threads, registrations, 800_000_000L + threads * 10_000_000L);
                double useCase = viaUseCase(core, threads, registrations, 700_000_000L + threads * 10_000_000L);
                line(String.format(Locale.ROOT, "| raw JDBC | %d | %d | %.0f | |", threads, registrations * threads, raw));
                line(String.format(Locale.ROOT, "| use case on JPA | %d | %d | %.0f | %.2f× |", threads,
                        registrations * threads, useCase, useCase / raw));
            }
            rowsPerRegistration(db);

            line("");
            line("### Person search over " + String.format(Locale.ROOT, "%,d", population + viaAdapter) + " persons");
            search(db, population);
            searchTestSet(db);
            explain(db, names);
        }
    }

    // ---- registration -------------------------------------------------------------------------------------

    private static RegisterCaseCommand command(long i) {
        Names.Generated g = Names.person(i);
        PersonData person = PersonData.named(g.given(), g.first(), g.second(), Sex.M).withBirthDate(g.born())
                .withDocument("PASSPORT", "P" + i, "HN");
        return CaseFixtures.command("MXTAP", person, "MIGRATORY", "MIGRATION_STATION", LocalDate.of(2026, 11, 20), "MX",
                NARRATIVE);
    }

    private static double viaUseCase(SiprocCore core, int threads, int each, long firstIndex) throws Exception {
        Actor officer = Actor.officer("bench", TestProfiles.TAPACHULA);
        return parallel(threads, each, firstIndex, i -> core.registerCase().register(officer, command(i)));
    }

    private static double viaJdbc(JpaPersistence db, BenchAccess names, int threads, int each, long firstIndex)
            throws Exception {
        return parallel(threads, each, firstIndex, i -> {
            try {
                rawRegistration(db, names, i);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static double parallel(int threads, int each, long firstIndex, LongConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long base = firstIndex + (long) t * each;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        work.accept(base + i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return threads * each / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The rows the use case writes for one registration, written by hand with plain JDBC. */
    private static void rawRegistration(JpaPersistence db, BenchAccess names, long i) throws SQLException {
        Names.Generated g = Names.person(i);
        int sequence;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement up = c.prepareStatement("UPDATE case_number_counter SET last_value = last_value + 1"
                    + " WHERE country = 'HN' AND office = 'MXRAW' AND counter_year = 2026")) {
                if (up.executeUpdate() == 0) {
                    try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO case_number_counter VALUES ('HN', 'MXRAW', 2026, 0)");
                        s.execute("UPDATE case_number_counter SET last_value = last_value + 1"
                                + " WHERE country = 'HN' AND office = 'MXRAW' AND counter_year = 2026");
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_value FROM"
                    + " case_number_counter WHERE country = 'HN' AND office = 'MXRAW' AND counter_year = 2026")) {
                rs.next();
                sequence = rs.getInt(1);
            }
            c.commit();
        }
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
            UUID personId = UUID.randomUUID();
            UUID caseId = UUID.randomUUID();
            String nameKey = NameKey.of(g.fullName());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person (id, version, saved_at, given_names,"
                    + " first_surname, second_surname, name_key, birth_kind, birth_date, birth_date_approx, sex)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, 'EXACT', ?, ?, 'M')")) {
                p.setObject(1, personId);
                p.setObject(2, now);
                p.setString(3, g.given());
                p.setString(4, g.first());
                p.setString(5, g.second());
                p.setString(6, nameKey);
                p.setObject(7, g.born());
                p.setObject(8, g.born());
                p.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("INSERT INTO person_document VALUES (?, 0, 'PASSPORT', ?, 'HN', ?)")) {
                d.setObject(1, personId);
                d.setString(2, "P" + i);
                d.setString(3, "P" + i);
                d.executeUpdate();
            }
            try (PreparedStatement t = BenchAccess.prepareKeyInsert(c)) {
                BenchAccess.addKeys(t, personId, nameKey);
                t.executeBatch();
            }
            names.learn(nameKey);
            try (PreparedStatement k = c.prepareStatement("INSERT INTO protection_case (id, version, saved_at, case_number,"
                    + " country, office, case_year, case_sequence, main_person_id, reporter_kind, intake_channel,"
                    + " incident_date, incident_country, narrative, case_type, case_subtype, main_sex,"
                    + " main_age_at_incident, priority, priority_reason, assignee, status, status_changed_at,"
                    + " registered_at, registered_by, next_due_at) VALUES (?, 1, ?, ?, 'HN', 'MXRAW', 2026, ?, ?,"
                    + " 'THE_PERSON', 'IN_PERSON', ?, 'MX', ?, 'MIGRATORY', 'MIGRATION_STATION', 'M', 36, 'NORMAL',"
                    + " 'no rule applies', 'bench', 'REGISTERED', ?, ?, 'bench', ?)")) {
                k.setObject(1, caseId);
                k.setObject(2, now);
                k.setString(3, String.format("HN-MXRAW-2026-%06d", sequence));
                k.setInt(4, sequence);
                k.setObject(5, personId);
                k.setObject(6, LocalDate.of(2026, 11, 20));
                k.setString(7, NARRATIVE);
                k.setObject(8, now);
                k.setObject(9, now);
                k.setObject(10, now.plusDays(7));
                k.executeUpdate();
            }
            try (PreparedStatement cp = c.prepareStatement("INSERT INTO case_person VALUES (?, 0, ?)")) {
                cp.setObject(1, caseId);
                cp.setObject(2, personId);
                cp.executeUpdate();
            }
            try (PreparedStatement cc = c.prepareStatement("INSERT INTO case_consent VALUES (?, ?, ?, 'GIVEN', 'CONSENT',"
                    + " NULL, ?, 'bench')")) {
                for (String purpose : new String[] {"REGISTRATION", "REFERRAL"}) {
                    cc.setObject(1, caseId);
                    cc.setInt(2, purpose.equals("REGISTRATION") ? 0 : 1);
                    cc.setString(3, purpose);
                    cc.setObject(4, now);
                    cc.addBatch();
                }
                cc.executeBatch();
            }
            try (PreparedStatement f = c.prepareStatement("INSERT INTO case_follow_up VALUES (?, 0, ?, 'first attention',"
                    + " ?, 'bench', ?, NULL, NULL)")) {
                f.setObject(1, caseId);
                f.setObject(2, UUID.randomUUID());
                f.setObject(3, now.plusDays(7));
                f.setObject(4, now);
                f.executeUpdate();
            }
            try (PreparedStatement h = c.prepareStatement("INSERT INTO case_status_change VALUES (?, 0, NULL,"
                    + " 'REGISTERED', ?, 'bench', NULL)")) {
                h.setObject(1, caseId);
                h.setObject(2, now);
                h.executeUpdate();
            }
            appendAudit(c, now, List.of("PERSON_REGISTERED", "REGISTERED", "FOLLOW_UP_SCHEDULED"));
            c.commit();
        }
    }

    private static void appendAudit(Connection c, OffsetDateTime now, List<String> events) throws SQLException {
        long seq;
        String previous;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
            rs.next();
            seq = rs.getLong(1);
            previous = rs.getString(2);
        }
        try (PreparedStatement a = c.prepareStatement("INSERT INTO audit_entry VALUES (?, ?, 'bench', 'OFFICER',"
                + " 'local', 'REGISTER', ?, 'HN-MXRAW', '{}', ?, ?)")) {
            for (String event : events) {
                seq++;
                String hash = sha256(seq + now.toString() + event + previous);
                a.setLong(1, seq);
                a.setObject(2, now);
                a.setString(3, event);
                a.setString(4, previous);
                a.setString(5, hash);
                a.addBatch();
                previous = hash;
            }
            a.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            u.setLong(1, seq);
            u.setString(2, previous);
            u.executeUpdate();
        }
    }

    private void rowsPerRegistration(JpaPersistence db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            StringBuilder counts = new StringBuilder();
            for (String office : new String[] {"MXTAP", "MXRAW"}) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), (SELECT count(*) FROM case_follow_up f JOIN"
                        + " protection_case k ON k.id = f.case_id WHERE k.office = '" + office + "'),"
                        + " (SELECT count(*) FROM case_consent f JOIN protection_case k ON k.id = f.case_id"
                        + " WHERE k.office = '" + office + "') FROM protection_case WHERE office = '" + office + "'")) {
                    rs.next();
                    counts.append(String.format(Locale.ROOT, "%s: %d cases, %d follow-ups, %d consents; ", office,
                            rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            line("");
            line("Rows written, use case (MXTAP) vs raw JDBC (MXRAW): " + counts);
        }
    }

    // ---- bulk insert ----------------------------------------------------------------------------------------

    private static long bulkJdbc(JpaPersistence db, BenchAccess names, int from, int count) throws SQLException {
        long rows = 0;
        OffsetDateTime now = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person (id, version, saved_at, given_names,"
                    + " first_surname, second_surname, name_key, birth_kind, birth_date, birth_date_approx, sex)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, 'EXACT', ?, ?, 'UNKNOWN')");
                 PreparedStatement d = c.prepareStatement("INSERT INTO person_document VALUES (?, 0, 'DNI', ?, 'HN', ?)");
                 PreparedStatement t = BenchAccess.prepareKeyInsert(c)) {
                for (int i = from; i < from + count; i++) {
                    Names.Generated g = Names.person(i);
                    String key = NameKey.of(g.fullName());
                    p.setObject(1, g.id());
                    p.setObject(2, now);
                    p.setString(3, g.given());
                    p.setString(4, g.first());
                    p.setString(5, g.second());
                    p.setString(6, key);
                    p.setObject(7, g.born());
                    p.setObject(8, g.born());
                    p.addBatch();
                    d.setObject(1, g.id());
                    d.setString(2, g.dni().substring(0, 4) + "-" + g.dni().substring(4, 8) + "-" + g.dni().substring(8));
                    d.setString(3, g.dni());
                    d.addBatch();
                    rows += 2 + BenchAccess.addKeys(t, g.id(), key);
                    names.learn(key);
                    if ((i + 1) % 1000 == 0 || i == from + count - 1) {
                        p.executeBatch();
                        d.executeBatch();
                        t.executeBatch();
                        c.commit();
                    }
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf(Locale.ROOT, "  ... %,d persons%n", i + 1);
                    }
                }
            }
        }
        return rows;
    }

    private static long bulkAdapter(JpaPersistence db, int offset, int count) {
        long rows = 0;
        for (int from = 0; from < count; from += 500) {
            List<Person> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                Names.Generated g = Names.person(offset + i);
                batch.add(Person.storedAs(new PersonId(g.id()), PersonName.of(g.given(), g.first(), g.second()))
                        .birthDate(new BirthDate.Exact(g.born()))
                        .document(new IdentityDocument("DNI", g.dni(), CountryCode.of("HN"))).build());
            }
            db.transactions().inTransaction(() -> {
                batch.forEach(db.persons()::save);
                return null;
            });
            for (Person p : batch) {
                rows += 2 + BenchAccess.keyCount(p.name().searchKey());
            }
        }
        return rows;
    }

    private static void analyze(JpaPersistence db, boolean h2) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(h2 ? "ANALYZE" : "VACUUM ANALYZE");
        }
    }

    // ---- search ---------------------------------------------------------------------------------------------

    private void search(JpaPersistence db, int population) {
        int queries = options.number("queries", 500);
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) { // warm-up
            Names.Generated g = Names.person(random.nextInt(population));
            db.persons().search(new PersonSearchQuery(Names.variant(g, i, random), null, 0, 10));
        }
        long[] nanos = new long[queries];
        int[] hits = new int[5];
        int[] told = new int[5];
        int[] perVariant = new int[5];
        for (int q = 0; q < queries; q++) {
            Names.Generated g = Names.person(random.nextInt(population));
            int variant = q % 5;
            String text = Names.variant(g, variant, random);
            long start = System.nanoTime();
            List<Person> found = db.persons().search(new PersonSearchQuery(text, null, 0, 10));
            nanos[q] = System.nanoTime() - start;
            perVariant[variant]++;
            List<Person> top3 = found.subList(0, Math.min(3, found.size()));
            if (top3.stream().anyMatch(p -> p.id().value().equals(g.id()))) {
                hits[variant]++;
                told[variant]++;
            } else if (top3.size() == 3 && cannotTellApart(text, g, top3)) {
                told[variant]++;
            }
        }
        Arrays.sort(nanos);
        line(String.format(Locale.ROOT, "%d queries, page of 10: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                queries, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[queries - 1] / 1e6));
        line("");
        line("| query variant | queries | target in top 3 | target, or 3 persons matching the text at least as well |");
        line("|---|---|---|---|");
        String[] names = {"accent-free, lower case", "typo in first surname", "surnames swapped",
            "second surname missing", "swapped + typo, accent-free"};
        int allHits = 0;
        int allTold = 0;
        for (int v = 0; v < 5; v++) {
            allHits += hits[v];
            allTold += told[v];
            line(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% |", names[v], perVariant[v],
                    100.0 * hits[v] / perVariant[v], 100.0 * told[v] / perVariant[v]));
        }
        line(String.format(Locale.ROOT, "| **all** | %d | %.1f%% | %.1f%% |", queries, 100.0 * allHits / queries,
                100.0 * allTold / queries));
    }

    /**
     * Whether the text cannot single out the target: each of the top 3 matches it at least as well, by the core's
     * relevance, as the target's own name does (namesakes; "José López" among hundreds of José López Somebody).
     */
    private static boolean cannotTellApart(String text, Names.Generated target, List<Person> top3) {
        String key = NameKey.of(text);
        double targetRelevance = SearchRelevance.ofName(key, PersonName.of(target.given(), target.first(),
                target.second()), null, null);
        return top3.stream().allMatch(p -> SearchRelevance.ofName(key, p.name(), null, null) >= targetRelevance - 1e-9);
    }

    /** The plan of the candidate query for two typical searches, for the notes. */
    private void explain(JpaPersistence db, BenchAccess names) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            for (String text : new String[] {"maria jose lopez avila", "jose lopes"}) {
                line("");
                line("Plan of the candidate query for '" + text + "':");
                line("```");
                String plan = names.explain(c, text, 300);
                report.append(plan);
                System.out.print(plan);
                line("```");
            }
        }
    }

    /** The search test set of the contract suite (its targets added to the population), at the population's size. */
    private void searchTestSet(JpaPersistence db) {
        List<Person> targets = SearchTestSet.targets();
        db.transactions().inTransaction(() -> {
            targets.forEach(db.persons()::save);
            return null;
        });
        List<SearchTestSet.Query> queries = SearchTestSet.queries();
        List<String> misses = new ArrayList<>();
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            SearchTestSet.Query q = queries.get(i);
            long start = System.nanoTime();
            List<Person> top = db.persons().search(new PersonSearchQuery(q.text(), q.birthDate(), 0, 3));
            nanos[i] = System.nanoTime() - start;
            if (top.stream().noneMatch(p -> p.name().fullName().equals(q.expectedFullName()))) {
                misses.add(q.variant() + " '" + q.text() + "' → " + top.stream().map(p -> p.name().fullName()
                        + (p.birthDate() == null ? "" : " " + p.birthDate().approximateDate())).toList());
            }
        }
        Arrays.sort(nanos);
        line("");
        line(String.format(Locale.ROOT, "Contract search test set (%d queries, the 8 targets added to this population):"
                + " target in top 3 for %d (%.1f%%); p50 %.1f ms, p95 %.1f ms.", queries.size(),
                queries.size() - misses.size(), 100.0 * (queries.size() - misses.size()) / queries.size(),
                pct(nanos, 50), pct(nanos, 95)));
        misses.forEach(m -> line("- missed: " + m));
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void line(String text) {
        System.out.println(text);
        System.out.flush();
        report.append(text).append('\n');
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
