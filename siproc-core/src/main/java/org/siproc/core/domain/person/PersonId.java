package org.siproc.core.domain.person;

import java.util.Objects;
import java.util.UUID;
import org.siproc.core.domain.shared.InvalidValueException;
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

    /**
     * The identity written as a UUID, e.g. {@code 5f0c2a64-1d3e-4c55-9a8b-0f6a1c2d3e4f}.
     *
     * @throws InvalidValueException when {@code value} is not a UUID (it usually comes from a user or a file)
     */
    public static PersonId of(String value) {
        try {
            return new PersonId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("personId", "a UUID such as 5f0c2a64-1d3e-4c55-9a8b-0f6a1c2d3e4f, not '"
                    + value + "'");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
