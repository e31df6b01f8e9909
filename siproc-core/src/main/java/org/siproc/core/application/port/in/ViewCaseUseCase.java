package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.domain.access.Actor;

/** Incoming port: reads a case (every view audited) and lists cases. */
public interface ViewCaseUseCase {

    /**
     * The case as the actor may see it; the view is written to the audit trail.
     *
     * @throws org.siproc.core.domain.shared.NotFoundException          when there is no such case
     * @throws org.siproc.core.domain.access.AccessDeniedException     when the case is of another office
     */
    CaseView view(Actor actor, String caseNumber);

    /** Case summaries matching the query, limited to what the actor may see. */
    List<CaseSummary> list(Actor actor, CaseQuery query);
}
