package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.SharingBasis;

/**
 * Refers a case to an institution by hand (sent at once).
 *
 * @param includeNarrative share the narrative too (only with institutions that have an agreement)
 * @param legalBasis       a basis other than consent, when consent cannot be valid; null to rely on consent
 */
public record ReferCaseCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                               @NotBlank @Size(max = 64) String institution, @NotBlank @Size(max = 500) String reason,
                               boolean includeNarrative, @Nullable SharingBasis legalBasis) {
}
