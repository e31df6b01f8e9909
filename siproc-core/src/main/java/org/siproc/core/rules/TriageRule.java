package org.siproc.core.rules;

import java.util.Objects;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.Text;

/** A profile rule that gives a case a priority when its condition holds, with an explanation for the officer. */
public record TriageRule(String id, Priority priority, Condition when, String explanation) {
    public TriageRule {
        id = Code.normalise("rule.id", id);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(when, "when");
        explanation = Text.required("rule.explanation", explanation, 500);
    }
}
