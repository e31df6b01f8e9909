package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Name search on H2, which has no trigram index: each person's name key is stored as tokens in
 * {@code person_name_token} — every word, and for words of four letters or more every form with one letter deleted
 * (a "deletion neighbourhood"). A query word matches a stored word when the two are equal or one edit apart
 * (a letter missing, extra, wrong or swapped), through an ordinary B-tree index; persons sharing the most tokens
 * with the query come first.
 */
final class H2NameIndex implements NameIndex {

    private static final int MIN_WORD_FOR_DELETIONS = 4;

    @Override
    public void index(Connection connection, UUID person, String nameKey, boolean isNew) throws SQLException {
        if (!isNew) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person_name_token WHERE person_id = ?")) {
                delete.setObject(1, person);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO person_name_token (token, person_id) VALUES (?, ?)")) {
            for (String token : tokens(nameKey)) {
                insert.setString(1, token);
                insert.setObject(2, person);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<PersonCandidate> similar(Connection connection, String nameKey, @Nullable LocalDate birthDate,
                                         int limit) throws SQLException {
        Set<String> tokens = tokens(nameKey);
        Map<UUID, PersonCandidate> found = new LinkedHashMap<>();
        if (!tokens.isEmpty()) {
            // Two statements on purpose: joined in one, H2 drives the join from the person table.
            List<UUID> ranked = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT t.person_id, COUNT(*) AS hits"
                    + " FROM person_name_token t WHERE t.token IN (" + placeholders(tokens.size()) + ")"
                    + " GROUP BY t.person_id ORDER BY hits DESC, t.person_id LIMIT ?")) {
                int i = 1;
                for (String token : tokens) {
                    ps.setString(i++, token);
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ranked.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            if (!ranked.isEmpty()) {
                Map<UUID, PersonCandidate> byId = new java.util.HashMap<>();
                try (PreparedStatement ps = connection.prepareStatement("SELECT " + PersonCandidate.COLUMNS
                        + " FROM person p WHERE p.id IN (" + placeholders(ranked.size()) + ") AND p.merged_into IS NULL")) {
                    for (int i = 0; i < ranked.size(); i++) {
                        ps.setObject(i + 1, ranked.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            PersonCandidate c = PersonCandidate.read(rs);
                            byId.put(c.id(), c);
                        }
                    }
                }
                for (UUID id : ranked) {
                    PersonCandidate c = byId.get(id);
                    if (c != null) {
                        found.put(id, c);
                    }
                }
            }
        }
        if (birthDate != null) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + PersonCandidate.COLUMNS
                    + " FROM person p WHERE p.birth_date_approx = ? AND p.merged_into IS NULL ORDER BY p.id LIMIT ?")) {
                ps.setObject(1, birthDate);
                ps.setInt(2, limit);
                collect(ps, found);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    /** The words of a name key and, for longer words, each form with one letter deleted. */
    static Set<String> tokens(String nameKey) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : nameKey.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            tokens.add(word);
            if (word.length() >= MIN_WORD_FOR_DELETIONS) {
                for (int i = 0; i < word.length(); i++) {
                    tokens.add(word.substring(0, i) + word.substring(i + 1));
                }
            }
        }
        return tokens;
    }

    private static void collect(PreparedStatement ps, Map<UUID, PersonCandidate> found) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PersonCandidate c = PersonCandidate.read(rs);
                found.putIfAbsent(c.id(), c);
            }
        }
    }
}
