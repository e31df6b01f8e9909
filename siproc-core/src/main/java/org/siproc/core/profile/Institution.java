package org.siproc.core.profile;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.Text;

/**
 * An institution cases are referred to (FOSMIH, SENAF, COMAR, a partner NGO ...).
 *
 * @param dataSharingAgreement whether a data-sharing agreement exists; without one, no personal data is sent
 */
public record Institution(String code, String name, CountryCode country, String kind, boolean dataSharingAgreement,
                          @Nullable String contact) {
    public Institution {
        code = Code.normalise("institution.code", code);
        name = Text.required("institution.name", name, 300);
        Objects.requireNonNull(country, "country");
        kind = Text.required("institution.kind", kind, 60);
        contact = Text.optional("institution.contact", contact, 300);
    }
}
