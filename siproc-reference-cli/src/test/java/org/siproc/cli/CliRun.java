package org.siproc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the CLI in-process, as a script would from a shell, with stdout and stderr captured. */
final class CliRun {

    /** What one run printed, and its exit code. */
    record Result(int exitCode, String out, String err) {
        /** The first value of {@code "name": "value"} in JSON output. */
        String json(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(out);
            if (!m.find()) {
                throw new AssertionError("no \"" + name + "\" in: " + out + err);
            }
            return m.group(1);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CliRun() {
    }

    static String dbUrl(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("siproc");
    }

    /** The passwords the test runs find in their environment. */
    static final String ADMIN_PASSWORD = "clave-de-administracion";
    static final String USER_PASSWORD = "clave-de-usuario-1";
    static final Map<String, String> ENVIRONMENT = Map.of(InitCommand.PASSWORD_VARIABLE, ADMIN_PASSWORD,
            UserCommands.PASSWORD_VARIABLE, USER_PASSWORD);

    /** The administrator {@link #initialised} creates. */
    static final String ADMIN = "root";

    static Result run(String... args) {
        return run(ENVIRONMENT, args);
    }

    static Result run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (SiprocCli cli = new SiprocCli(environment)) {
            code = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        }
        return new Result(code, out.toString(), err.toString());
    }

    /** A run on a database as an acting user: {@code --db URL --user U} then the args. */
    static Result as(String db, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db, "--user", user));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /**
     * A new database in {@code dir}, initialised with the administrator {@link #ADMIN} and the test accounts: officers
     * of Tapachula ({@code ofi.tap}) and Saltillo ({@code ofi.sal}), the consul of Tapachula ({@code consul.tap}), an
     * HQ analyst with need-to-know ({@code hq}), an observer ({@code obs}) and a COMAR partner ({@code comar}).
     */
    static String initialised(Path dir) {
        String db = dbUrl(dir);
        ok(run("--db", db, "init", "--admin", ADMIN, "--admin-name", "Administración"));
        ok(as(db, ADMIN, "user", "add", "ofi.tap", "--role", "OFFICER", "--office", "MXTAP", "--name", "Ana López"));
        ok(as(db, ADMIN, "user", "add", "ofi.sal", "--role", "OFFICER", "--office", "MXSAL"));
        ok(as(db, ADMIN, "user", "add", "consul.tap", "--role", "CONSUL", "--office", "MXTAP"));
        ok(as(db, ADMIN, "user", "add", "hq", "--role", "HQ_ANALYST", "--need-to-know"));
        ok(as(db, ADMIN, "user", "add", "obs", "--role", "OBSERVER"));
        ok(as(db, ADMIN, "user", "add", "comar", "--role", "PARTNER", "--institution", "COMAR"));
        return db;
    }

    static Result ok(Result result) {
        if (result.exitCode() != 0) {
            throw new AssertionError("expected exit 0: " + result);
        }
        return result;
    }
}
