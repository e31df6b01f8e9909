package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Merges a duplicate person record into the surviving one, with the reason. */
public record MergePersonsCommand(@NotBlank String survivorId, @NotBlank String duplicateId,
                                  @NotBlank @Size(max = 500) String reason) {
}
