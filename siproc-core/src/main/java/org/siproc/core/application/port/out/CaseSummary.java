package org.siproc.core.application.port.out;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.shared.OfficeCode;

/** One line of a case list: no personal data beyond the main person's name, shown to staff of the case's office. */
public record CaseSummary(CaseNumber number, OfficeCode office, String mainPersonName, CaseClassification classification,
                          Priority priority, CaseStatus status, @Nullable String assignee, Instant registeredAt,
                          boolean overdue, long version) {
}
