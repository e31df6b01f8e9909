package org.siproc.core.domain.casefile;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.Text;

/**
 * When and where the incident happened. The date may be unknown (a missing person last heard of "in March");
 * then the registration date stands in for age and time rules.
 */
public record Incident(@Nullable LocalDate date, CountryCode country, @Nullable String region, @Nullable String city) {
    public Incident {
        Objects.requireNonNull(country, "country");
        region = Text.optional("incident.region", region, 100);
        city = Text.optional("incident.city", city, 100);
    }
}
