package org.siproc.core.domain.audit;

/** What kind of access or change an audit entry records (SPEC §6: every view, change, export, print, referral). */
public enum AuditAction {
    VIEW, SEARCH, REGISTER, CHANGE, REFER, MERGE, PRINT, EXPORT, ACCESS_DENIED
}
