package org.siproc.core.domain.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New identities as time-ordered UUIDs (version 7, RFC 9562): the first 48 bits are the creation time in
 * milliseconds, the other 74 variable bits are random. Ids made later sort later, so a database inserts new rows at
 * the right edge of its primary-key indexes instead of at random pages of an index that no longer fits in memory —
 * what keeps bulk imports and registrations fast once there are millions of rows. They still say nothing of the
 * person: only when the record was created, which the record itself stores anyway.
 */
public final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    /** A new version-7 UUID with the current time. */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    /** A new version-7 UUID with the given time (milliseconds since 1970), for tests. */
    static UUID at(long epochMillis) {
        long random = RANDOM.nextLong();
        long mostSignificant = (epochMillis << 16) | 0x7000L | (random & 0x0FFFL);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
