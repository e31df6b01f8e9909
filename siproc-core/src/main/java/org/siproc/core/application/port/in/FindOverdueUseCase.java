package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.domain.access.Actor;

/** Incoming port: the alerts of overdue follow-ups and unanswered referrals the actor is responsible for seeing. */
public interface FindOverdueUseCase {

    /** Overdue items of the actor's office (every office for headquarters), oldest due first. */
    List<OverdueItem> findOverdue(Actor actor);
}
