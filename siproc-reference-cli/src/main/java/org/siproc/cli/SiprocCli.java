package org.siproc.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code siproc} command-line tool: the global options, the command tree and the one exception
 * handler. Every command reaches the core through {@link Session}, opened once per run and closed at its end.
 *
 * <p>The acting user ({@code --user}) names an enabled account of the database (created by {@code init --admin} or
 * {@code user add}); the role, office, institution and need-to-know the user acts with come from that account, and
 * every use case records the user in the audit trail. Who may run the tool as whom is the operating system's
 * business (the database file's permissions, or the database password): see {@code docs/cli.md}.
 */
@Command(name = "siproc", mixinStandardHelpOptions = true, version = "siproc 0.1.0-SNAPSHOT",
        description = "SIPROC reference command-line tool: set-up and scripted operations on consular-protection cases.",
        subcommands = {InitCommand.class, UserCommands.class, CaseCommands.class, ReferralCommands.class,
                FormsCommands.class, ReportCommand.class, AuditCommands.class, ImportCommand.class, ExportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:refused by a business rule, the access policy, a version conflict, or not found",
                "2:usage error (unknown command or option, missing or malformed argument)",
                "3:data error (bad input file, invalid value or command, database not initialised, broken audit chain)",
                "4:internal error"})
public final class SiprocCli implements Runnable, AutoCloseable {

    /** The embedded database when {@code --db} is not given: an H2 file under {@code ./siproc-data}. */
    static final String DEFAULT_DB = "jdbc:h2:file:./siproc-data/siproc";

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int DATA_ERROR = 3;
    static final int INTERNAL_ERROR = 4;

    /** How results and errors are printed. */
    enum Format { TABLE, JSON, CSV }

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL", defaultValue = "${env:SIPROC_DB}",
            description = "JDBC URL of the database (default: " + DEFAULT_DB + ", or $SIPROC_DB).")
    @Nullable String db;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, defaultValue = "${env:SIPROC_DB_USER}",
            description = "Database user (or $SIPROC_DB_USER).")
    @Nullable String dbUser;

    @Option(names = "--db-password", scope = ScopeType.INHERIT, defaultValue = "${env:SIPROC_DB_PASSWORD}",
            description = "Database password (prefer $SIPROC_DB_PASSWORD: options show in the process list).")
    @Nullable String dbPassword;

    @Option(names = "--profile", scope = ScopeType.INHERIT, defaultValue = "hn",
            description = "Country profile (default: ${DEFAULT-VALUE}).")
    String profile = "hn";

    @Option(names = "--lang", scope = ScopeType.INHERIT, defaultValue = "es",
            description = "Language of messages and labels: es or en (default: ${DEFAULT-VALUE}).")
    String lang = "es";

    @Option(names = "--format", scope = ScopeType.INHERIT, defaultValue = "table",
            description = "Output: table, json or csv (default: ${DEFAULT-VALUE}). With json, errors are JSON too.")
    Format format = Format.TABLE;

    @Option(names = "--user", scope = ScopeType.INHERIT, defaultValue = "${env:SIPROC_USER}",
            description = "The acting user: an account of this database (siproc user list), or $SIPROC_USER. The role,"
                    + " office, institution and need-to-know come from the account; every use case is audited.")
    @Nullable String user;

    private final Map<String, String> environment;
    private @Nullable Session session;

    /** The tool reading passwords from the process environment. */
    public SiprocCli() {
        this(System.getenv());
    }

    /** The tool with the environment it reads passwords from ({@code SIPROC_ADMIN_PASSWORD}, ...): for tests. */
    SiprocCli(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Runs the tool and exits the JVM with its exit code. */
    public static void main(String[] args) {
        int code;
        try (SiprocCli cli = new SiprocCli()) {
            code = cli.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        }
        System.exit(code);
    }

    /** Parses and runs one command line, printing to the given writers; returns the exit code. */
    int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(this);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorHandler handler = new ErrorHandler(this, args);
        commandLine.setExecutionExceptionHandler(handler);
        commandLine.setParameterExceptionHandler(handler);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        // "siproc" alone: the usage, as a usage error.
        throw new CommandLine.ParameterException(new CommandLine(this), Messages.get(locale(), "usage.missingCommand",
                "init, user, case, referral, forms, report, audit"));
    }

    Locale locale() {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("es");
    }

    String jdbcUrl() {
        return db == null || db.isBlank() ? DEFAULT_DB : db;
    }

    /** The database, profile and core, opened on first use; {@code migrate} only for {@code init}. */
    Session session(boolean migrate) {
        if (session == null) {
            if (!"es".equalsIgnoreCase(lang) && !"en".equalsIgnoreCase(lang)) {
                throw new UsageException("usage.lang", lang);
            }
            session = Session.open(jdbcUrl(), dbUser, dbPassword, profile, locale(), migrate);
        }
        return session;
    }

    /** The acting user: the enabled account {@code --user} names, acting from "cli". */
    Actor actor() {
        if (user == null || user.isBlank()) {
            throw new UsageException("usage.user");
        }
        return session(false).core.manageAccounts().actorFor(user, "cli");
    }

    /** A variable of the environment the tool was started with; null when unset or blank. */
    @Nullable String environment(String name) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String message(String key, Object... arguments) {
        return Messages.get(locale(), key, arguments);
    }

    Output output(CommandLine commandLine) {
        return new Output(format, commandLine.getOut());
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** A usage error found after parsing (a missing acting user, a bad language): exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object[] arguments;

        /** {@code key} names the message in {@code org/siproc/cli/messages*.properties}. */
        UsageException(String key, Object... arguments) {
            super(key);
            this.arguments = arguments.clone();
        }

        String message(Locale locale) {
            return Messages.get(locale, String.valueOf(getMessage()), arguments);
        }
    }

    /** A bad input file or a store that cannot be used, found by the tool itself: exit code 3. */
    static final class DataException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final @Nullable String field;
        private final transient Object[] arguments;

        /** {@code key} names the message in {@code org/siproc/cli/messages*.properties}. */
        DataException(@Nullable String field, @Nullable Throwable cause, String key, Object... arguments) {
            super(key, cause);
            this.field = field;
            this.arguments = arguments.clone();
        }

        @Nullable String field() {
            return field;
        }

        String message(Locale locale) {
            return Messages.get(locale, String.valueOf(getMessage()), arguments);
        }
    }
}
