package org.siproc.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.SharingBasis;

/** Records consent given, refused or withdrawn for one purpose, or the legal basis used instead. */
public record RecordConsentCommand(@NotBlank String caseNumber, @Nullable Long expectedVersion,
                                   @NotNull ConsentPurpose purpose, @NotNull Consent.State state,
                                   @NotNull SharingBasis basis, @Nullable @Size(max = 500) String note) {
}
