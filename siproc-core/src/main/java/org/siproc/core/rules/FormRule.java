package org.siproc.core.rules;

import java.util.Objects;
import org.siproc.core.domain.shared.Code;

/**
 * A profile rule that says a case's file needs a form when its condition holds (the intake sheet for every case,
 * the FOSMIH request for a deceased person, ...). Forms needed per referral or at closing are the form module's.
 */
public record FormRule(String id, String form, Condition when) {
    public FormRule {
        id = Code.normalise("rule.id", id);
        form = Code.normalise("rule.form", form);
        Objects.requireNonNull(when, "when");
    }
}
