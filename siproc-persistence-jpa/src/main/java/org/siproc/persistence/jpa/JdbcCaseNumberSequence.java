package org.siproc.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Adapter of the {@link CaseNumberSequence} port: a counter row per country, office and year in
 * {@code case_number_counter}, incremented in a short transaction of its own on a separate connection. The row
 * lock taken by the {@code UPDATE} makes concurrent callers — threads or JVMs sharing the database — wait for each
 * other and read distinct values; committing at once keeps the lock short and means a registration that fails later
 * burns its number (gaps are allowed, repeats never).
 */
final class JdbcCaseNumberSequence implements CaseNumberSequence {

    private static final int INSERT_RACE_RETRIES = 5;

    private final DataSource dataSource;
    private final Database database;

    JdbcCaseNumberSequence(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    @Override
    public int next(CountryCode country, OfficeCode office, int year) {
        return reserve(country, office, year, 1);
    }

    /** Reserves {@code count} consecutive numbers on the same counter (bulk imports); returns the first. */
    int reserve(CountryCode country, OfficeCode office, int year, int count) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    int value = increment(connection, country.value(), office.value(), year, count) - count + 1;
                    connection.commit();
                    return value;
                } catch (SQLException e) {
                    connection.rollback();
                    if (Failures.isUniqueViolation(e) && attempt < INSERT_RACE_RETRIES) {
                        continue; // another process created the counter row first: increment it instead
                    }
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot hand out a case number for " + country + "-" + office + "-"
                        + year, e);
            }
        }
    }

    /** Adds {@code count} and reads the counter in one statement (PostgreSQL {@code RETURNING}, H2 {@code FINAL TABLE}). */
    private int increment(Connection c, String country, String office, int year, int count) throws SQLException {
        String update = "UPDATE case_number_counter SET last_value = last_value + ?"
                + " WHERE country = ? AND office = ? AND counter_year = ?";
        try (PreparedStatement next = c.prepareStatement(database == Database.POSTGRESQL
                ? update + " RETURNING last_value" : "SELECT last_value FROM FINAL TABLE (" + update + ")")) {
            next.setInt(1, count);
            next.setString(2, country);
            next.setString(3, office);
            next.setInt(4, year);
            try (ResultSet rs = next.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_number_counter"
                + " (country, office, counter_year, last_value) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, country);
            insert.setString(2, office);
            insert.setInt(3, year);
            insert.setInt(4, count);
            insert.executeUpdate();
            return count;
        }
    }
}
