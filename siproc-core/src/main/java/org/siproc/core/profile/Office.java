package org.siproc.core.profile;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.Text;

/**
 * A consulate, consular section or headquarters unit of the country's protection network.
 *
 * @param region the state, province or department of the city (e.g. Chiapas); null when not given
 */
public record Office(OfficeCode code, String name, OfficeKind kind, String city, @Nullable String region,
                     CountryCode country, ZoneId timeZone) {
    public Office {
        Objects.requireNonNull(code, "code");
        name = Text.required("office.name", name, 200);
        Objects.requireNonNull(kind, "kind");
        city = Text.required("office.city", city, 100);
        region = Text.optional("office.region", region, 100);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** An office whose region is not given. */
    public Office(OfficeCode code, String name, OfficeKind kind, String city, CountryCode country, ZoneId timeZone) {
        this(code, name, kind, city, null, country, timeZone);
    }
}
