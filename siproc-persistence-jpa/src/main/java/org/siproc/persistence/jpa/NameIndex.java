package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.EditDistance;

/**
 * Finds persons by a similar name: the first stage of search and duplicate detection, the same on H2 and
 * PostgreSQL. Each person is filed in {@code person_name_key} under the {@link NameBlocking} keys of their name
 * (each word's Spanish sound code, and each pair of codes); a query looks up the pairs of its own words through the
 * table's primary key and ranks persons by how many pairs they share. A typed word that no stored name has is first
 * corrected against the vocabulary of word codes ({@code person_name_word}), so one typo in any word still finds
 * the name. The result is a bounded set of candidates, best first; the adapter ranks them with the core's own
 * relevance, so every store orders results the same way. Merged records are never returned.
 *
 * <p>Thread-safe. The vocabulary is written on a connection of its own and committed at once (a word nobody has
 * any more does no harm), and remembered per JVM, so a registration with known words writes only its own keys;
 * several JVMs may share the database.
 */
final class NameIndex {

    /** Vocabulary corrections tried per typed word that no stored name has. */
    private static final int CORRECTIONS_PER_WORD = 5;

    private final DataSource dataSource;
    private final Database database;
    private final Set<String> knownWords = ConcurrentHashMap.newKeySet();

    NameIndex(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /**
     * Files a person under the keys of {@code nameKey}, in the caller's transaction, replacing the keys of
     * {@code previousNameKey} (null for a new person).
     */
    void index(Connection connection, UUID person, @Nullable String previousNameKey, String nameKey)
            throws SQLException {
        Set<String> keys = NameBlocking.keys(nameKey);
        if (previousNameKey != null) {
            Set<String> stale = new TreeSet<>(NameBlocking.keys(previousNameKey));
            stale.removeAll(keys);
            keys.removeAll(NameBlocking.keys(previousNameKey));
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM person_name_key WHERE block_key = ? AND person_id = ?")) {
                for (String key : stale) {
                    delete.setString(1, key);
                    delete.setObject(2, person);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        insertKeys(connection, person, keys);
        learn(NameBlocking.codes(nameKey));
    }

    /** Writes the key rows of one person (no vocabulary): shared with the bulk paths. */
    static void insertKeys(Connection connection, UUID person, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_KEY)) {
            addKeys(insert, person, keys);
            insert.executeBatch();
        }
    }

    static final String INSERT_KEY = "INSERT INTO person_name_key (block_key, person_id) VALUES (?, ?)";

    /** Adds the key rows of one person to a batch of {@link #INSERT_KEY}. */
    static void addKeys(PreparedStatement insert, UUID person, Collection<String> keys) throws SQLException {
        for (String key : keys) {
            insert.setString(1, key);
            insert.setObject(2, person);
            insert.addBatch();
        }
    }

    /** Writes word codes with their variants through an insert of ({@code variant}, {@code word}). */
    static void writeWords(PreparedStatement insert, Collection<String> codes) throws SQLException {
        for (String code : codes) {
            for (String variant : NameBlocking.variants(code)) {
                insert.setString(1, variant);
                insert.setString(2, code);
                insert.addBatch();
            }
        }
        insert.executeBatch();
    }

    /** Adds word codes to the vocabulary unless this JVM already saw them there. */
    void learn(Collection<String> codes) throws SQLException {
        List<String> unknown = codes.stream().filter(c -> !knownWords.contains(c)).sorted().distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try (PreparedStatement insert = c.prepareStatement(database == Database.POSTGRESQL
                    ? "INSERT INTO person_name_word (variant, word) VALUES (?, ?) ON CONFLICT DO NOTHING"
                    : "MERGE INTO person_name_word (variant, word) KEY (variant, word) VALUES (?, ?)")) {
                writeWords(insert, unknown);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        knownWords.addAll(unknown);
    }

    /**
     * Persons whose name shares pairs of (corrected) words with {@code nameKey} — or, for a one-word query, the word —
     * most pairs first, then, when {@code birthDate} is given, persons born that day. At most {@code limit} of each.
     * One statement for both (after a vocabulary look-up for typed words this JVM has not seen stored).
     */
    List<PersonCandidate> similar(Connection connection, String nameKey, @Nullable LocalDate birthDate, int limit)
            throws SQLException {
        Map<UUID, PersonCandidate> found = new LinkedHashMap<>();
        try (PreparedStatement ps = candidates(connection, "", nameKey, birthDate, limit)) {
            if (ps != null) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PersonCandidate c = PersonCandidate.read(rs);
                        found.putIfAbsent(c.id(), c);
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The candidate statement of {@link #similar}, parameters set, with {@code prefix} before it (e.g. {@code EXPLAIN}
     * for the benchmark); null when there is nothing to look up.
     */
    @Nullable PreparedStatement candidates(Connection connection, String prefix, String nameKey,
                                           @Nullable LocalDate birthDate, int limit) throws SQLException {
        List<String> codes = NameBlocking.codes(nameKey);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        if (!codes.isEmpty()) {
            List<Set<String>> words = corrected(connection, codes);
            if (codes.size() == 1) {
                exact.add(codes.get(0));
                all.addAll(words.get(0));
            } else {
                for (int i = 0; i < codes.size(); i++) {
                    for (int j = i + 1; j < codes.size(); j++) {
                        exact.add(NameBlocking.pair(codes.get(i), codes.get(j)));
                        for (String a : words.get(i)) {
                            for (String b : words.get(j)) {
                                if (!a.equals(b)) {
                                    all.add(NameBlocking.pair(a, b));
                                }
                            }
                        }
                    }
                }
            }
        }
        if (all.isEmpty() && birthDate == null) {
            return null;
        }
        // Weight: 2 per exact key shared, 1 per corrected key; the birth-date arm ranks after every name match.
        StringBuilder sql = new StringBuilder(prefix).append("SELECT ").append(PersonCandidate.COLUMNS)
                .append(", c.weight FROM (");
        if (!all.isEmpty()) {
            sql.append("SELECT * FROM (SELECT person_id, SUM(CASE WHEN block_key IN (").append(placeholders(exact.size()))
                    .append(") THEN 2 ELSE 1 END) AS weight FROM person_name_key WHERE block_key IN (")
                    .append(placeholders(all.size())).append(") GROUP BY person_id ORDER BY weight DESC, person_id")
                    .append(" LIMIT ?) n");
        }
        if (birthDate != null) {
            sql.append(all.isEmpty() ? "" : " UNION ALL ").append("SELECT * FROM (SELECT id AS person_id, 0 AS weight")
                    .append(" FROM person WHERE birth_date_approx = ? AND merged_into IS NULL ORDER BY id LIMIT ?) b");
        }
        sql.append(") c JOIN person p ON p.id = c.person_id WHERE p.merged_into IS NULL ORDER BY c.weight DESC, p.id");
        PreparedStatement ps = connection.prepareStatement(sql.toString());
        int i = 1;
        if (!all.isEmpty()) {
            for (String key : exact) {
                ps.setString(i++, key);
            }
            for (String key : all) {
                ps.setString(i++, key);
            }
            ps.setInt(i++, limit);
        }
        if (birthDate != null) {
            ps.setObject(i++, birthDate);
            ps.setInt(i, limit);
        }
        return ps;
    }

    /**
     * For each word code, the codes to look it up by: itself and, when no stored name has it, the closest stored
     * codes one edit away (through the vocabulary's one-deletion variants). Codes this JVM has seen stored need no
     * look-up.
     */
    private List<Set<String>> corrected(Connection connection, List<String> codes) throws SQLException {
        List<String> unknown = codes.stream().filter(c -> !knownWords.contains(c)).toList();
        Map<String, Set<String>> wordsByVariant = new HashMap<>();
        if (!unknown.isEmpty()) {
            Set<String> variants = new LinkedHashSet<>();
            unknown.forEach(c -> variants.addAll(NameBlocking.variants(c)));
            try (PreparedStatement ps = connection.prepareStatement("SELECT variant, word FROM person_name_word"
                    + " WHERE variant IN (" + placeholders(variants.size()) + ")")) {
                int i = 1;
                for (String v : variants) {
                    ps.setString(i++, v);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        wordsByVariant.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
        List<Set<String>> result = new ArrayList<>(codes.size());
        for (String code : codes) {
            Set<String> words = new LinkedHashSet<>();
            words.add(code);
            if (wordsByVariant.getOrDefault(code, Set.of()).contains(code)) {
                knownWords.add(code);
            } else if (!knownWords.contains(code)) {
                Set<String> near = new TreeSet<>();
                NameBlocking.variants(code).forEach(v -> near.addAll(wordsByVariant.getOrDefault(v, Set.of())));
                near.stream().sorted(Comparator.comparingInt((String w) -> EditDistance.between(code, w))
                                .thenComparing(Comparator.naturalOrder()))
                        .limit(CORRECTIONS_PER_WORD).forEach(words::add);
            }
            result.add(words);
        }
        return result;
    }

    private static String placeholders(int count) {
        return count == 0 ? "NULL" : String.join(",", Collections.nCopies(count, "?"));
    }
}
