package org.siproc.core.profile;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.LocalizedText;

/**
 * A case type of the profile's catalogue with its subtypes.
 *
 * @param closedAutomatically whether a resolved case of this type may be closed without a person deciding;
 *                            false for missing persons
 * @param retention           how long a closed case is kept before anonymisation
 */
public record CaseTypeDefinition(String code, LocalizedText label, List<CaseSubtypeDefinition> subtypes,
                                 boolean closedAutomatically, Period retention) {
    public CaseTypeDefinition {
        code = Code.normalise("caseType.code", code);
        Objects.requireNonNull(label, "label");
        subtypes = List.copyOf(subtypes);
        if (subtypes.isEmpty()) {
            throw new InvalidValueException("caseType.subtypes", "case type " + code + " needs at least one subtype");
        }
        Objects.requireNonNull(retention, "retention");
    }

    public Optional<CaseSubtypeDefinition> subtype(String subtypeCode) {
        return subtypes.stream().filter(s -> s.code().equalsIgnoreCase(subtypeCode)).findFirst();
    }
}
