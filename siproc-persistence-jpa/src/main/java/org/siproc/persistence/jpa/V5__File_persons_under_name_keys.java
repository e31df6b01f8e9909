package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration V5: files the persons already stored under their name keys and fills the vocabulary (the tables
 * of V4), computed in Java by {@link NameBlocking} as new persons are. Streams the persons, so memory stays flat.
 * Registered with Flyway by {@link JpaPersistence}; the class name is Flyway's version and description.
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads version and description from the class name
final class V5__File_persons_under_name_keys extends BaseJavaMigration {

    private static final int BATCH = 5_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Set<String> vocabulary = new TreeSet<>();
        try (PreparedStatement read = c.prepareStatement("SELECT id, name_key FROM person");
             PreparedStatement insert = c.prepareStatement(NameIndex.INSERT_KEY)) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String nameKey = rs.getString(2);
                    NameIndex.addKeys(insert, rs.getObject(1, UUID.class), NameBlocking.keys(nameKey));
                    vocabulary.addAll(NameBlocking.codes(nameKey));
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO person_name_word (variant, word) VALUES (?, ?)")) {
            NameIndex.writeWords(insert, vocabulary);
        }
    }
}
