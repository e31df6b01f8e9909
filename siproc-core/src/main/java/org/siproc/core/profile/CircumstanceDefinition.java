package org.siproc.core.profile;

import java.util.Objects;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.LocalizedText;

/**
 * A case circumstance of the profile: a yes/no fact about a case that the officer records at intake because no
 * vulnerability flag or case type says it, and that rules may test (e.g. {@code FAMILY_WITHOUT_MEANS}: the family
 * cannot pay the repatriation of the remains).
 *
 * @param label the question or statement shown to the officer, per language
 */
public record CircumstanceDefinition(String code, LocalizedText label) {
    public CircumstanceDefinition {
        code = Code.normalise("circumstance.code", code);
        Objects.requireNonNull(label, "label");
    }
}
