package org.siproc.core.domain.person;

import java.util.Locale;
import java.util.Objects;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.Text;

/**
 * An identity document: its type code from the country profile (e.g. {@code DNI}, {@code PASSPORT}), its number
 * in canonical form, and the issuing country. The number's format is checked by the profile's document type
 * (see {@link org.siproc.core.profile.DocumentType}) before the document is built.
 */
public record IdentityDocument(String type, String number, CountryCode issuingCountry) {
    public IdentityDocument {
        type = Code.normalise("document.type", type);
        number = Text.required("document.number", number, 40).toUpperCase(Locale.ROOT);
        Objects.requireNonNull(issuingCountry, "issuingCountry");
    }

    /** The number without separators, for matching "0801-1990-12345" with "0801199012345". */
    public String matchKey() {
        return number.replaceAll("[^A-Z0-9]", "");
    }
}
