package org.siproc.core.domain.shared;

import org.jspecify.annotations.Nullable;

/**
 * A business rule refuses the operation (an illegal transition, a pending referral, ...). The code names the rule.
 */
public class RuleViolationException extends SiprocException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(ErrorCode code, @Nullable String field, Object... arguments) {
        super(code, field, arguments);
    }
}
