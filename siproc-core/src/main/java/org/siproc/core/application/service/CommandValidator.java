package org.siproc.core.application.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.siproc.core.domain.shared.FieldViolation;
import org.siproc.core.domain.shared.InvalidCommandException;

/** Validates commands with Jakarta Bean Validation at the boundary of every use case; lists every violation at once. */
final class CommandValidator {
    private final Validator validator;

    CommandValidator(Validator validator) {
        this.validator = validator;
    }

    void validate(Object command) {
        if (command == null) {
            throw new InvalidCommandException(List.of(new FieldViolation("command", "must not be null")));
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations.stream()
                    .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field))
                    .toList());
        }
    }
}
