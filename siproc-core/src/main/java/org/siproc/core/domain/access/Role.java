package org.siproc.core.domain.access;

/** The roles of SIPROC users (SPEC §6). A user has one role. */
public enum Role {
    /** Consular officer: registers and follows the cases of the own office. */
    OFFICER,
    /** Head of a consulate: what an officer does, plus assigning, approving closure and reopening. */
    CONSUL,
    /** Headquarters analyst (DGPHM): every case of every office. */
    HQ_ANALYST,
    /** Observatory or donor: published statistics only, never a case. */
    OBSERVER,
    /** Administrator: users and profile; not case content. */
    ADMIN,
    /** Partner institution: only the referrals sent to it, with the minimum data. */
    PARTNER
}
