package org.siproc.persistence.jpa;

import org.junit.jupiter.api.Nested;
import org.siproc.core.contract.AuditTrailContract;
import org.siproc.core.contract.CaseStatisticsContract;
import org.siproc.core.contract.CaseNumberSequenceContract;
import org.siproc.core.contract.PersonsContract;
import org.siproc.core.contract.PortsUnderTest;
import org.siproc.core.contract.ProtectionCasesContract;
import org.siproc.core.contract.TransactionsContract;

/** The port contracts of siproc-core on the JPA adapters over Postgres. */
class PostgresContractTest {

    @Nested
    class Cases extends ProtectionCasesContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return TestDatabases.emptied(TestDatabases.postgres());
        }
    }

    @Nested
    class PersonStore extends PersonsContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return TestDatabases.emptied(TestDatabases.postgres());
        }
    }

    @Nested
    class CaseNumbers extends CaseNumberSequenceContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return TestDatabases.emptied(TestDatabases.postgres());
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return TestDatabases.emptied(TestDatabases.postgres());
        }
    }

    @Nested
    class UnitsOfWork extends TransactionsContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return TestDatabases.emptied(TestDatabases.postgres());
        }
    }

    @Nested
    class Statistics extends CaseStatisticsContract {
        @Override
        protected PortsUnderTest emptyStore() {
            return TestDatabases.emptied(TestDatabases.postgres());
        }
    }
}
