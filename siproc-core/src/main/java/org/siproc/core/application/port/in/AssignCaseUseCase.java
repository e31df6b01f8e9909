package org.siproc.core.application.port.in;

import org.siproc.core.domain.access.Actor;

/** Incoming port: the consul (or headquarters) assigns a case to an officer. */
public interface AssignCaseUseCase {

    CaseChange assign(Actor actor, AssignCaseCommand command);
}
