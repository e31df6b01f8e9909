package org.siproc.web;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siproc.reporting.Reports;

/** The statistics use case of {@code siproc-reporting}, when the storage backend offers the statistics port. */
public record StatisticsReports(@Nullable Reports reports) {

    public Optional<Reports> available() {
        return Optional.ofNullable(reports);
    }
}
