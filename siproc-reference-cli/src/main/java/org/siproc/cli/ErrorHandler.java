package org.siproc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.shared.FieldViolation;
import org.siproc.core.domain.shared.InvalidCommandException;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.domain.shared.VersionConflictException;
import org.siproc.core.profile.ProfileLoadException;
import org.siproc.persistence.jpa.accounts.AccountStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The CLI's one exception handler: maps every error to an exit code and a message on stderr that names the field
 * and the rule, in the chosen language; with {@code --format json} the message is a JSON object.
 *
 * <ul>
 * <li>1: a domain refusal — {@link RuleViolationException}, {@link AccessDeniedException},
 * {@link VersionConflictException}, {@link NotFoundException};</li>
 * <li>2: a usage error — picocli's {@link ParameterException}, {@link SiprocCli.UsageException};</li>
 * <li>3: a data error — {@link InvalidCommandException}, {@link InvalidValueException}, a country profile that
 * cannot be loaded ({@link ProfileLoadException}), a bad input file, a file
 * that cannot be read or written, a database or account store that cannot be used;</li>
 * <li>4: anything else (a bug): the exception's class and message.</li>
 * </ul>
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final SiprocCli cli;
    private final Locale usageLocale;
    private final boolean jsonFromArgs;

    /** {@code usageLocale}: the language of usage errors, found in the arguments before they are parsed. */
    ErrorHandler(SiprocCli cli, Locale usageLocale, String[] args) {
        this.cli = cli;
        this.usageLocale = usageLocale;
        // A usage error can stop parsing before --format is read: look for it in the raw arguments.
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i].toLowerCase(Locale.ROOT);
            if (a.equals("--format=json") || (a.equals("--format") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("json"))) {
                json = true;
            }
        }
        this.jsonFromArgs = json;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = usageMessage(ex, usageLocale);
        if (jsonFromArgs) {
            err.println(Output.json(error(SiprocCli.USAGE, "USAGE", null, field(ex), message, List.of())));
        } else {
            err.println(message);
            List<String> suggestions = ex instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
            if (!suggestions.isEmpty()) {
                err.println(Messages.get(usageLocale, "usage.didYouMean", String.join(", ", suggestions)));
            } else {
                err.println(Messages.get(usageLocale, "usage.tryHelp", commandLine.getCommandSpec().qualifiedName()));
            }
        }
        return SiprocCli.USAGE;
    }

    /**
     * picocli's parse error in the user's language: unknown options and arguments, missing ones, values that do not
     * convert. Others (rare: a value given for a flag, too many values) keep picocli's English message, as do
     * errors the tool raised itself as {@link ParameterException}s, whose message is already translated.
     */
    static String usageMessage(ParameterException ex, Locale locale) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            return Messages.get(locale, first.startsWith("-") ? "usage.unknownOption" : "usage.unknownArgument",
                    String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return Messages.get(locale, "usage.missing",
                    m.getMissing().stream().map(ErrorHandler::label).collect(Collectors.joining(", ")));
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return Messages.get(locale, "usage.optionTwice", label(o.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && !(ex instanceof MaxValuesExceededException)) {
            return Messages.get(locale, "usage.invalidValue", label(arg), ex.getValue(), expected(arg.type()));
        }
        return String.valueOf(ex.getMessage());
    }

    /** What a value of that type looks like, as a message to append; empty when it goes without saying. */
    private static Object expected(Class<?> type) {
        if (type.isEnum()) {
            return new Messages.Text("usage.expectedOneOf", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }
        if (type == LocalDate.class) {
            return new Messages.Text("usage.expectedDate");
        }
        if (type == Instant.class) {
            return new Messages.Text("usage.expectedInstant");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return new Messages.Text("usage.expectedNumber");
        }
        return "";
    }

    /** An option by its longest name, a positional parameter by its label: as the help shows them. */
    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static @Nullable String field(ParameterException ex) {
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return label(m.getMissing().get(0));
        }
        return ex.getArgSpec() == null ? null : label(ex.getArgSpec());
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Failure f = classify(ex, cli.locale());
        if (cli.format == SiprocCli.Format.JSON || jsonFromArgs) {
            err.println(Output.json(error(f.exitCode, f.kind, f.code, f.field, f.message, f.violations)));
        } else {
            StringBuilder text = new StringBuilder(f.message);
            if (f.field != null && !f.message.contains(f.field)) {
                text.append(" [").append(f.field).append(']');
            }
            for (FieldViolation v : f.violations) {
                text.append(System.lineSeparator()).append("  ").append(v.field()).append(": ").append(v.message());
            }
            err.println(text);
        }
        return f.exitCode;
    }

    private record Failure(int exitCode, String kind, @Nullable String code, @Nullable String field, String message,
                           List<FieldViolation> violations) {
    }

    private static Failure classify(Exception ex, Locale locale) {
        if (ex instanceof SiprocException e) {
            List<FieldViolation> violations = e instanceof InvalidCommandException ice ? ice.violations() : List.of();
            return new Failure(exitCode(e), kind(e), e.errorCode().code(), e.field(), e.localizedMessage(locale),
                    violations);
        }
        if (ex instanceof SiprocCli.UsageException e) {
            return new Failure(SiprocCli.USAGE, "USAGE", null, null, e.message(locale), List.of());
        }
        if (ex instanceof SiprocCli.DataException e) {
            return new Failure(SiprocCli.DATA_ERROR, "DATA", null, e.field(), e.message(locale), List.of());
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return new Failure(SiprocCli.DATA_ERROR, "DATA", null, null,
                    Messages.get(locale, "data.io", Session.rootMessage(ex)), List.of());
        }
        if (ex instanceof AccountStoreException e) {
            return new Failure(SiprocCli.DATA_ERROR, "DATA", null, "db",
                    Messages.get(locale, "data.accounts", Session.rootMessage(e)), List.of());
        }
        return new Failure(SiprocCli.INTERNAL_ERROR, "INTERNAL", null, null,
                ex.getClass().getName() + ": " + Session.rootMessage(ex), List.of());
    }

    /** The exit code of a SIPROC error: data errors (3) for invalid input, refusals (1) for the rest. */
    static int exitCode(SiprocException e) {
        if (e instanceof InvalidCommandException || e instanceof InvalidValueException
                || e instanceof ProfileLoadException) {
            return SiprocCli.DATA_ERROR;
        }
        // RuleViolation, AccessDenied, VersionConflict, NotFound, and any kind of refusal added later.
        return SiprocCli.REFUSED;
    }

    private static String kind(SiprocException e) {
        if (e instanceof InvalidCommandException) {
            return "INVALID_COMMAND";
        }
        if (e instanceof InvalidValueException || e instanceof ProfileLoadException) {
            return "INVALID_VALUE";
        }
        if (e instanceof AccessDeniedException) {
            return "ACCESS_DENIED";
        }
        if (e instanceof VersionConflictException) {
            return "VERSION_CONFLICT";
        }
        if (e instanceof NotFoundException) {
            return "NOT_FOUND";
        }
        return "RULE_VIOLATION";
    }

    private static Map<String, Object> error(int exitCode, String kind, @Nullable String code, @Nullable String field,
                                             String message, List<FieldViolation> violations) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("exitCode", exitCode);
        error.put("kind", kind);
        error.put("code", code);
        error.put("field", field);
        error.put("message", message);
        List<Map<String, Object>> list = new ArrayList<>();
        for (FieldViolation v : violations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", v.field());
            m.put("message", v.message());
            list.add(m);
        }
        error.put("violations", list);
        return Map.of("error", error);
    }
}
