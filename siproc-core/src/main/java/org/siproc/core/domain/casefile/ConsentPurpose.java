package org.siproc.core.domain.casefile;

/** What the person consents to, separately (SPEC §6). */
public enum ConsentPurpose {
    REGISTRATION, REFERRAL, STATISTICS
}
