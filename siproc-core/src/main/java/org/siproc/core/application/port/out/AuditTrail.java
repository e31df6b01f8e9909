package org.siproc.core.application.port.out;

import org.siproc.core.domain.audit.AuditEvent;

/**
 * Outgoing port: the append-only audit log. Persistent implementations chain each entry to the previous one by a
 * hash so that tampering is detectable.
 */
public interface AuditTrail {

    /** Appends an entry. Must not fail silently: an entry that cannot be written is an error. */
    void record(AuditEvent event);
}
