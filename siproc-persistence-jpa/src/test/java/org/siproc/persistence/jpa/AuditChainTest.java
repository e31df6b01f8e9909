package org.siproc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;

/**
 * The audit trail's hash chain: intact after concurrent appends (one linear chain, no gaps), and every kind of
 * tampering — a changed entry, a removed entry, entries cut off at the end — is reported at the first broken link.
 */
class AuditChainTest {

    @Nested
    class OnH2 extends Chain {
        OnH2() {
            super(TestDatabases.h2(), false);
        }
    }

    @Nested
    class OnPostgres extends Chain {
        OnPostgres() {
            super(TestDatabases.postgres(), true);
        }

        @Test
        void theDatabaseRefusesToChangeAnEntry() {
            append(3);
            assertThatThrownBy(() -> sql("UPDATE audit_entry SET subject = 'x' WHERE seq = 2"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql("DELETE FROM audit_entry WHERE seq = 3")).hasMessageContaining("append-only");
            assertThat(db.auditChainVerifier().verify().intact()).isTrue();
        }
    }

    abstract static class Chain {
        final JpaPersistence db;
        final boolean guardedByTrigger;

        Chain(JpaPersistence db, boolean guardedByTrigger) {
            this.db = db;
            this.guardedByTrigger = guardedByTrigger;
        }

        @BeforeEach
        void empty() {
            TestDatabases.clean(db);
        }

        static AuditEvent event(int i) {
            return new AuditEvent(Instant.parse("2026-03-02T10:00:00Z").plusMillis(i), UserId.of("user" + (i % 3)),
                    Role.OFFICER, "10.0.0." + (i % 7), AuditAction.VIEW, "VIEW_CASE", "HN-MXTAP-2026-" + i,
                    Map.of("n", String.valueOf(i)));
        }

        void append(int count) {
            for (int i = 1; i <= count; i++) {
                db.auditTrail().record(event(i));
            }
        }

        /** Runs SQL as someone with direct access to the database would; on PostgreSQL past the trigger when asked. */
        void sql(String statement) throws SQLException {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(statement);
            }
        }

        void tamper(String statement) throws SQLException {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                if (guardedByTrigger) {
                    s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
                }
                try {
                    s.execute(statement);
                } finally {
                    if (guardedByTrigger) {
                        s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
                    }
                }
            }
        }

        @Test
        void anUntouchedChainIsIntact() {
            assertThat(db.auditChainVerifier().verify()).isEqualTo(new AuditChainVerifier.Result(0, null, null));
            append(25);
            AuditChainVerifier.Result result = db.auditChainVerifier().verify();
            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(25);
        }

        @Test
        void reportsAChangedEntry() throws SQLException {
            append(10);
            tamper("UPDATE audit_entry SET user_id = 'somebody.else' WHERE seq = 4");
            AuditChainVerifier.Result result = db.auditChainVerifier().verify();
            assertThat(result.firstBrokenEntry()).isEqualTo(4);
            assertThat(result.entriesChecked()).isEqualTo(3);
            assertThat(result.problem()).contains("changed");
        }

        @Test
        void reportsAChangedEntryWhoseHashWasRecomputed() throws SQLException {
            append(10);
            String forged = AuditChain.hash(6, event(6).at(), "forger", "OFFICER", "10.0.0.6", "VIEW", "VIEW_CASE",
                    "HN-MXTAP-2026-6", "{\"n\":\"6\"}", previousHash(6));
            tamper("UPDATE audit_entry SET user_id = 'forger', entry_hash = '" + forged + "' WHERE seq = 6");
            AuditChainVerifier.Result result = db.auditChainVerifier().verify();
            assertThat(result.firstBrokenEntry()).as("the next entry no longer points to it").isEqualTo(7);
            assertThat(result.problem()).contains("does not point");
        }

        private String previousHash(long seq) throws SQLException {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT prev_hash FROM audit_entry WHERE seq = " + seq)) {
                rs.next();
                return rs.getString(1);
            }
        }

        @Test
        void reportsARemovedEntry() throws SQLException {
            append(10);
            tamper("DELETE FROM audit_entry WHERE seq = 5");
            AuditChainVerifier.Result result = db.auditChainVerifier().verify();
            assertThat(result.firstBrokenEntry()).isEqualTo(5);
            assertThat(result.problem()).contains("missing");
        }

        @Test
        void reportsEntriesCutOffAtTheEnd() throws SQLException {
            append(10);
            tamper("DELETE FROM audit_entry WHERE seq > 8");
            AuditChainVerifier.Result result = db.auditChainVerifier().verify();
            assertThat(result.firstBrokenEntry()).isEqualTo(9);
            assertThat(result.problem()).contains("removed");
        }

        @Test
        void concurrentAppendsKeepTheChainLinear() throws Exception {
            int threads = 4;
            int transactions = 40;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < transactions; i++) {
                            int n = thread * 1000 + i;
                            db.transactions().inTransaction(() -> {
                                db.auditTrail().record(event(n));
                                db.auditTrail().record(event(n + 500));
                                return null;
                            });
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            AuditChainVerifier.Result result = db.auditChainVerifier().verify();
            assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(2L * threads * transactions);
        }
    }
}
