package org.siproc.core.domain.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a referral: {@code SUGGESTED → SENT → ACKNOWLEDGED → ACCEPTED | DECLINED → COMPLETED}; a suggestion
 * the officer does not confirm is {@code DISMISSED}. An institution may accept or decline without acknowledging first.
 */
public enum ReferralStatus {
    SUGGESTED, DISMISSED, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, COMPLETED;

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SUGGESTED -> EnumSet.of(SENT, DISMISSED);
            case SENT -> EnumSet.of(ACKNOWLEDGED, ACCEPTED, DECLINED);
            case ACKNOWLEDGED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(COMPLETED);
            case DISMISSED, DECLINED, COMPLETED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** Still waiting for a decision or an outcome: blocks resolving the case unless a reason is given. */
    public boolean pending() {
        return this == SUGGESTED || this == SENT || this == ACKNOWLEDGED || this == ACCEPTED;
    }

    /** Sent and not yet answered by the institution: counts for the unanswered-referral alert. */
    public boolean awaitingInstitution() {
        return this == SENT || this == ACKNOWLEDGED;
    }
}
