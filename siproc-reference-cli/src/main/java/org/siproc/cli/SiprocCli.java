package org.siproc.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.OfficeCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code siproc} command-line tool: the global options, the command tree and the one exception
 * handler. Every command reaches the core through {@link Session}, opened once per run and closed at its end.
 *
 * <p>The acting user ({@code --user}, {@code --role}, {@code --office}) is taken as given and recorded in the audit
 * trail with every use case; a real deployment authenticates users before they reach this tool (an operating-system
 * account per officer, a wrapper script that fills in these options) — see {@code docs/cli.md}.
 */
@Command(name = "siproc", mixinStandardHelpOptions = true, version = "siproc 0.1.0-SNAPSHOT",
        description = "SIPROC reference command-line tool: set-up and scripted operations on consular-protection cases.",
        subcommands = {InitCommand.class, CaseCommands.class, ReferralCommands.class, FormsCommands.class,
                ReportCommand.class, AuditCommands.class, ImportCommand.class, ExportCommand.class},
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
            description = "The acting user, recorded in the audit trail (or $SIPROC_USER).")
    @Nullable String user;

    @Option(names = "--role", scope = ScopeType.INHERIT, defaultValue = "${env:SIPROC_ROLE}",
            description = "The acting user's role: ${COMPLETION-CANDIDATES} (or $SIPROC_ROLE).")
    @Nullable Role role;

    @Option(names = "--office", scope = ScopeType.INHERIT, defaultValue = "${env:SIPROC_OFFICE}",
            description = "The acting user's office, for OFFICER and CONSUL (or $SIPROC_OFFICE).")
    @Nullable String office;

    @Option(names = "--user-institution", scope = ScopeType.INHERIT, defaultValue = "${env:SIPROC_INSTITUTION}",
            description = "The acting user's institution, for PARTNER (or $SIPROC_INSTITUTION).")
    @Nullable String institution;

    @Option(names = "--need-to-know", scope = ScopeType.INHERIT,
            description = "An HQ analyst granted need-to-know on sensitive fields.")
    boolean needToKnow;

    private @Nullable Session session;

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
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: give one of init, case, "
                + "referral, forms, report, audit (siproc --help lists them)");
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
                throw new UsageException("--lang must be es or en, not " + lang);
            }
            session = Session.open(jdbcUrl(), dbUser, dbPassword, profile, locale(), migrate);
        }
        return session;
    }

    /** The acting user, from {@code --user}, {@code --role}, {@code --office}, {@code --user-institution}. */
    Actor actor() {
        if (user == null || user.isBlank() || role == null) {
            throw new UsageException("This command acts for a user: give --user and --role (or $SIPROC_USER and "
                    + "$SIPROC_ROLE)");
        }
        OfficeCode officeCode = office == null || office.isBlank() ? null : OfficeCode.of(office);
        String inst = institution == null || institution.isBlank() ? null : institution;
        return new Actor(UserId.of(user), role, officeCode, inst, needToKnow, "cli");
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

        UsageException(String message) {
            super(message);
        }
    }

    /** A bad input file or a damaged store found by the tool itself: exit code 3. */
    static final class DataException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final @Nullable String field;

        DataException(@Nullable String field, String message, @Nullable Throwable cause) {
            super(message, cause);
            this.field = field;
        }

        @Nullable String field() {
            return field;
        }
    }
}
