package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.SharingBasis;

/** Confirms (sends) a suggested referral. */
public record ConfirmReferralCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                     @NotBlank String referralId, boolean includeNarrative,
                                     @Nullable SharingBasis legalBasis) {
}
