package org.siproc.core.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** ISO 3166-1 alpha-2 country code, upper case (e.g. {@code HN}, {@code MX}, {@code US}). */
public record CountryCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        Objects.requireNonNull(value, "value");
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("country", "an ISO 3166-1 alpha-2 code such as HN or MX is expected");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
