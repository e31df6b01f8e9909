package org.siproc.core.domain.person;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How relevant a registered person is to an officer's search, the one rule every person store ranks by: a match on
 * the document number first, then the name similarity of {@link NameKey#similarity(String, PersonName)}, raised
 * when the birth date searched for is the person's and lowered when it is not.
 */
public final class SearchRelevance {
    /** Relevance of a match on the document number: above any name match. */
    public static final double DOCUMENT_MATCH = 2.0;
    /** Results below this relevance are not shown. */
    public static final double THRESHOLD = 0.5;

    private SearchRelevance() {
    }

    /**
     * @param nameKey           the search text as a {@link NameKey}
     * @param searchedBirthDate the birth date searched for, or null
     */
    public static double ofName(String nameKey, PersonName name, @Nullable BirthDate birthDate,
                                @Nullable LocalDate searchedBirthDate) {
        double score = NameKey.similarity(nameKey, name);
        if (searchedBirthDate != null && birthDate != null) {
            score += birthDate.approximateDate().equals(searchedBirthDate) ? 0.3 : -0.2;
        }
        return score;
    }

    /** The relevance of {@code person}: {@link #DOCUMENT_MATCH} when a document's number matches the text. */
    public static double of(Person person, String nameKey, String documentKey, @Nullable LocalDate searchedBirthDate) {
        if (!documentKey.isEmpty() && person.documents().stream().anyMatch(d -> d.matchKey().equals(documentKey))) {
            return DOCUMENT_MATCH;
        }
        return ofName(nameKey, person.name(), person.birthDate(), searchedBirthDate);
    }
}
