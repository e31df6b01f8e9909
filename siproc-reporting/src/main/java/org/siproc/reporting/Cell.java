package org.siproc.reporting;

import java.util.Locale;

/**
 * Value: one cell of a {@link StatisticsTable}, a count, an amount (hours, a share), a suppressed value or no value.
 *
 * <p>A suppressed cell carries no number at all, so nothing downstream (an export, a log line, a JSON answer) can
 * leak it. Whether a cell was suppressed because it was small (primary suppression) or to protect another cell
 * (complementary suppression) is deliberately not said: telling would reveal that the first kind is small.
 */
public sealed interface Cell permits Cell.Count, Cell.Amount, Cell.Suppressed, Cell.NotAvailable {

    /** What exports show for a suppressed cell (the convention of national statistics offices). */
    String SUPPRESSED_MARKER = "x";

    /** What exports show where there is nothing to measure (a median over no case). */
    String NOT_AVAILABLE_MARKER = "..";

    /** A number of cases, referrals or follow-ups. Never negative. */
    record Count(long value) implements Cell {
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
        }
    }

    /**
     * A measured amount: hours, or a share between 0 and 1.
     *
     * @param decimals how many decimals people should see (the value itself is not rounded)
     */
    record Amount(double value, int decimals) implements Cell {
        public Amount {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("an amount is a finite number; use NotAvailable");
            }
        }
    }

    /** Withheld by disclosure control. */
    record Suppressed() implements Cell {
    }

    /** Nothing to measure, e.g. the median time to close when no case was closed. */
    record NotAvailable() implements Cell {
    }

    static Cell count(long value) {
        return new Count(value);
    }

    static Cell suppressed() {
        return new Suppressed();
    }

    static Cell notAvailable() {
        return new NotAvailable();
    }

    /** Whether disclosure control withheld this cell. */
    default boolean isSuppressed() {
        return this instanceof Suppressed;
    }

    /** The number, or null for a suppressed or unavailable cell. */
    default @org.jspecify.annotations.Nullable Number number() {
        if (this instanceof Count c) {
            return c.value();
        }
        if (this instanceof Amount a) {
            return a.value();
        }
        return null;
    }

    /** The cell as people read it: the number (amounts with their decimals), or a marker. */
    default String display() {
        if (this instanceof Count c) {
            return Long.toString(c.value());
        }
        if (this instanceof Amount a) {
            return String.format(Locale.ROOT, "%." + a.decimals() + "f", a.value());
        }
        return this instanceof Suppressed ? SUPPRESSED_MARKER : NOT_AVAILABLE_MARKER;
    }
}
