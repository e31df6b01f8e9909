package org.siproc.core.domain.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The case workflow: {@code REGISTERED → IN_ASSESSMENT → IN_PROGRESS ⇄ AWAITING_RESPONSE → RESOLVED → CLOSED},
 * with {@code REOPENED} (a resolved or closed case taken up again, which then goes back to {@code IN_PROGRESS})
 * and {@code ARCHIVED} (a closed case put away; final).
 */
public enum CaseStatus {
    REGISTERED, IN_ASSESSMENT, IN_PROGRESS, AWAITING_RESPONSE, RESOLVED, CLOSED, REOPENED, ARCHIVED;

    /** The statuses a case in this status may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(IN_ASSESSMENT);
            case IN_ASSESSMENT -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(AWAITING_RESPONSE, RESOLVED);
            case AWAITING_RESPONSE -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED, ARCHIVED);
            case REOPENED -> EnumSet.of(IN_PROGRESS);
            case ARCHIVED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** Whether the case still takes actions, follow-ups and referrals. */
    public boolean open() {
        return this != CLOSED && this != ARCHIVED;
    }
}
