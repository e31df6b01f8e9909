package org.siproc.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.fixtures.LegacyRows.closedDeportation;
import static org.siproc.core.fixtures.LegacyRows.with;
import static org.siproc.core.fixtures.TestProfiles.SALTILLO;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.ExportCasesUseCase.ExportedCase;
import org.siproc.core.application.port.in.ExportCasesUseCase.Query;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase;
import org.siproc.core.application.port.in.LegacyCaseRow;
import org.siproc.core.application.port.in.LegacyField;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/** Exporting cases: office and period filters, the access policy and need-to-know, one audit entry per export. */
class ExportCasesTest {
    static final Instant NOW = Instant.parse("2026-11-22T16:00:00Z");
    final SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), new MutableClock(NOW));
    final SiprocCore core = memory.core();
    final Actor hq = Actor.hqAnalyst("hq", true);

    @BeforeEach
    void cases() {
        List<LegacyCaseRow> rows = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            rows.add(with(closedDeportation(i + 2, "ASU-" + i), LegacyField.REGISTERED_ON,
                    LocalDate.of(2019, 1, 1).plusDays(i).toString(), LegacyField.CLOSED_ON, "2020-01-01",
                    LegacyField.INCIDENT_DATE, null));
        }
        rows.add(with(closedDeportation(300, "ASU-SAL"), LegacyField.OFFICE, SALTILLO.value()));
        core.importLegacyCases().importCases(hq, new ImportLegacyCasesUseCase.Request("s", "s.csv", 100),
                rows.iterator(), ImportLegacyCasesUseCase.Listener.none());
        core.registerCase().register(Actor.officer("ana", TAPACHULA), CaseFixtures.adultInMigrationStation());
    }

    List<ExportedCase> export(Actor actor, Query query) {
        List<ExportedCase> out = new ArrayList<>();
        long n = core.exportCases().export(actor, query, out::add);
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    @Test
    void exportsAnOfficesCasesOfAPeriodAcrossPagesWithTheirLegacyNumbers() {
        List<ExportedCase> all = export(hq, new Query(TAPACHULA, null, null));
        assertThat(all).hasSize(231);
        assertThat(all.get(0).legacyNumber()).isNull();
        assertThat(all.get(1).legacyNumber()).isEqualTo("ASU-229");
        List<ExportedCase> january = export(hq, new Query(TAPACHULA, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 1, 31)));
        assertThat(january).extracting(ExportedCase::legacyNumber).hasSize(31).contains("ASU-0", "ASU-30")
                .doesNotContain("ASU-31");
        assertThat(export(hq, new Query(null, null, null))).hasSize(232);
    }

    @Test
    void eachExportIsAuditedOnceWithItsFiltersAndCount() {
        int before = memory.audit().entries().size();
        export(hq, new Query(SALTILLO, null, null));
        List<AuditEvent> after = memory.audit().entries().subList(before, memory.audit().entries().size());
        assertThat(after).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.details()).containsEntry("office", "MXSAL").containsEntry("cases", "1");
        });
    }

    @Test
    void officersExportTheirOwnOfficeOnlyAndSeeSensitiveFieldsOnlyOnNeedToKnow() {
        Actor saltillo = Actor.officer("luis", SALTILLO);
        assertThat(export(saltillo, new Query(null, null, null))).singleElement()
                .satisfies(c -> assertThat(c.view().sensitiveRedacted()).isTrue());
        assertThatThrownBy(() -> export(saltillo, new Query(TAPACHULA, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(export(Actor.hqAnalyst("hq2", false), new Query(SALTILLO, null, null))).singleElement()
                .satisfies(c -> assertThat(c.view().narrative()).isNull());
        assertThat(export(hq, new Query(SALTILLO, null, null))).singleElement()
                .satisfies(c -> assertThat(c.view().narrative()).startsWith("Detenido"));
        assertThatThrownBy(() -> export(Actor.observer("o"), new Query(null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
