package org.siproc.core.adapter.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.domain.audit.AuditEvent;

/** The audit trail in memory, in order; entries of a failed transaction are taken back. Thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditEvent> entries = Collections.synchronizedList(new ArrayList<>());
    private final InMemoryTransactions transactions;

    public InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        entries.add(event);
        transactions.onRollback(() -> entries.remove(event));
    }

    /** A copy of every entry, oldest first. */
    public List<AuditEvent> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }
}
