package org.siproc.core.application.port.in;

import java.time.Instant;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * An alert: a follow-up not done after its due date, or a referral sent and unanswered after its response date.
 *
 * @param entryId the follow-up or referral id
 * @param owner   the follow-up's owner, or for a referral the institution code
 */
public record OverdueItem(CaseNumber caseNumber, OfficeCode office, Kind kind, String entryId, String description,
                          Instant dueAt, String owner) {
    public enum Kind { FOLLOW_UP, REFERRAL }
}
