package org.siproc.core.application.port.in;

import org.siproc.core.domain.access.Actor;

/** Incoming port: records attention given on a case (<em>atención</em>) and corrects earlier entries. */
public interface RecordActionUseCase {

    CaseChange record(Actor actor, RecordActionCommand command);

    CaseChange correct(Actor actor, CorrectActionCommand command);
}
