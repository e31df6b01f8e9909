package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.domain.access.Actor;

/**
 * Incoming port: registers a person and a protection case (<em>registro</em>) in one step: triage sets the priority,
 * the profile's rules suggest referrals and name the forms, a first follow-up is scheduled.
 */
public interface RegisterCaseUseCase {

    /**
     * @throws org.siproc.core.domain.shared.InvalidCommandException naming every invalid field
     * @throws org.siproc.core.domain.access.AccessDeniedException   unless the actor may register cases for the office
     */
    RegistrationResult register(Actor actor, RegisterCaseCommand command);

    /** Registered persons who may be the same as {@code person}, best first; to show before saving. */
    List<DuplicateCandidate> findDuplicates(Actor actor, PersonData person);
}
