package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Marks a follow-up done, with what came of it. */
public record CompleteFollowUpCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                      @NotNull UUID followUpId, @NotBlank @Size(max = 2000) String outcome) {
}
