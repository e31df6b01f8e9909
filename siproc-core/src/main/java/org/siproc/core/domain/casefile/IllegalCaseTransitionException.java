package org.siproc.core.domain.casefile;

import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;

/** The workflow does not allow moving the case from its status to the requested one. */
public class IllegalCaseTransitionException extends RuleViolationException {
    private static final long serialVersionUID = 1L;
    private final CaseStatus from;
    private final CaseStatus to;

    public IllegalCaseTransitionException(CaseNumber caseNumber, CaseStatus from, CaseStatus to) {
        super(ErrorCode.ILLEGAL_CASE_TRANSITION, "status", caseNumber, from, to, from.next());
        this.from = from;
        this.to = to;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }
}
