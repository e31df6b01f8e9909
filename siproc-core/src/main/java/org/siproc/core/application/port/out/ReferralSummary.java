package org.siproc.core.application.port.out;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * One line of a referrals inbox: which case, which institution, why, where it stands. No personal data: a partner
 * reads the person's data on the referral letter, within what its agreement allows.
 */
public record ReferralSummary(CaseNumber caseNumber, OfficeCode office, String referralId, String institution,
                              String reason, ReferralStatus status, @Nullable SharedData sharedData,
                              @Nullable Instant responseDueAt, boolean overdue) {
}
