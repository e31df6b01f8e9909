package org.siproc.core.domain.casefile;

/** What happened to a case; each change of the aggregate records one event of these types. */
public enum CaseEventType {
    REGISTERED, STATUS_CHANGED, ASSIGNED, ACTION_RECORDED, ACTION_CORRECTED, FOLLOW_UP_SCHEDULED,
    FOLLOW_UP_COMPLETED, PRIORITY_CHANGED, REFERRAL_SUGGESTED, REFERRAL_SENT, REFERRAL_DISMISSED,
    REFERRAL_ANSWERED, CONSENT_RECORDED, ATTACHMENT_ADDED, PERSON_REPLACED
}
