package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Nested;
import org.siproc.core.contract.BulkCaseWriterContract;

/** The {@link org.siproc.core.application.port.out.BulkCaseWriter} contract on H2 and PostgreSQL. */
class BulkCaseWriterContractTest {

    /** The adapters of {@code db} on an emptied database, import bookkeeping included. */
    static BulkCaseWriterContract.Store emptied(JpaPersistence db) {
        TestDatabases.clean(db);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM legacy_case");
            s.execute("DELETE FROM legacy_import");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the import tables", e);
        }
        return new BulkCaseWriterContract.Store(db.bulkCaseWriter(), db.cases(), db.persons(), db.caseNumbers(),
                db.transactions());
    }

    @Nested
    class OnH2 extends BulkCaseWriterContract {
        @Override
        protected Store emptyStore() {
            return emptied(TestDatabases.h2());
        }
    }

    @Nested
    class OnPostgres extends BulkCaseWriterContract {
        @Override
        protected Store emptyStore() {
            return emptied(TestDatabases.postgres());
        }
    }
}
