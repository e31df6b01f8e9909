package org.siproc.core.profile;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.HonduranDni;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.LocalizedText;

/**
 * An identity-document type of the profile and how its numbers are checked: a regular expression, or a named
 * validator for formats a pattern cannot express ({@code HN_DNI}: the Honduran DNI with its department and year).
 */
public record DocumentType(String code, LocalizedText label, @Nullable String pattern, @Nullable String validator) {

    /** Named validators a profile may use. */
    public static final String HONDURAN_DNI = "HN_DNI";

    /** The profiles' document patterns, compiled once (a record holds only its components). */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** Every named validator SIPROC has. */
    public static final Set<String> VALIDATORS = Set.of(HONDURAN_DNI);

    public DocumentType {
        code = Code.normalise("documentType.code", code);
        Objects.requireNonNull(label, "label");
        if (pattern != null) {
            COMPILED.computeIfAbsent(pattern, Pattern::compile); // refuses a bad pattern now, and keeps it compiled
        }
        if (validator != null && !VALIDATORS.contains(validator)) {
            throw new InvalidValueException("documentType.validator", "unknown validator " + validator);
        }
    }

    /**
     * Checks a number of this type and returns its canonical form (the DNI with dashes, upper case otherwise).
     *
     * @throws InvalidValueException naming {@code document.number} when it does not fit
     */
    public String canonical(String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidValueException("document.number", "must not be blank");
        }
        if (HONDURAN_DNI.equals(validator)) {
            return HonduranDni.parse(number).formatted();
        }
        String value = number.strip().toUpperCase(Locale.ROOT);
        if (pattern != null && !COMPILED.computeIfAbsent(pattern, Pattern::compile).matcher(value).matches()) {
            throw new InvalidValueException("document.number", "does not match the format of " + code);
        }
        return value;
    }
}
