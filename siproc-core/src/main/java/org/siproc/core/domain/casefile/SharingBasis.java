package org.siproc.core.domain.casefile;

/**
 * Why personal data may go to an institution: the person's consent for referral, or a legal basis when consent
 * cannot be valid (vital interest of someone unable to consent, a public task set by law).
 */
public enum SharingBasis {
    CONSENT, VITAL_INTEREST, PUBLIC_TASK, LEGAL_OBLIGATION
}
