package org.siproc.core.contract;

import org.junit.jupiter.api.Nested;
import org.siproc.core.adapter.memory.InMemoryAuditTrail;
import org.siproc.core.adapter.memory.InMemoryBulkCaseWriter;
import org.siproc.core.adapter.memory.InMemoryCaseNumberSequence;
import org.siproc.core.adapter.memory.InMemoryCaseStatistics;
import org.siproc.core.adapter.memory.InMemoryPersons;
import org.siproc.core.adapter.memory.InMemoryProtectionCases;
import org.siproc.core.adapter.memory.InMemoryTransactions;

/** The port contracts on the in-memory adapters. */
class InMemoryContractTest {

    static PortsUnderTest fresh() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryPersons persons = new InMemoryPersons(transactions);
        InMemoryAuditTrail audit = new InMemoryAuditTrail(transactions);
        InMemoryProtectionCases cases = new InMemoryProtectionCases(transactions, persons);
        return new PortsUnderTest(cases, persons, new InMemoryCaseNumberSequence(), audit, transactions, audit::entries,
                new InMemoryCaseStatistics(cases));
    }

    @Nested
    class Cases extends ProtectionCasesContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return fresh();
        }
    }

    @Nested
    class PersonStore extends PersonsContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return fresh();
        }
    }

    @Nested
    class CaseNumbers extends CaseNumberSequenceContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return fresh();
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return fresh();
        }
    }

    @Nested
    class UnitsOfWork extends TransactionsContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return fresh();
        }
    }

    @Nested
    class BulkWriter extends BulkCaseWriterContract {
        @Override
        protected Store emptyStore() {
            InMemoryTransactions transactions = new InMemoryTransactions();
            InMemoryPersons persons = new InMemoryPersons(transactions);
            InMemoryProtectionCases cases = new InMemoryProtectionCases(transactions, persons);
            InMemoryCaseNumberSequence sequence = new InMemoryCaseNumberSequence();
            return new Store(new InMemoryBulkCaseWriter(transactions, persons, cases, sequence), cases, persons,
                    sequence, transactions);
        }
    }

    @Nested
    class Statistics extends CaseStatisticsContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return fresh();
        }
    }
}
