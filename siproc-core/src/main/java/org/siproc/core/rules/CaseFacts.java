package org.siproc.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.CountryCode;

/**
 * What the rules see of a case and its persons, derived once: the classification, the vulnerability flags of all
 * persons on the incident date (age-derived ones included), the youngest person's age on that date, where the
 * incident happened, how long before the report, and the case circumstances the officer recorded.
 *
 * @param youngestAge       the lowest minimum age among the persons on the incident date; empty when no birth date
 * @param hoursSinceIncident hours from the start of the incident day to the report; null when the date is unknown
 * @param circumstances     codes of the profile's case circumstances the officer recorded (e.g.
 *                          {@code FAMILY_WITHOUT_MEANS}); empty when none
 */
public record CaseFacts(CaseClassification classification, Set<VulnerabilityFlag> flags, OptionalInt youngestAge,
                        CountryCode incidentCountry, @Nullable Long hoursSinceIncident, IntakeChannel channel,
                        Set<String> circumstances) {

    public CaseFacts {
        Objects.requireNonNull(classification, "classification");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        Objects.requireNonNull(youngestAge, "youngestAge");
        Objects.requireNonNull(incidentCountry, "incidentCountry");
        Objects.requireNonNull(channel, "channel");
        circumstances = circumstances.stream().map(c -> Code.normalise("circumstance", c))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Facts without recorded circumstances. */
    public CaseFacts(CaseClassification classification, Set<VulnerabilityFlag> flags, OptionalInt youngestAge,
                     CountryCode incidentCountry, @Nullable Long hoursSinceIncident, IntakeChannel channel) {
        this(classification, flags, youngestAge, incidentCountry, hoursSinceIncident, channel, Set.of());
    }

    /**
     * Derives the facts of a case.
     *
     * @param incidentDate the incident date, or null when unknown (then the report date is used for ages)
     * @param reportedAt   when the case was registered
     * @param zone         the office's time zone, to turn the report instant into a day
     */
    public static CaseFacts derive(CaseClassification classification, List<Person> persons,
                                   @Nullable LocalDate incidentDate, CountryCode incidentCountry, Instant reportedAt,
                                   ZoneId zone, IntakeChannel channel) {
        return derive(classification, persons, incidentDate, incidentCountry, reportedAt, zone, channel, Set.of());
    }

    /**
     * Derives the facts of a case whose officer recorded some of the profile's case circumstances.
     *
     * @param circumstances codes of the profile's circumstances (checked against the profile by the caller)
     * @see #derive(CaseClassification, List, LocalDate, CountryCode, Instant, ZoneId, IntakeChannel)
     */
    public static CaseFacts derive(CaseClassification classification, List<Person> persons,
                                   @Nullable LocalDate incidentDate, CountryCode incidentCountry, Instant reportedAt,
                                   ZoneId zone, IntakeChannel channel, Set<String> circumstances) {
        LocalDate reportDay = reportedAt.atZone(zone).toLocalDate();
        LocalDate day = incidentDate != null && !incidentDate.isAfter(reportDay) ? incidentDate : reportDay;
        EnumSet<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
        OptionalInt youngest = OptionalInt.empty();
        for (Person p : persons) {
            flags.addAll(p.flagsOn(day));
            OptionalInt age = p.minimumAgeOn(day);
            if (age.isPresent() && (youngest.isEmpty() || age.getAsInt() < youngest.getAsInt())) {
                youngest = age;
            }
        }
        Long hours = incidentDate == null ? null
                : Math.max(0, Duration.between(incidentDate.atStartOfDay(zone).toInstant(), reportedAt).toHours());
        return new CaseFacts(classification, flags, youngest, incidentCountry, hours, channel, circumstances);
    }
}
