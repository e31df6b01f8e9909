package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Corrects an entry: appends a correction pointing to it; the original stays visible. */
public record CorrectActionCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion, @NotNull UUID actionId,
                                   @NotBlank @Size(max = 20_000) String correctedText) {
}
