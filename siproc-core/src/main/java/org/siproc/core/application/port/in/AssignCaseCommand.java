package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Assigns a case to an officer. */
public record AssignCaseCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                @NotBlank @Size(max = 120) String officer) {
}
