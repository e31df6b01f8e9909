package org.siproc.core.domain.casefile;

/** What an institution answers to a referral. */
public enum ReferralResponse {
    ACKNOWLEDGE(ReferralStatus.ACKNOWLEDGED),
    ACCEPT(ReferralStatus.ACCEPTED),
    DECLINE(ReferralStatus.DECLINED),
    COMPLETE(ReferralStatus.COMPLETED);

    private final ReferralStatus resultingStatus;

    ReferralResponse(ReferralStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public ReferralStatus resultingStatus() {
        return resultingStatus;
    }
}
