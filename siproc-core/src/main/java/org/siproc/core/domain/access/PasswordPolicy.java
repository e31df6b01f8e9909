package org.siproc.core.domain.access;

import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;

/**
 * The rule every new password follows, whichever adapter sets it: at least {@link #MIN_LENGTH} characters (length
 * is what makes a password hard to guess; no composition rules, after NIST SP 800-63B).
 */
public final class PasswordPolicy {

    /** The minimum length of a password. */
    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    /**
     * Refuses a password that is too short.
     *
     * @throws RuleViolationException {@link ErrorCode#PASSWORD_TOO_SHORT}
     */
    public static void check(CharSequence password) {
        if (password.codePoints().count() < MIN_LENGTH) {
            throw new RuleViolationException(ErrorCode.PASSWORD_TOO_SHORT, "password", MIN_LENGTH);
        }
    }
}
