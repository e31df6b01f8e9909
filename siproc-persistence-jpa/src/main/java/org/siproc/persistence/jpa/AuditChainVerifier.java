package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the audit trail's hash chain and reports the first broken link: an entry whose content no longer
 * matches its hash (changed after it was written), whose "previous hash" is not the hash of the entry before it
 * (an entry removed, inserted or reordered), a gap in the sequence, or entries missing at the end (the chain head
 * remembers the last one). Reads the whole table once, in order, streaming; thread-safe.
 *
 * <p>Obtain one from {@link JpaPersistence#auditChainVerifier()}; the CLI's {@code audit verify} runs it.
 */
public final class AuditChainVerifier {

    private final DataSource dataSource;

    AuditChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The outcome of a verification.
     *
     * @param entriesChecked   entries read before the first broken link (all of them when the chain is intact)
     * @param firstBrokenEntry sequence number of the first entry that breaks the chain; null when intact
     * @param problem          what is wrong with it, in English; null when intact
     */
    public record Result(long entriesChecked, @Nullable Long firstBrokenEntry, @Nullable String problem) {
        public boolean intact() {
            return firstBrokenEntry == null;
        }

        static Result broken(long checked, long entry, String problem) {
            return new Result(checked, entry, problem);
        }
    }

    /** Checks every link of the chain; never returns null. */
    public Result verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // lets PostgreSQL stream the rows with a cursor
            try {
                return verify(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    private static Result verify(Connection connection) throws SQLException {
        long headSequence;
        String headHash;
        try (PreparedStatement ps = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Result.broken(0, 1, "the chain head row is missing");
            }
            headSequence = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long expectedSequence = 1;
        String previous = AuditChain.GENESIS;
        long checked = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT seq, recorded_at, user_id, user_role, origin,"
                + " action, event, subject, details, prev_hash, entry_hash FROM audit_entry ORDER BY seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sequence = rs.getLong(1);
                    if (sequence != expectedSequence) {
                        return Result.broken(checked, expectedSequence, "entry " + expectedSequence
                                + " is missing: the sequence jumps to " + sequence);
                    }
                    String storedPrevious = rs.getString(10);
                    if (!previous.equals(storedPrevious)) {
                        return Result.broken(checked, sequence, "entry " + sequence
                                + " does not point to the hash of the entry before it");
                    }
                    String recomputed = AuditChain.hash(sequence, rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), storedPrevious);
                    String stored = rs.getString(11);
                    if (!recomputed.equals(stored)) {
                        return Result.broken(checked, sequence, "entry " + sequence
                                + " was changed after it was written: its content does not match its hash");
                    }
                    previous = stored;
                    expectedSequence++;
                    checked++;
                }
            }
        }
        if (headSequence != checked || !Objects.equals(headHash, previous)) {
            return Result.broken(checked, checked + 1, "the chain head records " + headSequence
                    + " entries, but only " + checked + " chain up to it: entries at the end were removed or changed");
        }
        return new Result(checked, null, null);
    }
}
