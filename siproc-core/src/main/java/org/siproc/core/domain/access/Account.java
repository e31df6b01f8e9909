package org.siproc.core.domain.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.Text;

/**
 * A user account (the *cuenta de usuario*): who may act in SIPROC, with which role, for which office or institution.
 * Every {@link Actor} of the reference applications comes from an account, so the role and office a user acts with
 * are the ones an administrator gave them, never claims made at the door. Credentials are not part of the account:
 * the adapters keep the password hash beside it.
 *
 * @param user        the login name, written to the audit trail
 * @param displayName the name people see
 * @param role        the one role of the user
 * @param office      the office of an OFFICER or CONSUL; null for every other role
 * @param institution the institution code of a PARTNER; null for every other role
 * @param needToKnow  need-to-know on sensitive fields, granted only to an HQ analyst
 * @param enabled     a disabled account is kept (the audit trail names it) but may no longer act
 */
public record Account(UserId user, String displayName, Role role, @Nullable OfficeCode office,
                      @Nullable String institution, boolean needToKnow, boolean enabled) {

    public Account {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        displayName = Text.required("displayName", displayName, 200);
        boolean hasOffice = role == Role.OFFICER || role == Role.CONSUL;
        if (hasOffice && office == null) {
            throw new InvalidValueException("office", "an officer or consul belongs to an office");
        }
        if (!hasOffice && office != null) {
            throw new InvalidValueException("office", "only officers and consuls belong to an office, not " + role);
        }
        if (role == Role.PARTNER) {
            if (institution == null || institution.isBlank()) {
                throw new InvalidValueException("institution", "a partner user belongs to an institution");
            }
            institution = Code.normalise("institution", institution);
        } else if (institution != null) {
            throw new InvalidValueException("institution", "only partner users belong to an institution, not " + role);
        }
        if (needToKnow && role != Role.HQ_ANALYST) {
            throw new InvalidValueException("needToKnow", "need-to-know is granted to headquarters analysts only");
        }
    }

    /**
     * The actor this account acts as, from {@code origin} (an IP address, "cli").
     *
     * @throws RuleViolationException {@link ErrorCode#ACCOUNT_DISABLED} when the account is disabled
     */
    public Actor actor(String origin) {
        if (!enabled) {
            throw new RuleViolationException(ErrorCode.ACCOUNT_DISABLED, "user", user.value());
        }
        return new Actor(user, role, office, institution, needToKnow, origin);
    }

    /** The same account, enabled or disabled. */
    public Account withEnabled(boolean value) {
        return new Account(user, displayName, role, office, institution, needToKnow, value);
    }

    /** Whether this is an administrator who may act. */
    public boolean isEnabledAdministrator() {
        return enabled && role == Role.ADMIN;
    }
}
