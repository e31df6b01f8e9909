package org.siproc.core.application.port.in;

import org.siproc.core.domain.access.Actor;

/**
 * Incoming port: refers cases to institutions (<em>remisión</em>): by hand, or by confirming or dismissing the
 * referrals the profile's rules suggested.
 */
public interface ReferCaseUseCase {

    CaseChange refer(Actor actor, ReferCaseCommand command);

    CaseChange confirm(Actor actor, ConfirmReferralCommand command);

    CaseChange dismiss(Actor actor, DismissReferralCommand command);
}
