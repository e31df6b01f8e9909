package org.siproc.core.domain.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Root of every error SIPROC reports on purpose. Carries a stable {@link ErrorCode}, the field it concerns
 * (when there is one) and the arguments of its message, so each adapter maps it once: to an HTTP status,
 * a CLI exit code, a message next to a form field, in the user's language.
 */
public abstract class SiprocException extends RuntimeException {

    private static final String BUNDLE = "org.siproc.core.messages";
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final @Nullable String field;
    private final Object[] arguments;

    protected SiprocException(ErrorCode errorCode, @Nullable String field, Object... arguments) {
        super(format(errorCode, Locale.ENGLISH, arguments));
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.field = field;
        this.arguments = arguments.clone();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The command or domain field the error concerns, e.g. {@code person.document.number}; null when none. */
    public @Nullable String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message in the given language (Spanish and English are shipped; others fall back to English). */
    public String localizedMessage(Locale locale) {
        return format(errorCode, locale, arguments);
    }

    @Override
    public String getLocalizedMessage() {
        return localizedMessage(Locale.getDefault());
    }

    static String format(ErrorCode code, Locale locale, Object... arguments) {
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = bundle.getString(code.code());
        } catch (MissingResourceException e) {
            return code.code() + " " + Arrays.toString(arguments);
        }
        return code.code() + ": " + new MessageFormat(pattern, locale).format(arguments);
    }
}
