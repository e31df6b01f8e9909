package org.siproc.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: the tables {@link Reports#build} made for one request, with what they cover and how they were protected.
 *
 * @param generatedAt         when the report was made; referrals and follow-ups are overdue as of this moment
 * @param request             the request as carried out (an officer's office filled in)
 * @param disclosureThreshold the smallest count a published table shows (from the country profile); cells from 1 to
 *                            one less were suppressed. Applies only when the release is {@link Release#PUBLISHED}
 * @param tables              the tables, in the order of {@link Indicator}
 */
public record Report(Instant generatedAt, ReportRequest request, int disclosureThreshold, List<StatisticsTable> tables) {

    public Report {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(request, "request");
        tables = List.copyOf(tables);
    }

    /** Whether the tables passed disclosure control. */
    public boolean published() {
        return request.release() == Release.PUBLISHED;
    }

    /** The table of an indicator, when the report has it. */
    public Optional<StatisticsTable> find(Indicator indicator) {
        return tables.stream().filter(t -> t.id().equals(indicator.id())).findFirst();
    }

    /**
     * The table of an indicator.
     *
     * @throws IllegalArgumentException when the report does not have it (not asked for, or not applicable)
     */
    public StatisticsTable table(Indicator indicator) {
        return find(indicator).orElseThrow(() -> new IllegalArgumentException("the report has no table " + indicator.id()));
    }
}
