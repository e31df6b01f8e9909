package org.siproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives each command through picocli in-process on one H2 file database, as a script would. */
class CliCommandsTest extends OnInitialisedDatabase {

    static final Path EXAMPLE = Path.of("../docs/examples/register-case.json");

    static CliRun.Result officer(String... args) {
        return CliRun.as(db, "ofi.tap", args);
    }

    static String register() {
        CliRun.Result r = officer("--format", "json", "case", "register", "--input", EXAMPLE.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.json("caseNumber");
    }

    @Test
    void initAgainLeavesTheSchemaAndRefusesASecondFirstAdministrator() {
        CliRun.Result again = CliRun.run("--db", db, "init");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("schema:", "migrated", "profile:", "HN").doesNotContain("administrator");
        CliRun.Result second = CliRun.run("--db", db, "--lang", "en", "init", "--admin", "intruder");
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
        assertThat(second.err()).contains("SIPROC-0033", CliRun.ADMIN);
    }

    @Test
    void commandsOtherThanInitRefuseADatabaseThatWasNeverInitialised(@TempDir Path empty) {
        CliRun.Result r = CliRun.as(CliRun.dbUrl(empty), "u", "case", "list");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("siproc init");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void registerPrintsCaseNumberPriorityWithItsRuleReferralsAndDuplicates() {
        CliRun.Result r = officer("case", "register", "--input", EXAMPLE.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("caseNumber: +HN-MXTAP-\\d{4}-\\d+")
                .contains("priority:", "priorityRule:", "priorityReason:", "suggestedReferrals:",
                        "duplicateCandidates:");
        // The example person was registered before (by the other tests or this one): a second registration names
        // the first as a likely duplicate.
        CliRun.Result second = officer("--format", "json", "case", "register", "--input", EXAMPLE.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("\"duplicateCandidates\"", "Núñez");
        assertThat(second.out()).containsPattern("\"duplicateCandidates\" : \\[\\s*\\{");
    }

    @Test
    void registerRefusesAMissingFileAsADataError() {
        CliRun.Result r = officer("case", "register", "--input", dir.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("No existe el archivo", "nope.json");
        CliRun.Result en = officer("--lang", "en", "case", "register", "--input", dir.resolve("nope.json").toString());
        assertThat(en.err()).contains("No such file", "nope.json");
    }

    @Test
    void registerNamesTheFieldOfMalformedJson() throws Exception {
        Path bad = dir.resolve("bad-sex.json");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("\"sex\": \"M\"", "\"sex\": \"MALE\""));
        CliRun.Result r = officer("--format", "json", "case", "register", "--input", bad.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("\"kind\" : \"DATA\"", "\"field\" : \"person.sex\"", "(línea 8, columna 12)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void registerRefusesUnknownPropertiesSoTyposAreNotDropped() throws Exception {
        Path bad = dir.resolve("typo.json");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("\"narrative\"", "\"narative\""));
        CliRun.Result r = officer("case", "register", "--input", bad.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("narative");
    }

    @Test
    void registerReportsEveryInvalidFieldOfTheCommandInTheChosenLanguage() throws Exception {
        Path bad = dir.resolve("blank.json");
        Files.writeString(bad, Files.readString(EXAMPLE).replaceFirst("\"narrative\": \"[^\"]*\"", "\"narrative\": \"\"")
                .replace("\"incidentCountry\": \"MX\"", "\"incidentCountry\": \"MEX\""));
        CliRun.Result es = officer("--lang", "es", "case", "register", "--input", bad.toString());
        assertThat(es.exitCode()).as(es.toString()).isEqualTo(3);
        assertThat(es.err()).contains("narrative", "incidentCountry", "SIPROC-");
        CliRun.Result en = officer("--lang", "en", "--format", "json", "case", "register", "--input", bad.toString());
        assertThat(en.exitCode()).isEqualTo(3);
        assertThat(en.err()).contains("\"kind\" : \"INVALID_COMMAND\"", "\"violations\"", "\"field\" : \"narrative\"");
        assertThat(en.err()).isNotEqualTo(es.err());
    }

    @Test
    void showPrintsTheCaseAndJsonHasTheSameFields() {
        String number = register();
        CliRun.Result table = officer("case", "show", number);
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("caseNumber:", number, "status:", "REGISTERED", "José Ángel Núñez");
        CliRun.Result json = officer("--format", "json", "case", "show", number);
        assertThat(json.json("status")).isEqualTo("REGISTERED");
        assertThat(json.json("office")).isEqualTo("MXTAP");
        assertThat(json.json("birthDate")).isEqualTo("1990-04-12");
    }

    @Test
    void globalOptionsMayFollowTheSubcommand() {
        String number = register();
        CliRun.Result r = CliRun.run("case", "show", number, "--db", db, "--user", "ofi.tap", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.json("caseNumber")).isEqualTo(number);
    }

    @Test
    void showOfAnUnknownCaseIsARefusal() {
        CliRun.Result r = officer("case", "show", "HN-MXTAP-2026-999999");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("SIPROC-");
    }

    @Test
    void anOfficerOfAnotherOfficeIsRefusedTheCase() {
        String number = register();
        CliRun.Result r = CliRun.as(db, "ofi.sal", "--format", "json", "case", "show", number);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("\"kind\" : \"ACCESS_DENIED\"");
    }

    @Test
    void listFiltersByOfficeStatusTypePriorityAndOverdue() {
        String number = register();
        CliRun.Result all = officer("case", "list", "--in-office", "MXTAP", "--status", "registered", "--type",
                "MIGRATORY");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(all.out()).contains("CASENUMBER", number);
        CliRun.Result none = officer("case", "list", "--type", "MISSING");
        assertThat(none.out()).contains("No hay expedientes.");
        CliRun.Result overdue = officer("--format", "json", "case", "list", "--overdue");
        assertThat(overdue.exitCode()).isZero();
        assertThat(overdue.out().trim()).startsWith("[");
        CliRun.Result csv = officer("--format", "csv", "case", "list", "--priority", "urgent");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("caseNumber,office,status");
    }

    @Test
    void actRecordsAnActionAndExpectedVersionCatchesAConflict() {
        String number = register();
        CliRun.Result act = officer("--format", "json", "case", "act", number, "--kind", "INTERVIEW", "--text",
                "Entrevista en la estación migratoria.");
        assertThat(act.exitCode()).as(act.toString()).isZero();
        assertThat(act.out()).contains("\"entryId\"");
        CliRun.Result stale = officer("case", "act", number, "--kind", "CALL", "--text", "Llamada.",
                "--expected-version", "0");
        assertThat(stale.exitCode()).as(stale.toString()).isEqualTo(1);
        assertThat(officer("case", "show", number).out()).contains("INTERVIEW");
    }

    @Test
    void referSendsANewReferralAndTheInstitutionResponds() {
        String number = register();
        CliRun.Result refer = officer("case", "refer", number, "--institution", "COMAR", "--reason",
                "Solicita información sobre refugio.");
        assertThat(refer.exitCode()).as(refer.toString()).isZero();
        String referralId = referralOf(number, "COMAR");
        CliRun.Result respond = CliRun.as(db, "comar", "referral", "respond", number, referralId, "--response", "acknowledge", "--note", "Recibido.");
        assertThat(respond.exitCode()).as(respond.toString()).isZero();
        assertThat(officer("case", "show", number).out()).contains("ACKNOWLEDGED");
    }

    @Test
    void referWithoutInstitutionIsAUsageError() {
        CliRun.Result r = officer("case", "refer", "HN-MXTAP-2026-000001", "--reason", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--institution");
    }

    @Test
    void closingACaseThatIsNotResolvedIsRefusedByTheWorkflow() {
        String number = register();
        CliRun.Result r = CliRun.as(db, "consul.tap", "--lang", "en", "case", "close", number,
                "--reason", "Done.");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("SIPROC-0010");
    }

    @Test
    void statusWalksTheWorkflowUpToClosing() {
        String number = register();
        for (String status : new String[] {"IN_ASSESSMENT", "IN_PROGRESS", "RESOLVED"}) {
            CliRun.Result r = officer("case", "status", number, "--to", status, "--reason", "Avanza.");
            assertThat(r.exitCode()).as(r.toString()).isZero();
        }
        CliRun.Result close = CliRun.as(db, "consul.tap", "case", "close", number, "--reason",
                "Caso resuelto.");
        assertThat(close.exitCode()).as(close.toString()).isZero();
        assertThat(officer("--format", "json", "case", "show", number).json("status")).isEqualTo("CLOSED");
    }

    @Test
    void formsRenderWritesThePdfs() throws Exception {
        String number = register();
        Path out = dir.resolve("forms-" + number);
        CliRun.Result r = officer("forms", "render", number, "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path intake = out.resolve(number + "-intake_sheet.pdf");
        assertThat(intake).exists();
        assertThat(new String(Files.readAllBytes(intake), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        CliRun.Result unknown = officer("forms", "render", number, "--out", out.toString(), "--form", "NO_SUCH_FORM");
        assertThat(unknown.exitCode()).as(unknown.toString()).isIn(1, 3);
    }

    @Test
    void reportPrintsIndicatorsAndPublishedOnesAreDisclosureControlled() {
        register();
        CliRun.Result table = CliRun.as(db, "hq", "report", "--from", "2026-01-01", "--to",
                "2026-12-31", "--indicator", "cases-by-office");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("Casos por oficina");
        CliRun.Result published = CliRun.as(db, "obs", "--lang", "en", "--format", "json",
                "report", "--from", "2026-01-01", "--to", "2026-12-31", "--published");
        assertThat(published.exitCode()).as(published.toString()).isZero();
        assertThat(published.out()).contains("Cases by office");
        CliRun.Result internalForObserver = CliRun.as(db, "obs", "report", "--from", "2026-01-01",
                "--to", "2026-12-31");
        assertThat(internalForObserver.exitCode()).isEqualTo(1);
        Path xlsx = dir.resolve("report.xlsx");
        CliRun.Result file = CliRun.as(db, "hq", "report", "--from", "2026-01-01", "--to",
                "2026-12-31", "--out", xlsx.toString());
        assertThat(file.exitCode()).as(file.toString()).isZero();
        assertThat(xlsx).isNotEmptyFile();
        CliRun.Result badIndicator = CliRun.as(db, "hq", "report", "--from", "2026-01-01",
                "--to", "2026-12-31", "--indicator", "nope");
        assertThat(badIndicator.exitCode()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitWith2AndJsonErrorsWhenAsked() {
        assertThat(CliRun.run("--db", db, "nonsense").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("--db", db).exitCode()).isEqualTo(2);
        CliRun.Result noUser = CliRun.run("--db", db, "case", "list");
        assertThat(noUser.exitCode()).isEqualTo(2);
        assertThat(noUser.err()).contains("--user", "SIPROC_USER");
        CliRun.Result json = CliRun.run("--db", db, "--format", "json", "case", "show");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).contains("\"kind\" : \"USAGE\"", "CASE");
        assertThat(CliRun.run("--help").exitCode()).isZero();
    }

    @Test
    void everyKindOfErrorHasItsExitCodeAndAJsonErrorWhenAsked(@TempDir Path files) throws Exception {
        String number = register();
        // 2: usage errors, whether picocli or the command finds them.
        assertUsage(officer("--format", "json", "export", "--from", "2026-13-01"), "--from");
        assertUsage(officer("--format", "json", "export", "--from", "2026-12-01", "--to", "2026-01-01"), null);
        assertUsage(officer("--format", "json", "report", "--from", "2026-12-01", "--to", "2026-01-01"), null);
        assertUsage(officer("--format", "json", "case", "act", number, "--kind", "NOTE", "--text", "x", "--on",
                "ayer"), "--on");
        assertUsage(officer("--format", "json", "user"), null);
        // 3: data errors — files that cannot be written, a malformed id, a profile that does not load.
        Path aFile = Files.writeString(files.resolve("a-file"), "not a folder");
        Path underAFile = aFile.resolve("out.jsonl");
        assertData(officer("--format", "json", "export", "--out", underAFile.toString()), "out");
        assertData(officer("--format", "json", "forms", "render", number, "--out", underAFile.toString()), "out");
        assertData(CliRun.as(db, "hq", "--format", "json", "report", "--from", "2026-01-01", "--to", "2026-12-31",
                "--out", aFile.resolve("r.csv").toString()), "out");
        assertData(CliRun.as(db, "comar", "--format", "json", "referral", "respond", number, "no-es-un-id",
                "--response", "ACKNOWLEDGE"), "referralId");
        assertData(officer("--format", "json", "--profile", "xx", "case", "show", number), "profile");
        // 1: refusals; an unknown user's export leaves no empty file behind.
        Path export = files.resolve("export.jsonl");
        assertThat(CliRun.as(db, "nadie", "export", "--out", export.toString()).exitCode()).isEqualTo(1);
        assertThat(export).doesNotExist();
        CliRun.Result refused = officer("--format", "json", "case", "status", number, "--to", "CLOSED");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("\"kind\" : \"ACCESS_DENIED\"", "\"code\" : \"SIPROC-0030\"");
    }

    private static void assertUsage(CliRun.Result r, String field) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err()).as(r.toString()).contains("\"kind\" : \"USAGE\"",
                field == null ? "\"exitCode\" : 2" : "\"field\" : \"" + field + "\"");
    }

    private static void assertData(CliRun.Result r, String field) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err()).as(r.toString()).contains("\"exitCode\" : 3", "\"field\" : \"" + field + "\"");
    }

    @Test
    void auditVerifyFindsAnIntactChainThenTheFirstTamperedEntry(@TempDir Path own) throws Exception {
        String url = CliRun.initialised(own);
        CliRun.Result reg = CliRun.as(url, "ofi.tap", "case", "register", "--input", EXAMPLE.toString());
        assertThat(reg.exitCode()).as(reg.toString()).isZero();
        CliRun.Result ok = CliRun.as(url, CliRun.ADMIN, "--format", "json", "audit", "verify");
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("\"intact\" : true");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET user_id = 'someone.else' WHERE seq = 1");
        }
        CliRun.Result broken = CliRun.as(url, CliRun.ADMIN, "--lang", "en", "audit", "verify");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(3);
        assertThat(broken.out()).contains("firstBrokenEntry:", "1");
        assertThat(broken.err()).contains("broken at entry 1");
    }

    static String referralOf(String number, String institution) {
        CliRun.Result show = officer("--format", "json", "case", "show", number);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\" : \"([0-9a-f-]{36})\",\\s*\"institution\" : \""
                + institution + "\"").matcher(show.out());
        assertThat(m.find()).as(show.toString()).isTrue();
        return m.group(1);
    }
}
