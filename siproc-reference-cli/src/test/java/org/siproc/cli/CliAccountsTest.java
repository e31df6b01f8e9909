package org.siproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts through the CLI: the first administrator, {@code user add|list|disable|enable}, and {@code --user}. */
class CliAccountsTest extends OnInitialisedDatabase {

    @Test
    void initCreatesTheFirstAdministratorWithAnArgon2idHashTheWebAppVerifies(@TempDir Path own) throws Exception {
        String url = CliRun.dbUrl(own);
        CliRun.Result init = CliRun.run("--db", url, "--format", "json", "init", "--admin", "ana.admin",
                "--admin-name", "Ana Admin");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.json("administrator")).isEqualTo("ana.admin");
        String hash = storedHash(url, "ana.admin");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$").doesNotContain(CliRun.ADMIN_PASSWORD);
        assertThat(new Argon2Passwords().matches(CliRun.ADMIN_PASSWORD, hash)).isTrue();
        assertThat(new Argon2Passwords().matches("otra-clave-cualquiera", hash)).isFalse();
        CliRun.Result list = CliRun.as(url, "ana.admin", "--format", "json", "user", "list");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("\"role\" : \"ADMIN\"", "\"name\" : \"Ana Admin\"");
    }

    @Test
    void twoInitsWithAnAdministratorAtOnceMakeOneAdministratorAndOneClearRefusal(@TempDir Path own) throws Exception {
        String url = CliRun.dbUrl(own);
        // Both start together on a new database: both migrate the schema, both try to create the first administrator.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<CliRun.Result> results = new ArrayList<>();
        try {
            List<Future<CliRun.Result>> runs = new ArrayList<>();
            for (String admin : List.of("primera", "segunda")) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return CliRun.run("--db", url, "--format", "json", "--lang", "en", "init", "--admin", admin);
                }));
            }
            start.countDown();
            for (Future<CliRun.Result> run : runs) {
                results.add(run.get(5, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(results).as(results.toString()).extracting(CliRun.Result::exitCode)
                .containsExactlyInAnyOrder(0, 1);
        CliRun.Result refused = results.stream().filter(r -> r.exitCode() == 1).findFirst().orElseThrow();
        assertThat(refused.err()).contains("\"code\" : \"SIPROC-0033\"", "\"kind\" : \"RULE_VIOLATION\"");
        assertThat(refused.out()).isEmpty();
        String winner = results.stream().filter(r -> r.exitCode() == 0).findFirst().orElseThrow()
                .json("administrator");
        CliRun.Result list = CliRun.as(url, winner, "--format", "csv", "user", "list");
        assertThat(list.out().lines().filter(line -> line.contains(",ADMIN,"))).as(list.toString()).hasSize(1);
    }

    /**
     * A hash this CLI wrote ({@code init --admin golden}, password {@code golden-password-1}); the web app's
     * {@code SharedAccountsTest} logs in with it, so the two sides agree on the stored form.
     */
    @Test
    void aHashTheCliWroteBeforeStillVerifiesAndTheWebAppLogsInWithIt() {
        String written = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$WaED022Q0T79xNio6rsJjQ"
                + "$7WDBPvR9BIep6f/yrH1pWieq1ApomEdW7/6Q93dpG8E";
        assertThat(new Argon2Passwords().matches("golden-password-1", written)).isTrue();
        assertThat(new Argon2Passwords().matches("golden-password-2", written)).isFalse();
    }

    @Test
    void theAdministratorPasswordIsNeverAnOptionValueAndMustBeLongEnough(@TempDir Path own) {
        String url = CliRun.dbUrl(own);
        CliRun.Result none = CliRun.run(Map.of(), "--db", url, "--lang", "en", "init", "--admin", "a");
        assertThat(none.exitCode()).as(none.toString()).isEqualTo(2);
        assertThat(none.err()).contains("SIPROC_ADMIN_PASSWORD", "--password");
        CliRun.Result shortOne = CliRun.run(Map.of(InitCommand.PASSWORD_VARIABLE, "corta"), "--db", url, "--lang",
                "es", "init", "--admin", "a");
        assertThat(shortOne.exitCode()).as(shortOne.toString()).isEqualTo(1);
        assertThat(shortOne.err()).contains("SIPROC-0035", "12 caracteres");
    }

    @Test
    void passwordPromptsForThePasswordInsteadOfTakingAValue(@TempDir Path own) throws Exception {
        String url = CliRun.dbUrl(own);
        // No terminal in a test: picocli reads the typed line from standard input.
        CliRun.Result asValue = typing("tecleada-sin-eco\n", () -> CliRun.run(Map.of(), "--db", url, "init",
                "--admin", "a", "--password", "visible-en-ps-123"));
        assertThat(asValue.exitCode()).as(asValue.toString()).isEqualTo(2);
        assertThat(asValue.err()).contains("visible-en-ps-123");
        CliRun.Result typed = typing("tecleada-sin-eco\n", () -> CliRun.run(Map.of(), "--db", url, "init",
                "--admin", "a", "--password"));
        assertThat(typed.exitCode()).as(typed.toString()).isZero();
        assertThat(new Argon2Passwords().matches("tecleada-sin-eco", storedHash(url, "a"))).isTrue();
    }

    private static CliRun.Result typing(String input, java.util.function.Supplier<CliRun.Result> run) {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theActingUsersRoleAndOfficeComeFromTheAccountNotFromOptions() {
        CliRun.Result claim = CliRun.as(db, "ofi.sal", "--role", "HQ_ANALYST", "case", "list");
        assertThat(claim.exitCode()).as(claim.toString()).isEqualTo(2);
        assertThat(claim.err()).contains("--role");
        CliRun.Result list = CliRun.as(db, "ofi.sal", "--format", "json", "case", "list", "--in-office", "MXTAP");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(1);
        assertThat(list.err()).contains("ACCESS_DENIED");
    }

    @Test
    void anUnknownUserIsRefusedNamingTheRule() {
        CliRun.Result r = CliRun.as(db, "nadie", "--lang", "en", "--format", "json", "case", "list");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("\"code\" : \"SIPROC-0031\"", "\"field\" : \"user\"", "nadie");
        CliRun.Result es = CliRun.as(db, "nadie", "case", "list");
        assertThat(es.err()).contains("SIPROC-0031", "No existe la cuenta nadie");
    }

    @Test
    void aDisabledUserIsRefusedUntilEnabledAgain() {
        CliRun.ok(CliRun.as(db, CliRun.ADMIN, "user", "add", "temporal", "--role", "OBSERVER"));
        CliRun.Result disabled = CliRun.ok(CliRun.as(db, CliRun.ADMIN, "--format", "json", "user", "disable",
                "temporal"));
        assertThat(disabled.out()).contains("\"enabled\" : false");
        CliRun.Result refused = CliRun.as(db, "temporal", "--lang", "en", "report", "--from", "2026-01-01", "--to",
                "2026-01-31", "--published");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("SIPROC-0032", "temporal");
        CliRun.ok(CliRun.as(db, CliRun.ADMIN, "user", "enable", "temporal"));
        CliRun.ok(CliRun.as(db, "temporal", "report", "--from", "2026-01-01", "--to", "2026-01-31", "--published"));
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        CliRun.Result r = CliRun.as(db, "hq", "--format", "json", "user", "add", "otro", "--role", "OBSERVER");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("\"kind\" : \"ACCESS_DENIED\"");
        assertThat(CliRun.as(db, "ofi.tap", "user", "list").exitCode()).isEqualTo(1);
        assertThat(CliRun.as(db, CliRun.ADMIN, "user", "list").out()).doesNotContain("otro");
    }

    @Test
    void accountsFollowTheRulesOfTheirRoleAndTheProfile() {
        CliRun.Result noOffice = CliRun.as(db, CliRun.ADMIN, "--format", "json", "user", "add", "x1", "--role",
                "OFFICER");
        assertThat(noOffice.exitCode()).as(noOffice.toString()).isEqualTo(3);
        assertThat(noOffice.err()).contains("\"field\" : \"office\"");
        CliRun.Result unknownOffice = CliRun.as(db, CliRun.ADMIN, "--format", "json", "user", "add", "x2", "--role",
                "CONSUL", "--office", "ZZNOPE");
        assertThat(unknownOffice.exitCode()).as(unknownOffice.toString()).isEqualTo(3);
        assertThat(unknownOffice.err()).contains("ZZNOPE");
        CliRun.Result taken = CliRun.as(db, CliRun.ADMIN, "user", "add", "ofi.tap", "--role", "OBSERVER");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("SIPROC-0034");
    }

    @Test
    void theLastAdministratorCannotBeDisabled() {
        CliRun.Result r = CliRun.as(db, CliRun.ADMIN, "user", "disable", CliRun.ADMIN);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("SIPROC-0036");
    }

    @Test
    void listShowsEveryAccountAsATableJsonOrCsv() {
        CliRun.Result table = CliRun.ok(CliRun.as(db, CliRun.ADMIN, "user", "list"));
        assertThat(table.out()).contains("USER", "ofi.tap", "Ana López", "MXTAP", "comar", "COMAR");
        CliRun.Result csv = CliRun.ok(CliRun.as(db, CliRun.ADMIN, "--format", "csv", "user", "list"));
        assertThat(csv.out()).startsWith("user,name,role,office,institution,needToKnow,enabled")
                .contains("hq,hq,HQ_ANALYST,,,true,true");
    }

    private static String storedHash(String url, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM web_account WHERE username = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
