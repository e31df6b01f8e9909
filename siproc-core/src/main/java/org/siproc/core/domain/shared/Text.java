package org.siproc.core.domain.shared;

import org.jspecify.annotations.Nullable;

/** Checks on free text that every aggregate applies the same way. */
public final class Text {
    private Text() {
    }

    /** Trimmed, non-blank text of at most {@code maxLength} characters; refused otherwise. */
    public static String required(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return limited(field, value.strip(), maxLength);
    }

    /** Trimmed text or null when blank; at most {@code maxLength} characters. */
    public static @Nullable String optional(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, value.strip(), maxLength);
    }

    private static String limited(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidValueException(field, "at most " + maxLength + " characters");
        }
        return value;
    }
}
