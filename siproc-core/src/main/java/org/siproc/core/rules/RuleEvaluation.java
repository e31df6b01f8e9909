package org.siproc.core.rules;

import java.util.List;
import org.siproc.core.domain.casefile.PriorityAssessment;

/**
 * What the profile's rules say about a case: its priority (with the rule that set it), the referrals to suggest,
 * the forms its file needs, and the ids of every rule that fired.
 */
public record RuleEvaluation(PriorityAssessment priority, List<SuggestedReferral> referrals,
                             List<RequiredForm> forms, List<String> firedRules) {

    public RuleEvaluation {
        referrals = List.copyOf(referrals);
        forms = List.copyOf(forms);
        firedRules = List.copyOf(firedRules);
    }

    /** Refer to {@code institution} because of {@code reason}, suggested by rule {@code ruleId}. */
    public record SuggestedReferral(String institution, String reason, String ruleId) {
    }

    /** The file needs {@code form}, by rule {@code ruleId}. */
    public record RequiredForm(String form, String ruleId) {
    }
}
