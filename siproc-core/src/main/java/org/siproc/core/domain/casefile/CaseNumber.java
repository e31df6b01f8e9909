package org.siproc.core.domain.casefile;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * The case number, unique worldwide and readable over the phone: {@code {COUNTRY}-{OFFICE}-{YEAR}-{SEQ:6}},
 * e.g. {@code HN-MXTAP-2026-000123}. The sequence restarts every year per office.
 */
public record CaseNumber(CountryCode country, OfficeCode office, int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})-([A-Z][A-Z0-9]{2,7})-(\\d{4})-(\\d{6})");

    public CaseNumber {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(office, "office");
        if (year < 2000 || year > 2999) {
            throw new InvalidCaseNumberException("the year must have four digits");
        }
        if (sequence < 1 || sequence > 999_999) {
            throw new InvalidCaseNumberException("the sequence must be 1 to 999999");
        }
    }

    /** Parses "HN-MXTAP-2026-000123" (case-insensitive, surrounding blanks ignored). */
    public static CaseNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidCaseNumberException("expected COUNTRY-OFFICE-YEAR-SEQUENCE such as HN-MXTAP-2026-000123");
        }
        return new CaseNumber(CountryCode.of(m.group(1)), OfficeCode.of(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    @Override
    public String toString() {
        // Hand-padded rather than String.format: numbers are printed for every case of a bulk import or a list.
        StringBuilder text = new StringBuilder(24).append(country).append('-').append(office).append('-');
        padded(text, year, 4).append('-');
        return padded(text, sequence, 6).toString();
    }

    private static StringBuilder padded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** The text is not a case number. */
    public static final class InvalidCaseNumberException extends InvalidValueException {
        private static final long serialVersionUID = 1L;

        InvalidCaseNumberException(String problem) {
            super(ErrorCode.INVALID_CASE_NUMBER, "caseNumber", problem);
        }
    }
}
