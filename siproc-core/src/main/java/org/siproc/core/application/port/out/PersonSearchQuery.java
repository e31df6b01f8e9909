package org.siproc.core.application.port.out;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person search: a name or document number, optionally a birth date, and the page wanted.
 */
public record PersonSearchQuery(@NotBlank @Size(max = 200) String text, @Nullable LocalDate birthDate,
                                @Min(0) int page, @Min(1) @Max(100) int pageSize) {

    public static PersonSearchQuery of(String text) {
        return new PersonSearchQuery(text, null, 0, 10);
    }
}
