package org.siproc.core.domain.shared;

import java.util.Objects;

/**
 * One invalid field of a command: its path (e.g. {@code person.name.firstSurname}) and the message of the rule
 * it breaks, already in the caller's language.
 */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
