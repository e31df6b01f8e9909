package org.siproc.core.domain.access;

/** What an actor may be allowed to do. Checked by {@link AccessPolicy} inside every use case. */
public enum Permission {
    REGISTER_CASE,
    VIEW_CASE,
    /** Record actions, schedule follow-ups, refer, change status up to RESOLVED, raise priority. */
    WORK_ON_CASE,
    ASSIGN_CASE,
    /** Close, reopen and archive: the consul's or headquarters' approval. */
    APPROVE_CLOSURE,
    MERGE_PERSONS,
    RESPOND_TO_REFERRAL,
    VIEW_STATISTICS,
    VIEW_UNPUBLISHED_STATISTICS,
    VIEW_AUDIT,
    MANAGE_USERS
}
