package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Finds persons by a similar name: the database-specific first stage of search and duplicate detection. It returns
 * a wide, bounded set of candidates, best first; the adapter ranks them with the core's own similarity, so every
 * database (and the in-memory adapter) orders results the same way. Merged records are never returned.
 */
interface NameIndex {

    /** Keeps the index up to date after a person's name key was written (no-op where the database indexes itself). */
    void index(Connection connection, UUID person, String nameKey, boolean isNew) throws SQLException;

    /**
     * Persons whose name key is similar to {@code nameKey} (accent-free, words in any order, typos tolerated),
     * plus, when {@code birthDate} is given, persons born that day with a loosely similar name. At most
     * {@code limit}, best first.
     */
    List<PersonCandidate> similar(Connection connection, String nameKey, @Nullable LocalDate birthDate, int limit)
            throws SQLException;
}
