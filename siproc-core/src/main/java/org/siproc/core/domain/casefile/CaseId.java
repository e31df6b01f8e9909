package org.siproc.core.domain.casefile;

import java.util.Objects;
import java.util.UUID;
import org.siproc.core.domain.shared.TimeOrderedIds;

/** Technical identity of a protection case; people use the {@link CaseNumber}. */
public record CaseId(UUID value) {
    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId newId() {
        return new CaseId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
