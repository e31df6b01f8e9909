package org.siproc.core.domain.person;

import java.time.Year;
import java.util.regex.Pattern;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;

/**
 * The Honduran national identity number (DNI, <em>Documento Nacional de Identificación</em>): 13 digits
 * {@code DDMM-YYYY-NNNNN} — department (01–18), municipality of registration, year of birth (or of registration),
 * sequence. It has no check digit, so the shape, the department and a plausible year are all that can be
 * validated. Accepted with or without dashes or spaces; printed with dashes.
 */
public record HonduranDni(String digits) {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    public HonduranDni {
        digits = digits == null ? "" : SEPARATORS.matcher(digits).replaceAll("");
        if (!THIRTEEN_DIGITS.matcher(digits).matches()) {
            throw new InvalidDniException("13 digits (DDMM-YYYY-NNNNN) are expected");
        }
        int department = Integer.parseInt(digits.substring(0, 2));
        if (department < 1 || department > 18) {
            throw new InvalidDniException("the department must be 01 to 18, not " + digits.substring(0, 2));
        }
        if (digits.startsWith("00", 2)) {
            throw new InvalidDniException("the municipality must not be 00");
        }
        int year = Integer.parseInt(digits.substring(4, 8));
        if (year < 1900 || year > Year.now().getValue()) {
            throw new InvalidDniException("the year " + year + " is not plausible");
        }
        if (digits.endsWith("00000")) {
            throw new InvalidDniException("the sequence must not be 00000");
        }
    }

    public static HonduranDni parse(String text) {
        return new HonduranDni(text);
    }

    public String departmentCode() {
        return digits.substring(0, 2);
    }

    /** The four-digit municipality code (department + municipality), as in the country profile. */
    public String municipalityCode() {
        return digits.substring(0, 4);
    }

    public int year() {
        return Integer.parseInt(digits.substring(4, 8));
    }

    /** "0801-1990-12345". */
    public String formatted() {
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }

    /** The text is not a valid Honduran DNI. */
    public static final class InvalidDniException extends InvalidValueException {
        private static final long serialVersionUID = 1L;

        InvalidDniException(String problem) {
            super(ErrorCode.INVALID_DNI, "document.number", problem);
        }
    }
}
