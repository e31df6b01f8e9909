package org.siproc.core.domain.casefile;

import java.util.Objects;
import java.util.UUID;

/** Identity of a referral, unique worldwide. */
public record ReferralId(UUID value) {
    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId newId() {
        return new ReferralId(UUID.randomUUID());
    }

    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
