package org.siproc.core.domain.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Who is acting: passed explicitly to every use case, never taken from a thread-local. The embedding system
 * authenticates the user and builds the actor; SIPROC decides what the actor may do.
 *
 * @param user        the user's id, written to the audit trail
 * @param role        the user's role
 * @param office      the office the user works for; required for OFFICER and CONSUL, null for roles that see all
 * @param institution the institution code of a PARTNER user; null otherwise
 * @param needToKnow  whether an HQ analyst was granted need-to-know on sensitive fields
 * @param origin      where the request came from (IP address, host, "cli"), for the audit trail
 */
public record Actor(UserId user, Role role, @Nullable OfficeCode office, @Nullable String institution,
                    boolean needToKnow, String origin) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(origin, "origin");
        if ((role == Role.OFFICER || role == Role.CONSUL) && office == null) {
            throw new InvalidValueException("actor.office", "an officer or consul belongs to an office");
        }
        if (role == Role.PARTNER) {
            if (institution == null) {
                throw new InvalidValueException("actor.institution", "a partner user belongs to an institution");
            }
            institution = Code.normalise("actor.institution", institution);
        }
    }

    public static Actor officer(String user, OfficeCode office) {
        return new Actor(UserId.of(user), Role.OFFICER, office, null, false, "local");
    }

    public static Actor consul(String user, OfficeCode office) {
        return new Actor(UserId.of(user), Role.CONSUL, office, null, false, "local");
    }

    public static Actor hqAnalyst(String user, boolean needToKnow) {
        return new Actor(UserId.of(user), Role.HQ_ANALYST, null, null, needToKnow, "local");
    }

    public static Actor observer(String user) {
        return new Actor(UserId.of(user), Role.OBSERVER, null, null, false, "local");
    }

    public static Actor admin(String user) {
        return new Actor(UserId.of(user), Role.ADMIN, null, null, false, "local");
    }

    public static Actor partner(String user, String institution) {
        return new Actor(UserId.of(user), Role.PARTNER, null, institution, false, "local");
    }

    /** The same actor seen from another origin (an IP address, "cli"). */
    public Actor from(String newOrigin) {
        return new Actor(user, role, office, institution, needToKnow, newOrigin);
    }
}
