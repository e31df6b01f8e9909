package org.siproc.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The core's clock: the system clock in UTC, which only the demo data generator shifts into the past (before the
 * web server starts) so that the demo cases have a history of several months. Never shifted otherwise.
 */
public final class ShiftableClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** Moves the clock to {@code at} (its time keeps running); {@link #reset()} brings it back to now. */
    public void shiftTo(Instant at) {
        shift = Duration.between(Instant.now(), at);
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
