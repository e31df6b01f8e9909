package org.siproc.core.domain.casefile;

import java.util.Objects;
import java.util.UUID;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.TimeOrderedIds;

/** Identity of a referral, unique worldwide. */
public record ReferralId(UUID value) {
    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId newId() {
        return new ReferralId(TimeOrderedIds.next());
    }

    /**
     * The identity written as a UUID, e.g. {@code 5f0c2a64-1d3e-4c55-9a8b-0f6a1c2d3e4f}.
     *
     * @throws InvalidValueException when {@code value} is not a UUID (it usually comes from a user or a file)
     */
    public static ReferralId of(String value) {
        try {
            return new ReferralId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("referralId", "a UUID such as 5f0c2a64-1d3e-4c55-9a8b-0f6a1c2d3e4f, not '"
                    + value + "'");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
