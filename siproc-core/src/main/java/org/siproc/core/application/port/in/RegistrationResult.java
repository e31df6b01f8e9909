package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.PriorityAssessment;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.rules.RuleEvaluation;

/**
 * What registration tells the officer: the case number, the priority and the rule that set it, the referrals
 * suggested for confirmation, the forms the file needs, and persons that may be the same as the one registered.
 */
public record RegistrationResult(CaseNumber caseNumber, long version, PersonId personId, PriorityAssessment priority,
                                 List<CaseView.ReferralView> suggestedReferrals,
                                 List<RuleEvaluation.RequiredForm> requiredForms,
                                 List<DuplicateCandidate> duplicateCandidates) {
    public RegistrationResult {
        suggestedReferrals = List.copyOf(suggestedReferrals);
        requiredForms = List.copyOf(requiredForms);
        duplicateCandidates = List.copyOf(duplicateCandidates);
    }
}
