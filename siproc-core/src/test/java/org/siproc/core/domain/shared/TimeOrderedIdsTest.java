package org.siproc.core.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7UuidCarryingItsCreationTime() {
        long at = 1_795_000_000_123L;
        UUID id = TimeOrderedIds.at(at);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at);
    }

    @Test
    void aLaterIdSortsLaterAsTextAndAsBytes() {
        UUID earlier = TimeOrderedIds.at(1_795_000_000_000L);
        UUID later = TimeOrderedIds.at(1_795_000_000_001L);
        // PostgreSQL and H2 order UUIDs by their bytes, i.e. as the lower-case text form.
        assertThat(earlier.toString()).isLessThan(later.toString());
        assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits())).isNegative();
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.at(1_795_000_000_000L));
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void nextUsesTheClock() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
    }
}
