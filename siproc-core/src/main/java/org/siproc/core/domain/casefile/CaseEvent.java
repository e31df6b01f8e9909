package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.siproc.core.domain.access.UserId;

/**
 * Domain event: something happened to a case. The audit trail and notifications are fed from these.
 * Details hold codes and ids only (statuses, institution codes, entry ids), never personal data, so an event can
 * be written to the audit log and sent to a notifier as it is.
 */
public record CaseEvent(CaseNumber caseNumber, CaseEventType type, Map<String, String> details, Instant at, UserId by) {
    public CaseEvent {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(type, "type");
        details = Map.copyOf(details);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
