package org.siproc.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.PriorityAssessment;

/**
 * The triage, referral and form rules of a country profile, and their evaluation. Pure: the same facts always give
 * the same result; no clock, no I/O.
 *
 * <p>Priority: the highest priority among the triage rules that fire (the first such rule in profile order names
 * the reason); when none fires, {@code defaultPriority}. A rule may give LOW (administrative requests): it wins over
 * the default, never over a higher rule.
 */
public record RuleSet(List<TriageRule> triage, List<ReferralRule> referrals, List<FormRule> forms,
                      Priority defaultPriority) {

    public RuleSet {
        triage = List.copyOf(triage);
        referrals = List.copyOf(referrals);
        forms = List.copyOf(forms);
        Objects.requireNonNull(defaultPriority, "defaultPriority");
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of(), List.of(), Priority.NORMAL);
    }

    /**
     * Whether some form rule decides when a case needs {@code form}. A form that no rule names (a closing report,
     * say) is not the rules' business: it is available for every case.
     */
    public boolean governsForm(String form) {
        return forms.stream().anyMatch(rule -> rule.form().equalsIgnoreCase(form.strip()));
    }

    /** Evaluates every rule against the facts. */
    public RuleEvaluation evaluate(CaseFacts facts) {
        TriageRule strongest = null;
        List<String> fired = new ArrayList<>();
        for (TriageRule rule : triage) {
            if (rule.when().test(facts)) {
                fired.add(rule.id());
                if (strongest == null || rule.priority().higherThan(strongest.priority())) {
                    strongest = rule;
                }
            }
        }
        PriorityAssessment priority = strongest == null
                ? PriorityAssessment.computed(defaultPriority, null, "no triage rule applies")
                : PriorityAssessment.computed(strongest.priority(), strongest.id(), strongest.explanation());
        List<RuleEvaluation.SuggestedReferral> suggested = new ArrayList<>();
        for (ReferralRule rule : referrals) {
            if (rule.when().test(facts)) {
                fired.add(rule.id());
                suggested.add(new RuleEvaluation.SuggestedReferral(rule.institution(), rule.reason(), rule.id()));
            }
        }
        List<RuleEvaluation.RequiredForm> required = new ArrayList<>();
        for (FormRule rule : forms) {
            if (rule.when().test(facts) && required.stream().noneMatch(f -> f.form().equals(rule.form()))) {
                fired.add(rule.id());
                required.add(new RuleEvaluation.RequiredForm(rule.form(), rule.id()));
            }
        }
        return new RuleEvaluation(priority, suggested, required, fired);
    }
}
