package org.siproc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.person.Person;

/** Persons stored before the name-key tables existed are found after the upgrade (Java migration V5). */
class NameKeysMigrationTest {

    @Test
    void filesPersonsStoredBeforeTheUpgradeUnderTheirNameKeys() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:siproc-upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        // The schema as it was before V5, with two persons written by the old version.
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("4").load().migrate();
        UUID jose = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            insertPerson(c, jose, "José Ángel", "Núñez", "Peña", "jose angel nunez pena");
            insertPerson(c, UUID.randomUUID(), "Gabriela", "Funes", null, "gabriela funes");
        }

        try (JpaPersistence db = JpaPersistence.create(dataSource, JpaPersistence.Options.defaults())) {
            assertThat(db.transactions().inTransaction(() -> db.persons()
                    .search(PersonSearchQuery.of("Jose Angel Peña Nunes")))).extracting(p -> p.id().value())
                    .containsExactly(jose);
            assertThat(db.transactions().inTransaction(() -> db.persons().search(PersonSearchQuery.of("Gabriela Fumes"))))
                    .extracting(Person::name).extracting(n -> n.fullName()).containsExactly("Gabriela Funes");
        }
    }

    private static void insertPerson(Connection c, UUID id, String given, String first, String second, String key)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO person (id, version, saved_at, given_names,"
                + " first_surname, second_surname, name_key, birth_kind, birth_date, birth_date_approx, sex)"
                + " VALUES (?, 1, CURRENT_TIMESTAMP, ?, ?, ?, ?, 'EXACT', ?, ?, 'F')")) {
            p.setObject(1, id);
            p.setString(2, given);
            p.setString(3, first);
            p.setString(4, second);
            p.setString(5, key);
            p.setObject(6, LocalDate.of(1990, 4, 12));
            p.setObject(7, LocalDate.of(1990, 4, 12));
            p.executeUpdate();
        }
    }
}
