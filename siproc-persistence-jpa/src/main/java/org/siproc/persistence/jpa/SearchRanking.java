package org.siproc.persistence.jpa;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.NameKey;
import org.siproc.core.domain.person.PersonName;

/**
 * The relevance of a person to an officer's search, the same rule as the core's in-memory adapter: a document
 * number match first, then the core's name similarity ({@link NameKey#similarity(String, PersonName)}), raised
 * when the birth date searched for is the person's and lowered when it is not.
 */
final class SearchRanking {
    /** Relevance of a match on the document number: above any name match. */
    static final double DOCUMENT_MATCH = 2.0;
    /** Results below this relevance are not shown. */
    static final double THRESHOLD = 0.5;

    private SearchRanking() {
    }

    static double relevance(String nameKey, PersonName name, @Nullable BirthDate birthDate,
                            @Nullable LocalDate searchedBirthDate) {
        double score = NameKey.similarity(nameKey, name);
        if (searchedBirthDate != null && birthDate != null) {
            score += birthDate.approximateDate().equals(searchedBirthDate) ? 0.3 : -0.2;
        }
        return score;
    }
}
