package org.siproc.core.profile;

import java.time.ZoneId;
import java.util.Objects;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.Text;

/** A consulate, consular section or headquarters unit of the country's protection network. */
public record Office(OfficeCode code, String name, OfficeKind kind, String city, CountryCode country, ZoneId timeZone) {
    public Office {
        Objects.requireNonNull(code, "code");
        name = Text.required("office.name", name, 200);
        Objects.requireNonNull(kind, "kind");
        city = Text.required("office.city", city, 100);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
