package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.Priority;

/** Raises a case's priority by hand, with a reason. */
public record RaisePriorityCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                   @NotNull Priority priority, @NotBlank @Size(max = 500) String reason) {
}
