package org.siproc.core.domain.shared;

import java.util.List;

/**
 * A command failed Bean Validation. Lists every violation at once, so a form can show each next to its field.
 */
public class InvalidCommandException extends SiprocException {
    private static final long serialVersionUID = 1L;
    private final List<FieldViolation> violations;

    public InvalidCommandException(List<FieldViolation> violations) {
        super(ErrorCode.CONSTRAINT_VIOLATION, violations.isEmpty() ? null : violations.get(0).field(),
                violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
