package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;

/**
 * The consent given, refused or withdrawn for one purpose, or the legal basis used where consent cannot be valid.
 *
 * @param basis the legal basis: {@code CONSENT} when the person decided, or another basis with a reason
 */
public record Consent(ConsentPurpose purpose, State state, SharingBasis basis, @Nullable String note,
                      Instant recordedAt, UserId recordedBy) {

    public enum State { GIVEN, REFUSED, WITHDRAWN }

    public Consent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** Whether this record allows processing for its purpose: consent given, or a legal basis other than consent. */
    public boolean allows() {
        return basis != SharingBasis.CONSENT || state == State.GIVEN;
    }
}
