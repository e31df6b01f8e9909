package org.siproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case through the whole tool on a fresh database, as a script would drive it: init, register, refer, the
 * institution responds, forms, a published report, and the audit chain still intact at the end.
 */
class CliEndToEndTest {

    @Test
    void initRegisterReferRespondRenderReportAndVerifyTheAuditChain(@TempDir Path dir) {
        String db = CliRun.dbUrl(dir);
        ok(CliRun.run("--db", db, "--format", "json", "init"));

        CliRun.Result registered = ok(CliRun.as(db, "ofi.tap", "OFFICER", "MXTAP", "--format", "json",
                "case", "register", "--input", CliCommandsTest.EXAMPLE.toString()));
        String number = registered.json("caseNumber");
        assertThat(number).startsWith("HN-MXTAP-");
        assertThat(registered.json("priority")).isNotBlank();

        ok(CliRun.as(db, "ofi.tap", "OFFICER", "MXTAP", "case", "refer", number, "--institution", "COMAR",
                "--reason", "Solicita orientación sobre la condición de refugiado."));
        CliRun.Result shown = ok(CliRun.as(db, "ofi.tap", "OFFICER", "MXTAP", "--format", "json", "case", "show",
                number));
        Matcher referral = Pattern.compile("\"id\" : \"([0-9a-f-]{36})\",\\s*\"institution\" : \"COMAR\",\\s*"
                + "\"status\" : \"SENT\"").matcher(shown.out());
        assertThat(referral.find()).as(shown.toString()).isTrue();
        String referralId = referral.group(1);

        ok(CliRun.as(db, "comar.enlace", "PARTNER", null, "--user-institution", "COMAR", "referral", "respond",
                number, referralId, "--response", "ACKNOWLEDGE"));
        ok(CliRun.as(db, "comar.enlace", "PARTNER", null, "--user-institution", "COMAR", "referral", "respond",
                number, referralId, "--response", "ACCEPT", "--note", "Cita el lunes."));

        Path forms = dir.resolve("forms");
        CliRun.Result rendered = ok(CliRun.as(db, "ofi.tap", "OFFICER", "MXTAP", "--format", "json", "forms",
                "render", number, "--out", forms.toString()));
        assertThat(rendered.out()).contains("INTAKE_SHEET", "REFERRAL_LETTER");
        assertThat(forms.resolve(number + "-intake_sheet.pdf")).isNotEmptyFile();

        CliRun.Result report = ok(CliRun.as(db, "hq", "HQ_ANALYST", null, "--format", "json", "report", "--from",
                "2026-01-01", "--to", "2026-12-31", "--published"));
        assertThat(report.out()).contains("cases-by-office");

        CliRun.Result audit = ok(CliRun.run("--db", db, "--format", "json", "audit", "verify"));
        assertThat(audit.out()).contains("\"intact\" : true");
        assertThat(audit.out()).doesNotContain("\"entriesChecked\" : 0");
    }

    private static CliRun.Result ok(CliRun.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }
}
