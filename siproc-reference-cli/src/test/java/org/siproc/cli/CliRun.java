package org.siproc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (SiprocCli cli = new SiprocCli()) {
            code = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        }
        return new Result(code, out.toString(), err.toString());
    }

    /** A run on a database as an acting user: {@code --db URL --user U --role R [--office O]} then the args. */
    static Result as(String db, String user, String role, String office, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db, "--user", user, "--role", role));
        if (office != null) {
            all.add("--office");
            all.add(office);
        }
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
