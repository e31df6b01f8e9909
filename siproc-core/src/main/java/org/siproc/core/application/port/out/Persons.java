package org.siproc.core.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;

/** Outgoing port: stores and finds persons. Optimistic locking as for cases. */
public interface Persons {

    Optional<Person> findById(PersonId id);

    /** The persons with these ids that exist, in no particular order. */
    List<Person> findAllById(Collection<PersonId> ids);

    /**
     * Inserts or updates a person.
     *
     * @return the new stored version
     * @throws org.siproc.core.domain.shared.VersionConflictException when the stored version moved on
     */
    long save(Person person);

    /**
     * Persons that may be the same as {@code probe}: the same document number, or a similar name (accent- and
     * case-insensitive, surnames in either order) with a compatible birth date. Every person whose
     * {@link org.siproc.core.domain.person.DuplicateMatch} with the probe is {@code likely()} is among them, best
     * first, up to {@code limit}; an adapter may add less likely ones (the core scores and filters again). Merged
     * records are not returned.
     */
    List<Person> findPossibleDuplicates(Person probe, int limit);

    /**
     * Person search for officers: the text is a name (accent- and case-insensitive, tolerant of typos, surnames
     * swapped or the second one missing) or a document number; the birth date, when given, narrows and ranks.
     * Best match first, paged; merged records are not returned.
     */
    List<Person> search(PersonSearchQuery query);
}
