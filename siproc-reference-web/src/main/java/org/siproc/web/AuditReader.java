package org.siproc.web;

import java.util.List;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditEvent;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail for headquarters: the core's access policy decides ({@code VIEW_AUDIT}), the storage
 * backend reads. (Core has no audit-reading use case yet; this is the thinnest way to keep the policy in core.)
 */
@Component
public class AuditReader {

    private final AccessPolicy policy;
    private final StorageBackend storage;

    AuditReader(AccessPolicy policy, StorageBackend storage) {
        this.policy = policy;
        this.storage = storage;
    }

    /** Entries after position {@code after}, oldest first; refuses unless the actor may read the audit trail. */
    public List<AuditEvent> entries(Actor actor, long after, int limit) {
        policy.require(actor, Permission.VIEW_AUDIT, null, "audit");
        return storage.auditEntries(Math.max(0, after), Math.min(Math.max(limit, 1), 500));
    }
}
