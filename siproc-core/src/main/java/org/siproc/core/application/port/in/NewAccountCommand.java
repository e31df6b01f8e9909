package org.siproc.core.application.port.in;

import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Role;

/**
 * A new user account, as an administrator asks for it (the password goes beside it, never in a record).
 *
 * @param office      an office code of the country profile, for OFFICER and CONSUL
 * @param institution an institution code of the country profile, for PARTNER
 * @param needToKnow  need-to-know on sensitive fields, for HQ_ANALYST
 */
public record NewAccountCommand(String user, String displayName, Role role, @Nullable String office,
                                @Nullable String institution, boolean needToKnow) {
}
