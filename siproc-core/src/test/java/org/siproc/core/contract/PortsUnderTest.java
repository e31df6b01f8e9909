package org.siproc.core.contract;

import java.util.List;
import java.util.function.Supplier;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.application.port.out.Persons;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.audit.AuditEvent;

/**
 * The adapters a contract test runs against, on an empty store, and a way to read the audit trail back (the port
 * itself only appends). {@code statistics} aggregates over the same store as {@code cases}.
 */
public record PortsUnderTest(ProtectionCases cases, Persons persons, CaseNumberSequence caseNumbers,
                             AuditTrail auditTrail, Transactions transactions, Supplier<List<AuditEvent>> auditEntries,
                             CaseStatistics statistics) {
}
