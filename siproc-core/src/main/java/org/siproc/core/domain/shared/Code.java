package org.siproc.core.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises the codes a country profile defines (case types, institutions, rules, ...). */
public final class Code {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,63}");

    private Code() {
    }

    /**
     * Returns the code trimmed and in upper case; refuses anything but letters, digits, '_' and '-'.
     *
     * @param field the field name reported when the value is refused
     */
    public static String normalise(String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, "a code is required");
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidValueException(field, "letters, digits, '_' or '-' (at most 64) are expected, not '" + value + "'");
        }
        return v;
    }
}
