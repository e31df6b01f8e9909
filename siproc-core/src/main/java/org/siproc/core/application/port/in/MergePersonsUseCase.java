package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.domain.access.Actor;

/**
 * Incoming port: merges two records of the same person (registered by two consulates). The survivor takes what
 * the duplicate knew; every case of the duplicate is re-pointed to the survivor; the duplicate stays, marked
 * merged, so both histories are kept. Audited.
 */
public interface MergePersonsUseCase {

    /** @return the numbers of the cases re-pointed to the survivor */
    List<String> merge(Actor actor, MergePersonsCommand command);
}
