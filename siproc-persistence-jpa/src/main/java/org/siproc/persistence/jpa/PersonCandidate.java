package org.siproc.persistence.jpa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.PersonName;

/**
 * A person found by a search or duplicate query, with just what ranking needs (name and birth date); the full
 * record is loaded only for the results that are returned.
 */
record PersonCandidate(UUID id, PersonName name, @Nullable BirthDate birthDate) {

    /** The columns {@link #read} expects, for the candidate queries' select lists (table alias {@code p}). */
    static final String COLUMNS = "p.id, p.given_names, p.first_surname, p.second_surname, p.known_as, p.birth_kind,"
            + " p.birth_date, p.birth_year, p.estimated_age, p.estimated_on";

    static PersonCandidate read(ResultSet rs) throws SQLException {
        Integer year = (Integer) rs.getObject("birth_year");
        Integer age = (Integer) rs.getObject("estimated_age");
        return new PersonCandidate(rs.getObject("id", UUID.class),
                new PersonName(rs.getString("given_names"), rs.getString("first_surname"),
                        rs.getString("second_surname"), rs.getString("known_as")),
                PersonMapper.birthDate(rs.getString("birth_kind"), rs.getObject("birth_date", LocalDate.class), year, age,
                        rs.getObject("estimated_on", LocalDate.class)));
    }

    /** A person with only name and birth date, to score with the core's duplicate rule before loading the record. */
    Person sketch() {
        return Person.storedAs(new PersonId(id), name).birthDate(birthDate).build();
    }
}
