package org.siproc.core.application.port.in;

import org.siproc.core.domain.access.Actor;

/**
 * Incoming port: records an institution's answer to a referral, given by a partner user for the own institution,
 * or by staff of the case's office who received it by phone or letter.
 */
public interface RespondToReferralUseCase {

    CaseChange respond(Actor actor, RespondToReferralCommand command);
}
