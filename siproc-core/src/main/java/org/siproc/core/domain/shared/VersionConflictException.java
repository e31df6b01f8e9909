package org.siproc.core.domain.shared;

/**
 * Optimistic-lock conflict: someone else changed the record since the caller read it. Nothing was saved;
 * the caller should reload, re-apply its input and try again.
 */
public class VersionConflictException extends SiprocException {
    private static final long serialVersionUID = 1L;
    private final String subject;
    private final long expectedVersion;
    private final long actualVersion;

    public VersionConflictException(String subject, long expectedVersion, long actualVersion) {
        super(ErrorCode.VERSION_CONFLICT, "version", subject, expectedVersion, actualVersion);
        this.subject = subject;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The case number (or id) of the record in conflict. */
    public String subject() {
        return subject;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
