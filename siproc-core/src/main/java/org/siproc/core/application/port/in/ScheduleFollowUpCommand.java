package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Schedules a follow-up.
 *
 * @param dueAt when it falls due; null for the default period of the case's priority
 * @param owner who owns it; null for the acting user
 */
public record ScheduleFollowUpCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                      @NotBlank @Size(max = 1000) String description, @Nullable Instant dueAt,
                                      @Nullable @Size(max = 120) String owner) {
}
