package org.siproc.core.application.port.out;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Filters of a case list; null means "any". An officer's or consul's query is always limited to the own office.
 */
public record CaseQuery(@Nullable OfficeCode office, @Nullable CaseStatus status, @Nullable String caseType,
                        @Nullable Priority priority, @Nullable String assignee, boolean overdueOnly,
                        @Min(0) int page, @Min(1) @Max(500) int pageSize) {

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, false, 0, 50);
    }

    public CaseQuery inOffice(@Nullable OfficeCode value) {
        return new CaseQuery(value, status, caseType, priority, assignee, overdueOnly, page, pageSize);
    }
}
