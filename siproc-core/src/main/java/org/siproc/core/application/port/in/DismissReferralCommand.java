package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Dismisses a suggested referral, with the reason. */
public record DismissReferralCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                     @NotBlank String referralId, @NotBlank @Size(max = 500) String reason) {
}
