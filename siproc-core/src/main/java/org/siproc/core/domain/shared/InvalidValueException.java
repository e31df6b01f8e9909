package org.siproc.core.domain.shared;

/**
 * A value does not have the shape a value object requires. Thrown by value objects' constructors,
 * so that an invalid value never exists in the domain.
 */
public class InvalidValueException extends SiprocException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String field, String problem) {
        super(ErrorCode.INVALID_VALUE, field, field, problem);
    }

    public InvalidValueException(ErrorCode code, String field, Object... arguments) {
        super(code, field, arguments);
    }
}
