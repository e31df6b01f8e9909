package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.contract.ContractFixtures.auditEvent;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;

/** Contract of the {@link org.siproc.core.application.port.out.AuditTrail} port, for every adapter. */
public abstract class AuditTrailContract extends PortContract {

    @Test
    void keepsEntriesInOrderWithEveryField() {
        AuditEvent first = new AuditEvent(Instant.parse("2026-03-02T10:00:00.123456Z"), UserId.of("analista.hq"),
                Role.HQ_ANALYST, "192.0.2.10", AuditAction.VIEW, "VIEW_CASE", "HN-MXTAP-2026-000001",
                Map.of("sensitive", "false", "note", "comillas \" barra \\ salto\n, ñ, 中文"));
        AuditEvent second = auditEvent("STATUS_CHANGED", "HN-MXTAP-2026-000001", Map.of("from", "REGISTERED"));
        AuditEvent third = auditEvent("EXPORT", "statistics", Map.of());
        txRun(() -> {
            ports.auditTrail().record(first);
            ports.auditTrail().record(second);
        });
        txRun(() -> ports.auditTrail().record(third));

        assertThat(ports.auditEntries().get()).containsExactly(first, second, third);
    }

    @Test
    void forgetsTheEntriesOfAFailedTransaction() {
        AuditEvent kept = auditEvent("KEPT", "a", Map.of());
        txRun(() -> ports.auditTrail().record(kept));
        assertThatThrownBy(() -> txRun(() -> {
            ports.auditTrail().record(auditEvent("LOST", "b", Map.of()));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(ports.auditEntries().get()).containsExactly(kept);
    }

    @Test
    void keepsAnEntryRecordedOutsideATransaction() {
        AuditEvent denied = new AuditEvent(ContractFixtures.T0, UserId.of("intruso"), Role.PARTNER, "cli",
                AuditAction.ACCESS_DENIED, "VIEW_CASE", "HN-MXTAP-2026-000009", Map.of());
        ports.auditTrail().record(denied);
        assertThat(ports.auditEntries().get()).containsExactly(denied);
    }
}
