package org.siproc.core.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code of a consulate, consular section or headquarters unit, as listed in the country profile
 * (e.g. {@code MXTAP} for the consulate in Tapachula). Three to eight upper-case letters or digits.
 */
public record OfficeCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{2,7}");

    public OfficeCode {
        Objects.requireNonNull(value, "value");
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("office", "3 to 8 upper-case letters or digits, starting with a letter");
        }
    }

    public static OfficeCode of(String value) {
        return new OfficeCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
