package org.siproc.web;

import java.util.List;
import java.util.Optional;
import org.siproc.core.SiprocCore;
import org.siproc.core.adapter.memory.InMemoryAuditTrail;
import org.siproc.core.adapter.memory.InMemoryCaseNumberSequence;
import org.siproc.core.adapter.memory.InMemoryCaseStatistics;
import org.siproc.core.adapter.memory.InMemoryPersons;
import org.siproc.core.adapter.memory.InMemoryProtectionCases;
import org.siproc.core.adapter.memory.InMemoryTransactions;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.persistence.jpa.JpaPersistence;

/**
 * Where SIPROC keeps its data, behind one seam: {@code siproc.storage=JPA} (the default: {@code siproc-persistence-jpa}
 * on the configured H2 file or PostgreSQL database) or {@code siproc.storage=MEMORY} (core's in-memory adapters).
 * Besides the storage ports it offers what the web app reads that is not a use case of core: the audit trail
 * (for the headquarters audit page) and the statistics query port, where the backend has one.
 */
public sealed interface StorageBackend extends AutoCloseable {

    /** Sets the storage ports on a core builder. */
    SiprocCore.Builder wire(SiprocCore.Builder builder);

    /** The statistics query port; empty when this backend does not implement it yet. */
    Optional<CaseStatistics> statistics();

    /** The audit trail the backend stores (statistics reports record their exports in it). */
    AuditTrail auditTrail();

    /** Audit entries after the given position (0 for the first), oldest first, at most {@code limit}. */
    List<AuditEvent> auditEntries(long after, int limit);

    /** Releases the backend's resources at shutdown. */
    @Override
    default void close() {
    }

    /** {@code siproc-persistence-jpa}: H2 or PostgreSQL, migrated by Flyway at start-up. */
    record Jpa(JpaPersistence persistence) implements StorageBackend {
        @Override
        public SiprocCore.Builder wire(SiprocCore.Builder builder) {
            return persistence.wire(builder);
        }

        @Override
        public Optional<CaseStatistics> statistics() {
            return Optional.of(persistence.statistics());
        }

        @Override
        public AuditTrail auditTrail() {
            return persistence.auditTrail();
        }

        @Override
        public List<AuditEvent> auditEntries(long after, int limit) {
            return persistence.auditEntries(after, limit);
        }

        @Override
        public void close() {
            persistence.close();
        }
    }

    /** Core's thread-safe in-memory adapters: nothing survives a restart. */
    final class Memory implements StorageBackend {
        private final InMemoryTransactions transactions = new InMemoryTransactions();
        private final InMemoryPersons persons = new InMemoryPersons(transactions);
        private final InMemoryProtectionCases cases = new InMemoryProtectionCases(transactions, persons);
        private final InMemoryAuditTrail audit = new InMemoryAuditTrail(transactions);
        private final InMemoryCaseStatistics statistics = new InMemoryCaseStatistics(cases);

        @Override
        public SiprocCore.Builder wire(SiprocCore.Builder builder) {
            return builder.cases(cases).persons(persons).caseNumbers(new InMemoryCaseNumberSequence())
                    .auditTrail(audit).transactions(transactions);
        }

        @Override
        public Optional<CaseStatistics> statistics() {
            return Optional.of(statistics);
        }

        @Override
        public AuditTrail auditTrail() {
            return audit;
        }

        @Override
        public List<AuditEvent> auditEntries(long after, int limit) {
            List<AuditEvent> all = audit.entries();
            int from = (int) Math.min(Math.max(after, 0), all.size());
            return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
        }
    }
}
