package org.siproc.core.adapter.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;

/** Case-number sequences per office and year in memory (one JVM only). Thread-safe. */
public final class InMemoryCaseNumberSequence implements CaseNumberSequence {
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    @Override
    public int next(CountryCode country, OfficeCode office, int year) {
        return reserve(country, office, year, 1);
    }

    /** Reserves {@code count} consecutive numbers on the same counter as {@link #next}; returns the first. */
    public int reserve(CountryCode country, OfficeCode office, int year, int count) {
        return counters.computeIfAbsent(country + "-" + office + "-" + year, k -> new AtomicInteger())
                .addAndGet(count) - count + 1;
    }
}
