package org.siproc.core.rules;

import java.util.Objects;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.Text;

/** A profile rule that suggests referring the case to an institution when its condition holds. */
public record ReferralRule(String id, String institution, Condition when, String reason) {
    public ReferralRule {
        id = Code.normalise("rule.id", id);
        institution = Code.normalise("rule.institution", institution);
        Objects.requireNonNull(when, "when");
        reason = Text.required("rule.reason", reason, 500);
    }
}
