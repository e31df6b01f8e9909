package org.siproc.core.application.port.in;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Incoming port: exports the cases of an office and/or period, each as the actor may see it (the access policy
 * limits officers and consuls to their office; sensitive fields only on need-to-know). Each export is written to
 * the audit trail once, with its filters and the number of cases.
 */
public interface ExportCasesUseCase {

    /**
     * Hands every matching case to {@code sink}, newest first, reading them a page at a time (memory stays flat).
     *
     * @return how many cases were exported
     * @throws org.siproc.core.domain.access.AccessDeniedException when the actor may not read cases of the office
     */
    long export(Actor actor, Query query, Consumer<ExportedCase> sink);

    /**
     * Which cases: of {@code office} (all the actor may see when null), registered from {@code from} to {@code to}
     * inclusive (open-ended when null), days in UTC.
     */
    record Query(@Nullable OfficeCode office, @Nullable LocalDate from, @Nullable LocalDate to) {
        public Query {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends before it starts");
            }
        }
    }

    /**
     * One exported case.
     *
     * @param legacyNumber the case's number in a legacy system it was imported from; null for cases born in SIPROC
     */
    record ExportedCase(CaseView view, @Nullable String legacyNumber) {
    }

}
