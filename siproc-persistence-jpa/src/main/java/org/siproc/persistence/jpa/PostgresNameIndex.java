package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Name search on PostgreSQL with pg_trgm: a GIN trigram index on the accent-free name key answers both "similar
 * as a whole" ({@code %}, so word order and a typo cost little) and "contained as words" ({@code <%}, so a
 * query without the second surname or a single surname still matches a longer name).
 */
final class PostgresNameIndex implements NameIndex {

    private static final String BY_NAME = "SELECT " + PersonCandidate.COLUMNS + " FROM person p"
            + " WHERE (p.name_key % ? OR ? <% p.name_key) AND p.merged_into IS NULL"
            + " ORDER BY greatest(similarity(p.name_key, ?), word_similarity(?, p.name_key)) DESC, p.id LIMIT ?";

    private static final String BY_BIRTH_DATE = "SELECT " + PersonCandidate.COLUMNS + " FROM person p"
            + " WHERE p.birth_date_approx = ? AND p.merged_into IS NULL AND similarity(p.name_key, ?) > 0.1"
            + " ORDER BY similarity(p.name_key, ?) DESC, p.id LIMIT ?";

    @Override
    public void index(Connection connection, UUID person, String nameKey, boolean isNew) {
        // The GIN index on person.name_key is maintained by PostgreSQL itself.
    }

    @Override
    public List<PersonCandidate> similar(Connection connection, String nameKey, @Nullable LocalDate birthDate,
                                         int limit) throws SQLException {
        Map<UUID, PersonCandidate> found = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(BY_NAME)) {
            ps.setString(1, nameKey);
            ps.setString(2, nameKey);
            ps.setString(3, nameKey);
            ps.setString(4, nameKey);
            ps.setInt(5, limit);
            collect(ps, found);
        }
        if (birthDate != null) {
            try (PreparedStatement ps = connection.prepareStatement(BY_BIRTH_DATE)) {
                ps.setObject(1, birthDate);
                ps.setString(2, nameKey);
                ps.setString(3, nameKey);
                ps.setInt(4, limit);
                collect(ps, found);
            }
        }
        return new ArrayList<>(found.values());
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
