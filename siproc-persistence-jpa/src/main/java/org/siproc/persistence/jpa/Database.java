package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases this adapter supports, detected from the JDBC driver; names the vendor migration folder. */
enum Database {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Database(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** The Flyway location of the migrations only this database needs. */
    String vendorMigrations() {
        return "classpath:db/migration/" + migrationFolder;
    }

    static Database of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("SIPROC persistence supports H2 and PostgreSQL, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to detect its kind", e);
        }
    }
}
