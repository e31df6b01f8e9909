package org.siproc.core.profile;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.shared.InvalidValueException;

/**
 * When a follow-up falls due by default, from the case's priority (SPEC §3: urgent 24 h, high 72 h, normal 7 days,
 * low 30 days), and how long an institution has to answer a referral.
 */
public record FollowUpPeriods(Map<Priority, Duration> byPriority, Duration referralResponse) {
    public FollowUpPeriods {
        for (Priority p : Priority.values()) {
            Duration d = byPriority.get(p);
            if (d == null || d.isNegative() || d.isZero()) {
                throw new InvalidValueException("followUpPeriods." + p.name().toLowerCase(java.util.Locale.ROOT),
                        "a positive duration is required for every priority");
            }
        }
        byPriority = Map.copyOf(new EnumMap<>(byPriority));
        if (referralResponse.isNegative() || referralResponse.isZero()) {
            throw new InvalidValueException("followUpPeriods.referralResponse", "a positive duration is required");
        }
    }

    public static FollowUpPeriods standard() {
        return new FollowUpPeriods(Map.of(Priority.URGENT, Duration.ofHours(24), Priority.HIGH, Duration.ofHours(72),
                Priority.NORMAL, Duration.ofDays(7), Priority.LOW, Duration.ofDays(30)), Duration.ofDays(10));
    }

    public Duration dueAfter(Priority priority) {
        return byPriority.get(priority);
    }
}
