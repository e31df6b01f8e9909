package org.siproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged tool as an administrator's script runs it: the {@code siproc} launcher script starting
 * {@code target/siproc.jar} in a JVM of its own for every command, on a fresh H2 file database given by
 * {@code $SIPROC_DB}, passwords from the environment. init (with the first administrator) → accounts → register →
 * refer → the institution responds → forms → published report → export → audit verify, then the same check after
 * an audit entry was changed behind the tool's back. Every {@code --format json} answer must parse as JSON, and
 * every exported line on its own: stdout carries nothing but the tool's output. Run by failsafe after
 * {@code package}.
 */
class CliJarIT {

    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Run siproc(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("siproc.launcher", "../siproc"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("SIPROC_JAR", System.getProperty("siproc.jar", "target/siproc.jar"));
        env.put("SIPROC_CDS_DIR", dir.resolve("cds").toString());
        env.put("SIPROC_DB", jdbcUrl());
        env.put("LANG", "es_HN.UTF-8");
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.put("SIPROC_ADMIN_PASSWORD", "clave-del-administrador");
        env.put("SIPROC_NEW_USER_PASSWORD", "clave-de-cada-usuario");
        env.remove("SIPROC_USER");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("siproc " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + dir.resolve("data/siproc");
    }

    private Run ok(String... args) throws IOException, InterruptedException {
        Run run = siproc(args);
        assertThat(run.exitCode()).as("siproc %s%n%s", String.join(" ", args), run).isZero();
        return run;
    }

    @Test
    void theLauncherRunsTheJarThroughACaseFromInitToAuditVerify() throws Exception {
        assertThat(ok("--help").out()).contains("Uso: siproc", "init", "user", "case", "referral", "forms", "report",
                "audit", "import", "export");
        assertThat(ok("--lang", "en", "case", "--help").out()).contains("Usage: siproc case",
                "Register, show, list and work on cases.");

        JsonNode init = ok("--format", "json", "init", "--admin", "admin", "--admin-name", "Administración").json();
        assertThat(init.get("administrator").asString()).isEqualTo("admin");
        ok("--user", "admin", "user", "add", "ofi.tap", "--role", "OFFICER", "--office", "MXTAP");
        ok("--user", "admin", "user", "add", "comar", "--role", "PARTNER", "--institution", "COMAR");
        ok("--user", "admin", "user", "add", "hq", "--role", "HQ_ANALYST");

        Path example = Path.of("../docs/examples/register-case.json").toAbsolutePath();
        JsonNode registered = ok("--user", "ofi.tap", "--format", "json", "case", "register", "--input",
                example.toString()).json();
        String number = registered.get("caseNumber").asString();
        assertThat(number).startsWith("HN-MXTAP-");

        ok("--user", "ofi.tap", "case", "refer", number, "--institution", "COMAR", "--reason",
                "Solicita orientación sobre la condición de refugiado.");
        String referral = null;
        for (JsonNode r : ok("--user", "ofi.tap", "--format", "json", "case", "show", number).json()
                .get("referrals")) {
            if (r.get("institution").asString().equals("COMAR") && r.get("status").asString().equals("SENT")) {
                referral = r.get("id").asString();
            }
        }
        assertThat(referral).as("a SENT referral to COMAR").isNotNull();
        ok("--user", "comar", "referral", "respond", number, referral, "--response", "ACKNOWLEDGE");
        ok("--user", "comar", "referral", "respond", number, referral, "--response", "ACCEPT", "--note", "Cita.");

        JsonNode forms = ok("--user", "ofi.tap", "--format", "json", "forms", "render", number, "--out",
                dir.resolve("forms").toString()).json();
        assertThat(forms).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode form : forms) {
            byte[] pdf = Files.readAllBytes(Path.of(form.get("file").asString()));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }

        String report = ok("--user", "hq", "--format", "json", "report", "--from", "2026-01-01", "--to",
                "2026-12-31", "--published").out();
        assertThat(JSON.readTree(report).toString()).contains("cases-by-office");

        // Export: one JSON object per line, the registered case among them, as the officer may see it.
        List<JsonNode> exported = new ArrayList<>();
        for (String line : ok("--user", "ofi.tap", "export", "--in-office", "MXTAP").out().split("\n")) {
            exported.add(JSON.readTree(line));
        }
        assertThat(exported).hasSize(1);
        JsonNode line = exported.get(0);
        assertThat(line.get("caseNumber").asString()).isEqualTo(number);
        assertThat(line.get("persons").get(0).get("id").asString()).isEqualTo(registered.get("personId").asString());
        assertThat(line.get("persons").get(0).get("firstSurname").asString()).isEqualTo("Núñez");
        assertThat(line.get("referrals").toString()).contains(referral, "ACCEPTED");
        Path file = dir.resolve("export.jsonl");
        JsonNode summary = ok("--user", "ofi.tap", "--format", "json", "export", "--from", "2026-01-01", "--out",
                file.toString()).json();
        assertThat(summary.get("cases").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(Files.readAllLines(file, StandardCharsets.UTF_8).get(0)).get("caseNumber")
                .asString()).isEqualTo(number);

        JsonNode audit = ok("--user", "admin", "--format", "json", "audit", "verify").json();
        assertThat(audit.get("intact").asBoolean()).isTrue();
        assertThat(audit.get("entriesChecked").asLong()).isGreaterThan(5);

        // An entry changed behind the tool's back (the tool is not running, so the H2 file is free): the chain
        // breaks there, audit verify exits 3 and names that entry.
        long tampered = audit.get("entriesChecked").asLong() / 2;
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE audit_entry SET subject = 'case:otro' WHERE seq = " + tampered))
                    .isEqualTo(1);
        }
        Run broken = siproc("--user", "admin", "--lang", "en", "--format", "json", "audit", "verify");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(3);
        assertThat(broken.json().get("intact").asBoolean()).isFalse();
        assertThat(broken.json().get("firstBrokenEntry").asLong()).isEqualTo(tampered);
        assertThat(broken.err()).contains("broken at entry " + tampered);

        Run refused = siproc("--user", "nadie", "--format", "json", "case", "show", number);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(JSON.readTree(refused.err()).get("error").get("code").asString()).isEqualTo("SIPROC-0031");
        assertThat(siproc("case", "frobnicate").exitCode()).isEqualTo(2);
        assertThat(siproc("--user", "ofi.tap", "case", "register", "--input", "missing.json").exitCode())
                .isEqualTo(3);
    }
}
