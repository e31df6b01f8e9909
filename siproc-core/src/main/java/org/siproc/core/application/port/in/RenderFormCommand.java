package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Renders one form of a case; {@code referralId} picks the referral of a referral letter. */
public record RenderFormCommand(@NotBlank String caseNumber, @NotBlank @Size(max = 64) String form,
                                @NotNull Locale locale, @Nullable String referralId) {
}
