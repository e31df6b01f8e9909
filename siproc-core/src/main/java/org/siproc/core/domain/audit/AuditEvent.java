package org.siproc.core.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;

/**
 * One entry of the audit trail: who did what to which record, when and from where. Details carry codes and ids,
 * never personal data, so the trail itself leaks no name.
 *
 * @param subject  the record concerned, e.g. a case number, a person id, "statistics"
 * @param event    the specific event, e.g. {@code STATUS_CHANGED}, {@code VIEW_CASE}
 * @param origin   where the request came from (IP address, host, "cli")
 */
public record AuditEvent(Instant at, UserId user, Role role, String origin, AuditAction action, String event,
                         String subject, Map<String, String> details) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(subject, "subject");
        details = Map.copyOf(details);
    }
}
