package org.siproc.web.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Dates as the pages show them ({@code ${dates.dateTime(x)}}), with formatters built once: Thymeleaf's
 * {@code #temporals.format(x, pattern)} builds a new formatter at every call, which a case page with a long
 * timeline pays for dozens of times. Same patterns and zone (the server's) as before.
 */
public final class DisplayDates {

    static final DisplayDates INSTANCE = new DisplayDates();

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.systemDefault());

    private DisplayDates() {
    }

    public String dateTime(@Nullable Instant at) {
        return at == null ? "—" : DATE_TIME.format(at);
    }

    public String date(@Nullable Instant at) {
        return at == null ? "—" : DATE.format(at);
    }
}
