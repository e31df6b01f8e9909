package org.siproc.core.domain.casefile;

import java.util.Objects;
import java.util.UUID;
import org.siproc.core.domain.shared.TimeOrderedIds;

/** Identity of a referral, unique worldwide. */
public record ReferralId(UUID value) {
    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId newId() {
        return new ReferralId(TimeOrderedIds.next());
    }

    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
