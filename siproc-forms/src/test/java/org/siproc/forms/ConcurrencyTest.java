package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.FormRenderer.FormRequest;

/** One renderer serves many threads: renders in parallel are byte for byte those of a render alone. */
class ConcurrencyTest {

    @Test
    void parallelRendersAreIdenticalToASerialOne() throws Exception {
        PdfFormRenderer forms = PdfFormRenderer.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)).build();
        FormScenarios.Scenario child = FormScenarios.childInTapachula(forms);
        List<FormRequest> requests = List.of(child.request("INTAKE_SHEET"), child.request("CONSENT"),
                child.request("CLOSING_REPORT"));
        List<byte[]> expected = requests.stream().map(r -> forms.render(r).content()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                FormRequest request = requests.get(i % requests.size());
                futures.add(pool.submit(() -> forms.render(request).content()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).as("render %d", i).isEqualTo(expected.get(i % requests.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
