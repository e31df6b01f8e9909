package org.siproc.core.application.port.out;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Filters of a referral list (a referrals inbox); null means "any". Only referrals that left the consulate are
 * listed (suggestions and dismissed ones are the case page's business). An officer's list is limited to the own
 * office, a partner's to the own institution.
 */
public record ReferralQuery(@Nullable OfficeCode office, @Nullable String institution, @Nullable ReferralStatus status,
                            boolean overdueOnly, @Min(0) int page, @Min(1) @Max(500) int pageSize) {

    public static ReferralQuery all() {
        return new ReferralQuery(null, null, null, false, 0, 50);
    }

    public ReferralQuery scoped(@Nullable OfficeCode newOffice, @Nullable String newInstitution) {
        return new ReferralQuery(newOffice, newInstitution, status, overdueOnly, page, pageSize);
    }
}
