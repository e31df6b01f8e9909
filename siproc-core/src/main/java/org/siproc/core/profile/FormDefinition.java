package org.siproc.core.profile;

import java.util.Objects;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.LocalizedText;

/**
 * A form of the profile that a case file may need (the intake sheet, the informed consent, the FOSMIH request
 * ...): its code, which form rules and the form renderer use, and its title per language.
 */
public record FormDefinition(String code, LocalizedText title) {
    public FormDefinition {
        code = Code.normalise("form.code", code);
        Objects.requireNonNull(title, "title");
    }
}
