package org.siproc.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Query of {@link Reports#build}: the period, an optional office and case type, the age bands, the release and the
 * indicators wanted. Build it with {@link #published} or {@link #internal} and the {@code with...} copies.
 *
 * @param from       the start of the period, inclusive
 * @param to         the end of the period, exclusive
 * @param office     only this office's cases; null for all (forced to the actor's office for officers and consuls)
 * @param caseType   only this case type; null for all
 * @param ageBands   the lower bounds, in years, of the age groups: ascending, starting at 0
 * @param release    who the report is for
 * @param indicators the tables wanted; empty for all of them
 */
public record ReportRequest(Instant from, Instant to, @Nullable OfficeCode office, @Nullable String caseType,
                            List<Integer> ageBands, Release release, Set<Indicator> indicators) {

    /** The default age groups: 0–11, 12–17, 18–29, 30–59, 60+ (children, adolescents, young adults, adults, older). */
    public static final List<Integer> DEFAULT_AGE_BANDS = List.of(0, 12, 18, 30, 60);

    /** Published age groups span at least this many years, so that no single age is ever published. */
    public static final int MINIMUM_PUBLISHED_BAND_YEARS = 3;

    public ReportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(release, "release");
        if (!from.isBefore(to)) {
            throw new InvalidValueException("period", "the period must start before it ends");
        }
        ageBands = List.copyOf(ageBands);
        if (ageBands.isEmpty() || ageBands.get(0) != 0) {
            throw new InvalidValueException("ageBands", "age bands start at 0");
        }
        for (int i = 1; i < ageBands.size(); i++) {
            int width = ageBands.get(i) - ageBands.get(i - 1);
            if (width <= 0) {
                throw new InvalidValueException("ageBands", "age bands must be ascending");
            }
            if (release == Release.PUBLISHED && width < MINIMUM_PUBLISHED_BAND_YEARS) {
                throw new InvalidValueException("ageBands", "a published age group spans at least "
                        + MINIMUM_PUBLISHED_BAND_YEARS + " years");
            }
        }
        if (caseType != null) {
            caseType = caseType.trim().toUpperCase(java.util.Locale.ROOT);
            if (caseType.isEmpty()) {
                caseType = null;
            }
        }
        indicators = indicators.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(indicators));
    }

    /** A report for publication (disclosure-controlled) on the period [from, to), all offices and types. */
    public static ReportRequest published(Instant from, Instant to) {
        return new ReportRequest(from, to, null, null, DEFAULT_AGE_BANDS, Release.PUBLISHED, Set.of());
    }

    /** An internal report (exact counts) on the period [from, to), all offices and types. */
    public static ReportRequest internal(Instant from, Instant to) {
        return new ReportRequest(from, to, null, null, DEFAULT_AGE_BANDS, Release.INTERNAL, Set.of());
    }

    /** The instants that start {@code firstDay} and end {@code lastDay} in {@code zone}, as a period. */
    public static ReportRequest forDays(LocalDate firstDay, LocalDate lastDay, ZoneId zone, Release release) {
        return new ReportRequest(firstDay.atStartOfDay(zone).toInstant(), lastDay.plusDays(1).atStartOfDay(zone).toInstant(),
                null, null, DEFAULT_AGE_BANDS, release, Set.of());
    }

    public ReportRequest inOffice(@Nullable OfficeCode value) {
        return new ReportRequest(from, to, value, caseType, ageBands, release, indicators);
    }

    public ReportRequest ofType(@Nullable String value) {
        return new ReportRequest(from, to, office, value, ageBands, release, indicators);
    }

    public ReportRequest withAgeBands(List<Integer> value) {
        return new ReportRequest(from, to, office, caseType, value, release, indicators);
    }

    public ReportRequest only(Indicator first, Indicator... more) {
        return new ReportRequest(from, to, office, caseType, ageBands, release, EnumSet.of(first, more));
    }

    /** Whether the report includes the table of this indicator. */
    public boolean wants(Indicator indicator) {
        return indicators.isEmpty() || indicators.contains(indicator);
    }
}
