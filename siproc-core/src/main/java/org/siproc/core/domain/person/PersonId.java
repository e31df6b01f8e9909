package org.siproc.core.domain.person;

import java.util.Objects;
import java.util.UUID;
import org.siproc.core.domain.shared.TimeOrderedIds;

/**
 * Identity of a person record: a time-ordered random UUID ({@link TimeOrderedIds}), never derived from personal data.
 */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId newId() {
        return new PersonId(TimeOrderedIds.next());
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
