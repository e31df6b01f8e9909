package org.siproc.core.application.port.in;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.PersonId;

/** One person found: what an officer needs to recognise them, no more. */
public record PersonSearchResult(PersonId id, String fullName, @Nullable String birthDate,
                                 List<String> documentNumbers, @Nullable String nationality) {
    public PersonSearchResult {
        documentNumbers = List.copyOf(documentNumbers);
    }
}
