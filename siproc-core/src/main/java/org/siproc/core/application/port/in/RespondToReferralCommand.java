package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ReferralResponse;

/** An institution's answer to a referral: acknowledge, accept, decline or complete. */
public record RespondToReferralCommand(@NotBlank String caseNumber, @NotBlank String referralId,
                                       @NotNull ReferralResponse response, @Nullable @Size(max = 2000) String note) {
}
