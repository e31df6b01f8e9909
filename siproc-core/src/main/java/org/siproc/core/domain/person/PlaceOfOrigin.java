package org.siproc.core.domain.person;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.Text;

/**
 * Where the person comes from, with the official codes of the country profile's territory
 * (e.g. department {@code 08}, municipality {@code 0801} for Distrito Central, Honduras).
 */
public record PlaceOfOrigin(CountryCode country, @Nullable String departmentCode, @Nullable String municipalityCode) {
    public PlaceOfOrigin {
        Objects.requireNonNull(country, "country");
        departmentCode = Text.optional("origin.department", departmentCode, 10);
        municipalityCode = Text.optional("origin.municipality", municipalityCode, 10);
    }
}
