package org.siproc.core.application.port.in;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.PersonId;

/**
 * A registered person who may be the same as the one being registered, with a score (0–1) and the reasons, e.g.
 * {@code SAME_DOCUMENT}, {@code SIMILAR_NAME}, {@code SAME_BIRTH_DATE}. Shows only what an officer needs to decide.
 */
public record DuplicateCandidate(PersonId personId, String fullName, @Nullable String birthDate, double score,
                                 List<String> reasons) {
    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }
}
