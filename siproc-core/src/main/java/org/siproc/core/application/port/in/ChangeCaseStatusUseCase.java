package org.siproc.core.application.port.in;

import java.time.Instant;
import java.util.List;
import org.siproc.core.domain.access.Actor;

/**
 * Incoming port: moves a case along its workflow (closing, reopening and archiving need the consul or
 * headquarters), raises its priority by hand, and closes long-resolved cases automatically where the case type
 * allows it.
 */
public interface ChangeCaseStatusUseCase {

    CaseChange changeStatus(Actor actor, ChangeCaseStatusCommand command);

    CaseChange raisePriority(Actor actor, RaisePriorityCommand command);

    /**
     * Closes the cases resolved before {@code resolvedBefore} whose type allows automatic closure; missing-person
     * cases and other types the profile protects stay resolved. Needs closure approval for every office
     * (headquarters).
     *
     * @return the numbers of the cases closed
     */
    List<String> closeResolvedCases(Actor actor, Instant resolvedBefore);
}
