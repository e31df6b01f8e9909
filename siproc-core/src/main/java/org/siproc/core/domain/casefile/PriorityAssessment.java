package org.siproc.core.domain.casefile;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.Text;

/**
 * A case's priority with why it has it: the triage rule that set it (for the officer to read), or the user
 * who raised it by hand and the reason given.
 *
 * @param ruleId   the profile rule that fired; null when raised by hand or when no rule fired
 * @param reason   the rule's explanation or the user's reason
 * @param raisedBy the user who raised it by hand; null when computed
 */
public record PriorityAssessment(Priority priority, @Nullable String ruleId, String reason, @Nullable UserId raisedBy) {
    public PriorityAssessment {
        Objects.requireNonNull(priority, "priority");
        reason = Text.required("priority.reason", reason, 500);
    }

    public static PriorityAssessment computed(Priority priority, @Nullable String ruleId, String reason) {
        return new PriorityAssessment(priority, ruleId, reason, null);
    }

    public boolean manual() {
        return raisedBy != null;
    }
}
