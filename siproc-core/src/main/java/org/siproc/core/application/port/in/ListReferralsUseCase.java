package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.application.port.out.ReferralQuery;
import org.siproc.core.application.port.out.ReferralSummary;
import org.siproc.core.domain.access.Actor;

/**
 * Incoming port: the referrals inbox. Staff see the referrals of their office (headquarters: all); a partner
 * institution sees only the referrals sent to it. Audited.
 */
public interface ListReferralsUseCase {

    /** Sent referrals matching the query within what the actor may see, due soonest first. */
    List<ReferralSummary> list(Actor actor, ReferralQuery query);
}
