package org.siproc.core.profile;

import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;

/** A code given by a user or a command is not defined in the country profile (office, case type, institution ...). */
public class UnknownCodeException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    public UnknownCodeException(String field, String code, String profile) {
        super(ErrorCode.UNKNOWN_CODE, field, field, code, profile);
    }
}
