package org.siproc.core.domain.access;

import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.SiprocException;

/** The actor's role or office does not allow the operation. Nothing was changed. */
public class AccessDeniedException extends SiprocException {
    private static final long serialVersionUID = 1L;
    private final Permission permission;

    public AccessDeniedException(Actor actor, Permission permission, @Nullable Object target) {
        super(ErrorCode.ACCESS_DENIED, null, actor.user().value(), actor.role(), permission,
                target == null ? "-" : target.toString());
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
