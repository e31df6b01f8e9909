package org.siproc.core.domain.casefile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;

/** One step of the case's workflow, for the timeline and statistics (time to close). */
public record StatusChange(@Nullable CaseStatus from, CaseStatus to, Instant at, UserId by, @Nullable String reason) {
}
