package org.siproc.core.application.port.in;

import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseNumber;

/**
 * The outcome of a change to a case: its number, the new version to send with the next change, and the id of the
 * entry the change created (an action, follow-up or referral), when it created one.
 */
public record CaseChange(CaseNumber caseNumber, long version, @Nullable String entryId) {
}
