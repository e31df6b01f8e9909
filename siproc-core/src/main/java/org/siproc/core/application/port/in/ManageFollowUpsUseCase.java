package org.siproc.core.application.port.in;

import org.siproc.core.domain.access.Actor;

/** Incoming port: schedules and completes follow-ups (<em>seguimiento</em>). */
public interface ManageFollowUpsUseCase {

    CaseChange schedule(Actor actor, ScheduleFollowUpCommand command);

    CaseChange complete(Actor actor, CompleteFollowUpCommand command);
}
