package org.siproc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Two independent adapters — separate connection pools and Hibernate instances, as two web nodes would have — on
 * one PostgreSQL never hand out the same case number, including for a counter row neither has created yet.
 */
class CaseNumbersAcrossProcessesTest {

    @Test
    void twoProcessesOnOnePostgresNeverRepeatANumber() throws Exception {
        JpaPersistence first = TestDatabases.postgres();
        TestDatabases.clean(first);
        try (JpaPersistence second = TestDatabases.anotherPostgresProcess()) {
            List<CaseNumberSequence> processes = List.of(first.caseNumbers(), second.caseNumbers());
            int threadsPerProcess = 3;
            int each = 60;
            ExecutorService pool = Executors.newFixedThreadPool(processes.size() * threadsPerProcess);
            try {
                List<Future<List<Integer>>> futures = new ArrayList<>();
                for (CaseNumberSequence process : processes) {
                    for (int t = 0; t < threadsPerProcess; t++) {
                        futures.add(pool.submit(() -> {
                            List<Integer> mine = new ArrayList<>();
                            for (int i = 0; i < each; i++) {
                                mine.add(process.next(CountryCode.of("HN"), OfficeCode.of("USHOU"), 2026));
                            }
                            return mine;
                        }));
                    }
                }
                Set<Integer> all = new HashSet<>();
                int handedOut = 0;
                for (Future<List<Integer>> f : futures) {
                    List<Integer> numbers = f.get();
                    handedOut += numbers.size();
                    all.addAll(numbers);
                }
                assertThat(all).hasSize(handedOut).hasSize(processes.size() * threadsPerProcess * each);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
