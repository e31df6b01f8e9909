package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseStatus;

/** Moves a case along its workflow; some transitions require a reason. */
public record ChangeCaseStatusCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                      @NotNull CaseStatus target, @Nullable @Size(max = 1000) String reason) {
}
