package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;

/**
 * Adapter of the {@link AuditTrail} port: an append-only, hash-chained table. Entries recorded during a use case
 * are kept in its transaction and appended just before it commits — with the chain head row locked
 * ({@code SELECT ... FOR UPDATE}), so concurrent transactions append one after the other and the chain stays
 * linear, while the lock is held only for the last moment of each transaction. A rolled-back use case leaves no
 * entry; an entry recorded outside a use case is written in a transaction of its own.
 */
final class JpaAuditTrail implements AuditTrail {

    private static final Object PENDING = new Object();

    private final JpaTransactions transactions;

    JpaAuditTrail(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        transactions.inTransaction(() -> {
            JpaTransactions.Unit unit = transactions.current();
            List<AuditEvent> pending = unit.resource(PENDING, () -> {
                List<AuditEvent> list = new ArrayList<>();
                unit.beforeCommit(() -> append(unit, list));
                return list;
            });
            pending.add(event);
            return null;
        });
    }

    private static void append(JpaTransactions.Unit unit, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // Write the use case's own changes first, so the chain head is locked only for the audit rows and commit.
        unit.entityManager().flush();
        unit.entityManager().unwrap(Session.class).doWork(connection -> append(connection, events));
    }

    static void append(Connection connection, List<AuditEvent> events) throws SQLException {
        long sequence;
        String previous;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The audit chain head row is missing: the schema was not migrated");
            }
            sequence = rs.getLong(1);
            previous = rs.getString(2);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (seq, recorded_at, user_id,"
                + " user_role, origin, action, event, subject, details, prev_hash, entry_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : events) {
                sequence++;
                String hash = AuditChain.hash(sequence, e, previous);
                insert.setLong(1, sequence);
                insert.setObject(2, OffsetDateTime.ofInstant(AuditChain.stored(e.at()), ZoneOffset.UTC));
                insert.setString(3, e.user().value());
                insert.setString(4, e.role().name());
                insert.setString(5, e.origin());
                insert.setString(6, e.action().name());
                insert.setString(7, e.event());
                insert.setString(8, e.subject());
                insert.setString(9, AuditChain.details(e.details()));
                insert.setString(10, previous);
                insert.setString(11, hash);
                insert.addBatch();
                previous = hash;
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, sequence);
            update.setString(2, previous);
            update.executeUpdate();
        }
    }

    /** Entries after {@code afterSequence}, oldest first, at most {@code limit}. */
    List<AuditEvent> entries(long afterSequence, int limit) {
        return transactions.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            List<AuditEvent> result = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT recorded_at, user_id, user_role, origin,"
                    + " action, event, subject, details FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, afterSequence);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new AuditEvent(rs.getObject(1, OffsetDateTime.class).toInstant(),
                                UserId.of(rs.getString(2)), Role.valueOf(rs.getString(3)), rs.getString(4),
                                AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                                AuditChain.parseDetails(rs.getString(8))));
                    }
                }
            }
            return result;
        }));
    }
}
