package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ActionKind;

/**
 * Records an entry of attention on a case.
 *
 * @param expectedVersion the case version the user saw; null to act on the latest version
 * @param occurredOn      when it took place; null for now
 */
public record RecordActionCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion, @NotNull ActionKind kind,
                                  @Nullable Instant occurredOn, @NotBlank @Size(max = 20_000) String text) {
}
