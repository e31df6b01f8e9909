package org.siproc.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
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
 *
 * <p>Help texts, usage errors and messages are in Spanish or English ({@code --lang}; by default the language of the
 * environment's locale, Spanish unless it is English): the help through picocli's resource bundle
 * {@code org/siproc/cli/help*.properties}, the rest through {@link Messages}.
 */
@Command(name = "siproc", mixinStandardHelpOptions = true, version = "siproc 0.1.0-SNAPSHOT",
        subcommands = {InitCommand.class, UserCommands.class, CaseCommands.class, ReferralCommands.class,
                FormsCommands.class, ReportCommand.class, AuditCommands.class, ImportCommand.class, ExportCommand.class})
public final class SiprocCli extends CommandGroup implements AutoCloseable {

    /** The embedded database when {@code --db} is not given: an H2 file under {@code ./siproc-data}. */
    static final String DEFAULT_DB = "jdbc:h2:file:./siproc-data/siproc";

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int DATA_ERROR = 3;
    static final int INTERNAL_ERROR = 4;

    /** How results and errors are printed. */
    enum Format { TABLE, JSON, CSV }

    /** The languages of the tool. */
    enum Language {
        ES(Locale.forLanguageTag("es")), EN(Locale.ENGLISH);

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        /** The language of a {@code --lang} value, any case; empty for another value. */
        static Optional<Language> of(String value) {
            for (Language l : values()) {
                if (l.name().equalsIgnoreCase(value)) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        }
    }

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL", defaultValue = "${env:SIPROC_DB}")
    @Nullable String db;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "USER",
            defaultValue = "${env:SIPROC_DB_USER}")
    @Nullable String dbUser;

    @Option(names = "--db-password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD",
            defaultValue = "${env:SIPROC_DB_PASSWORD}")
    @Nullable String dbPassword;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "PROFILE", defaultValue = "hn")
    String profile = "hn";

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "es|en")
    @Nullable Language lang;

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "table|json|csv", defaultValue = "table")
    Format format = Format.TABLE;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "NAME", defaultValue = "${env:SIPROC_USER}")
    @Nullable String user;

    private final Map<String, String> environment;
    private final Language defaultLanguage;
    private @Nullable Session session;

    /** The tool reading passwords and the default language from the process environment. */
    public SiprocCli() {
        this(System.getenv(), Locale.getDefault());
    }

    /**
     * The tool with the environment it reads passwords ({@code SIPROC_ADMIN_PASSWORD}, ...) and the default language
     * from, Spanish when the environment names no language: for tests.
     */
    SiprocCli(Map<String, String> environment) {
        this(environment, Language.ES.locale);
    }

    private SiprocCli(Map<String, String> environment, Locale platformDefault) {
        this.environment = Map.copyOf(environment);
        this.defaultLanguage = defaultLanguage(this.environment, platformDefault);
    }

    /**
     * The language when {@code --lang} is not given: that of the locale the environment names for messages (the
     * first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set, as POSIX has it), else the
     * platform's; English when it is English, otherwise Spanish (the language of the consular service).
     */
    static Language defaultLanguage(Map<String, String> environment, Locale platformDefault) {
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN : Language.ES;
            }
        }
        return "en".equals(platformDefault.getLanguage()) ? Language.EN : Language.ES;
    }

    /**
     * Runs the tool and exits the JVM with its exit code. Output and errors are UTF-8 whatever the platform's
     * encoding: JSON lines and CSV for scripts must not depend on the locale installed on the server (Java 17 would
     * write '?' for every accented letter under a locale it does not know).
     */
    public static void main(String[] args) {
        int code;
        try (SiprocCli cli = new SiprocCli()) {
            code = cli.execute(utf8(System.out), utf8(System.err), args);
        }
        System.exit(code);
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Parses and runs one command line, printing to the given writers; returns the exit code. */
    int execute(PrintWriter out, PrintWriter err, String... args) {
        // The language is needed before parsing, for the help and the usage errors: look for --lang in the arguments.
        Locale locale = languageIn(args).orElse(defaultLanguage).locale;
        CommandLine commandLine = new CommandLine(this);
        commandLine.setResourceBundle(helpTexts(locale));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorHandler handler = new ErrorHandler(this, locale, args);
        commandLine.setExecutionExceptionHandler(handler);
        commandLine.setParameterExceptionHandler(handler);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The help texts of every command in the language of {@code locale}, and no other. */
    static ResourceBundle helpTexts(Locale locale) {
        return ResourceBundle.getBundle("org.siproc.cli.help", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Optional<Language> languageIn(String[] args) {
        Optional<Language> found = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                found = Language.of(args[i + 1]);
            } else if (args[i].startsWith("--lang=")) {
                found = Language.of(args[i].substring("--lang=".length()));
            }
        }
        return found;
    }

    Locale locale() {
        return (lang != null ? lang : defaultLanguage).locale;
    }

    String jdbcUrl() {
        return db == null || db.isBlank() ? DEFAULT_DB : db;
    }

    /** The database, profile and core, opened on first use; {@code migrate} only for {@code init}. */
    Session session(boolean migrate) {
        if (session == null) {
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

        /** The message in the language of {@code locale}; a message given as text rather than a key stays as it is. */
        String message(Locale locale) {
            String key = String.valueOf(getMessage());
            return Messages.has(key) ? Messages.get(locale, key, arguments) : key;
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
