package org.siproc.core.profile;

import java.util.Objects;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.LocalizedText;

/** A case subtype of the profile's catalogue. */
public record CaseSubtypeDefinition(String code, LocalizedText label) {
    public CaseSubtypeDefinition {
        code = Code.normalise("subtype.code", code);
        Objects.requireNonNull(label, "label");
    }
}
