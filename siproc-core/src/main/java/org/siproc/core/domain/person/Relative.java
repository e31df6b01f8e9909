package org.siproc.core.domain.person;

import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.Text;

/**
 * A relative of the person: often the family in the home country is who reports the case.
 *
 * @param relationship e.g. "madre", "hermano", "esposa"
 */
public record Relative(String fullName, String relationship, @Nullable String contact, boolean inHomeCountry) {
    public Relative {
        fullName = Text.required("relative.fullName", fullName, 200);
        relationship = Text.required("relative.relationship", relationship, 60);
        contact = Text.optional("relative.contact", contact, 300);
    }
}
