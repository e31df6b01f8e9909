package org.siproc.core.application.port.in;

import java.util.List;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.access.Actor;

/** Incoming port: finds registered persons by name or document number. Every search is audited. */
public interface SearchPersonsUseCase {

    List<PersonSearchResult> search(Actor actor, PersonSearchQuery query);
}
