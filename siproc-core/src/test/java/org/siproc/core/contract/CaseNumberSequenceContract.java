package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.contract.ContractFixtures.HN;
import static org.siproc.core.contract.ContractFixtures.SALTILLO;
import static org.siproc.core.contract.ContractFixtures.TAPACHULA;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.shared.CountryCode;

/** Contract of the {@link org.siproc.core.application.port.out.CaseNumberSequence} port, for every adapter. */
public abstract class CaseNumberSequenceContract extends PortContract {

    @Test
    void startsAtOneAndCountsUpPerOfficeAndYear() {
        assertThat(ports.caseNumbers().next(HN, TAPACHULA, 2026)).isEqualTo(1);
        assertThat(ports.caseNumbers().next(HN, TAPACHULA, 2026)).isEqualTo(2);
        assertThat(ports.caseNumbers().next(HN, TAPACHULA, 2027)).isEqualTo(1);
        assertThat(ports.caseNumbers().next(HN, SALTILLO, 2026)).isEqualTo(1);
        assertThat(ports.caseNumbers().next(CountryCode.of("GT"), TAPACHULA, 2026)).isEqualTo(1);
        assertThat(ports.caseNumbers().next(HN, TAPACHULA, 2026)).isEqualTo(3);
    }

    @Test
    void neverHandsOutANumberAgainAfterAFailedTransaction() {
        int before = ports.caseNumbers().next(HN, TAPACHULA, 2026);
        assertThatThrownBy(() -> txRun(() -> {
            ports.caseNumbers().next(HN, TAPACHULA, 2026);
            throw new IllegalStateException("registration failed");
        })).hasMessage("registration failed");
        assertThat(ports.caseNumbers().next(HN, TAPACHULA, 2026)).isGreaterThan(before);
    }

    @Test
    void givesConcurrentCallersDistinctNumbers() throws Exception {
        int threads = 4;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Integer>> work = () -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(ports.caseNumbers().next(HN, SALTILLO, 2026));
                    }
                    return mine;
                };
                futures.add(pool.submit(work));
            }
            Set<Integer> all = new HashSet<>();
            for (Future<List<Integer>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(threads * each);
            assertThat(all).allMatch(n -> n >= 1 && n <= threads * each);
        } finally {
            pool.shutdownNow();
        }
    }
}
