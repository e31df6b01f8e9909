package org.siproc.core.domain.shared;

/**
 * The thing asked for does not exist, or the actor may not know that it exists.
 */
public class NotFoundException extends SiprocException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorCode code, String field, Object identifier) {
        super(code, field, identifier);
    }
}
