package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.siproc.core.domain.person.NameKey;

/**
 * For the benchmark's raw-JDBC paths (another package): the name-key rows and vocabulary the adapter writes for a
 * person, so the hand-written baseline writes exactly the same rows without a copy of the key rules.
 */
public final class BenchAccess {

    private final NameIndex index;
    private final DataSource dataSource;

    public BenchAccess(DataSource dataSource) {
        this.dataSource = dataSource;
        this.index = new NameIndex(dataSource, Database.of(dataSource));
    }

    /** The statement {@link #addKeys} fills. */
    public static PreparedStatement prepareKeyInsert(Connection connection) throws SQLException {
        return connection.prepareStatement(NameIndex.INSERT_KEY);
    }

    /** Adds the key rows of a person with this name key to a batch; returns how many. */
    public static int addKeys(PreparedStatement insert, UUID person, String nameKey) throws SQLException {
        var keys = NameBlocking.keys(nameKey);
        NameIndex.addKeys(insert, person, keys);
        return keys.size();
    }

    /** How many key rows a person with this name key has. */
    public static int keyCount(String nameKey) {
        return NameBlocking.keys(nameKey).size();
    }

    /** The database's plan of the candidate query for a name (PostgreSQL: {@code EXPLAIN (ANALYZE, BUFFERS)}). */
    public String explain(Connection connection, String nameKey, int limit) throws SQLException {
        boolean postgres = Database.of(dataSource) == Database.POSTGRESQL;
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement ps = index.candidates(connection, postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ",
                NameKey.of(nameKey), null, limit); java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** Adds the words of a name key to the vocabulary, as the adapter does (once per word and JVM). */
    public void learn(String nameKey) throws SQLException {
        index.learn(NameBlocking.codes(nameKey));
    }
}
