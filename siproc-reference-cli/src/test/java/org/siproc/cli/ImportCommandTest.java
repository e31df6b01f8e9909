package org.siproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code siproc import} and {@code siproc export} driven through picocli in-process, on H2 file databases. */
class ImportCommandTest {

    static final Path EXAMPLE = Path.of("../docs/examples/legacy-cases.csv");

    @TempDir
    Path dir;

    String init() {
        String db = CliRun.dbUrl(dir);
        CliRun.Result init = CliRun.run("--db", db, "init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        return db;
    }

    static CliRun.Result hq(String db, String... args) {
        return CliRun.as(db, "migracion.hq", "HQ_ANALYST", null, args);
    }

    static long count(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db, "", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The rejects file: problems by line. */
    static Map<Long, List<CSVRecord>> rejects(Path file) throws Exception {
        Map<Long, List<CSVRecord>> byLine = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertThat(p.getHeaderNames()).startsWith("line", "field", "rule", "message", "numero_caso");
            for (CSVRecord rec : p) {
                byLine.computeIfAbsent(Long.parseLong(rec.get("line")), k -> new ArrayList<>()).add(rec);
            }
        }
        return byLine;
    }

    @Test
    void importsTheDocumentedExampleAndListsEachBadRowWithItsColumnAndRule() throws Exception {
        String db = init();
        Path file = Files.copy(EXAMPLE, dir.resolve("legacy-cases.csv"));
        CliRun.Result r = hq(db, "--format", "json", "--lang", "en", "import", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"rowsRead\" : 20", "\"imported\" : 14", "\"rejected\" : 6");
        Map<Long, List<CSVRecord>> rejects = rejects(dir.resolve("legacy-cases.csv.rejects.csv"));
        assertThat(rejects).containsOnlyKeys(11L, 14L, 15L, 17L, 19L, 21L);
        assertThat(rejects.get(14L)).extracting(x -> x.get("field") + " " + x.get("rule"))
                .containsExactly("fecha_cierre SIPROC-0065");
        assertThat(rejects.get(15L).get(0).get("message")).contains("fecha_registro");
        assertThat(rejects.get(21L)).extracting(x -> x.get("field") + " " + x.get("rule"))
                .containsExactly("oficina SIPROC-0005", "primer_apellido SIPROC-0060");
        assertThat(rejects.get(11L).get(0).get("numero_caso")).isEqualTo("ASU-MXTAP-2019-0108");
        assertThat(count(db, "SELECT COUNT(*) FROM protection_case")).isEqualTo(14);

        CliRun.Result show = hq(db, "case", "show", "HN-MXTAP-2019-000001");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("CLOSED", "Núñez");
    }

    @Test
    void aFileWithoutTheLayoutsColumnsIsADataErrorAndNothingIsWritten() throws Exception {
        String db = init();
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "numero_caso,oficina,fecha,estado\nA-1,MXTAP,2020-01-01,CERRADO\n");
        CliRun.Result r = hq(db, "import", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("missing columns", "fecha_registro", "unknown columns", "fecha");
        assertThat(count(db, "SELECT COUNT(*) FROM protection_case")).isZero();
    }

    @Test
    void aFileInAnotherEncodingIsRefusedUntilItsEncodingIsGiven() throws Exception {
        String db = init();
        Path file = dir.resolve("latin1.csv");
        Files.writeString(file, Files.readString(EXAMPLE), Charset.forName("windows-1252"));
        CliRun.Result refused = hq(db, "--format", "json", "import", file.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err()).contains("\"field\" : \"encoding\"", "--encoding");
        assertThat(count(db, "SELECT COUNT(*) FROM protection_case")).isZero();

        CliRun.Result accepted = hq(db, "import", "--encoding", "windows-1252", file.toString());
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM person WHERE first_surname = 'Núñez'")).isPositive();
    }

    @Test
    void oneHundredThousandRowsWithOnePercentBadImportWithACompleteRejectsFile() throws Exception {
        String db = init();
        Path file = dir.resolve("asucom-100k.csv");
        int rows = 100_000;
        new ImportCommandTestData().write(file, rows, 100, 42);
        long started = System.nanoTime();
        CliRun.Result r = hq(db, "--format", "json", "import", "--progress", "lines", file.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("import of %,d rows: %.1f s%n", rows, seconds);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"rowsRead\" : 100000", "\"imported\" : 99000", "\"rejected\" : 1000",
                "\"skippedAlreadyImported\" : 0");
        assertThat(count(db, "SELECT COUNT(*) FROM protection_case")).isEqualTo(99_000);
        assertThat(count(db, "SELECT COUNT(*) FROM legacy_case")).isEqualTo(99_000);
        assertThat(count(db, "SELECT COUNT(*) FROM audit_entry WHERE event = 'LEGACY_CASES_IMPORTED'")).isEqualTo(99);

        Map<Long, List<CSVRecord>> rejects = rejects(dir.resolve("asucom-100k.csv.rejects.csv"));
        assertThat(rejects).hasSize(1000);
        List<Integer> bad = ImportCommandTestData.badRows(rows, 100);
        List<String> expectedNumbers = new ArrayList<>();
        List<String> rejectedNumbers = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord rec : p) {
                if (bad.contains((int) rec.getRecordNumber())) {
                    expectedNumbers.add(rec.get("numero_caso"));
                }
            }
        }
        for (int i = 0; i < bad.size(); i++) {
            List<CSVRecord> problems = rejects.values().stream().toList().get(i);
            assertThat(problems).singleElement().satisfies(p -> assertThat(p.get("message")).isNotBlank());
            rejectedNumbers.add(problems.get(0).get("numero_caso"));
            assertThat(problems.get(0).get("rule"))
                    .isEqualTo(ImportCommandTestData.BAD_RULES.get(i % ImportCommandTestData.BAD_RULES.size()));
        }
        assertThat(rejectedNumbers).isEqualTo(expectedNumbers);
    }

    @Test
    void anInterruptedImportContinuesWhereItStoppedWithoutDuplicates() throws Exception {
        String db = init();
        Path file = dir.resolve("asucom.csv");
        new ImportCommandTestData().write(file, 5_000, 50, 7);
        CliRun.Result first = hq(db, "--format", "json", "import", "--batch-size", "300", "--limit", "2000",
                file.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("\"rowsRead\" : 2000", "\"rejected\" : 40");
        long checkpoint = count(db, "SELECT committed_line FROM legacy_import");

        CliRun.Result second = hq(db, "--format", "json", "import", "--batch-size", "300", file.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("\"rowsRead\" : 5000", "\"imported\" : 2940", "\"rejected\" : 60",
                "\"skippedBeforeCheckpoint\" : 2000");
        long end = count(db, "SELECT committed_line FROM legacy_import");
        assertThat(end).isGreaterThan(checkpoint);
        assertThat(second.out()).contains("\"checkpointLine\" : " + end);
        assertThat(count(db, "SELECT COUNT(*) FROM protection_case")).isEqualTo(4_900);
        assertThat(count(db, "SELECT COUNT(DISTINCT legacy_number) FROM legacy_case")).isEqualTo(4_900);
        assertThat(rejects(dir.resolve("asucom.csv.rejects.csv"))).hasSize(100);

        CliRun.Result third = hq(db, "--format", "json", "import", file.toString());
        assertThat(third.out()).contains("\"imported\" : 0", "\"skippedBeforeCheckpoint\" : 5000");
        assertThat(count(db, "SELECT COUNT(*) FROM protection_case")).isEqualTo(4_900);
        assertThat(rejects(dir.resolve("asucom.csv.rejects.csv"))).hasSize(100);

        Path copy = Files.copy(file, dir.resolve("copy-with-a-new-line.csv"));
        Files.writeString(copy, "\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun.Result other = hq(db, "--format", "json", "import", copy.toString());
        assertThat(other.out()).contains("\"imported\" : 0", "\"skippedAlreadyImported\" : 4900");
    }

    @Test
    void exportsAnOfficesCasesAsJsonLinesAsTheUserMaySeeThemAndAuditsIt() throws Exception {
        String db = init();
        Path file = Files.copy(EXAMPLE, dir.resolve("legacy-cases.csv"));
        assertThat(hq(db, "import", file.toString()).exitCode()).isZero();

        Path out = dir.resolve("mxtap.jsonl");
        CliRun.Result r = hq(db, "--need-to-know", "export", "--in-office", "MXTAP", "--from", "2019-01-01",
                "--to", "2019-12-31", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{\"caseNumber\":\"HN-MXTAP-2019-")
                .contains("\"legacyNumber\":\"ASU-MXTAP-2019-").doesNotContain("\n"));
        assertThat(r.out()).contains("cases:", String.valueOf(lines.size()));
        assertThat(lines.get(0)).contains("\"narrative\":\"", "\"persons\":[{");

        CliRun.Result officer = CliRun.as(db, "ofi.sal", "OFFICER", "MXSAL", "export", "--in-office", "MXTAP");
        assertThat(officer.exitCode()).as(officer.toString()).isEqualTo(1);
        CliRun.Result own = CliRun.as(db, "ofi.tap", "OFFICER", "MXTAP", "export");
        assertThat(own.exitCode()).as(own.toString()).isZero();
        assertThat(own.out().lines()).allSatisfy(l -> assertThat(l).contains("\"sensitiveRedacted\":true",
                "\"narrative\":null"));
        assertThat(count(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT'")).isEqualTo(2);
    }
}
