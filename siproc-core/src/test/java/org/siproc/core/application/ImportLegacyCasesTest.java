package org.siproc.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.fixtures.LegacyRows.closedDeportation;
import static org.siproc.core.fixtures.LegacyRows.with;
import static org.siproc.core.fixtures.TestProfiles.SALTILLO;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.adapter.memory.InMemoryAuditTrail;
import org.siproc.core.adapter.memory.InMemoryBulkCaseWriter;
import org.siproc.core.adapter.memory.InMemoryCaseNumberSequence;
import org.siproc.core.adapter.memory.InMemoryPersons;
import org.siproc.core.adapter.memory.InMemoryProtectionCases;
import org.siproc.core.adapter.memory.InMemoryTransactions;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase.Problem;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase.Request;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase.Summary;
import org.siproc.core.application.port.in.LegacyCaseRow;
import org.siproc.core.application.port.in.LegacyField;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/** The bulk import of legacy cases on the in-memory adapters: row rules, batches, audit, resume, idempotency. */
class ImportLegacyCasesTest {
    static final Instant NOW = Instant.parse("2026-11-22T16:00:00Z");
    final SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), new MutableClock(NOW));
    final SiprocCore core = memory.core();
    final Actor hq = Actor.hqAnalyst("migracion.hq", true);
    final Collecting listener = new Collecting();

    /** Records rejections by line and committed checkpoints. */
    static final class Collecting implements ImportLegacyCasesUseCase.Listener {
        final Map<Long, List<Problem>> rejected = new TreeMap<>();
        final List<Long> checkpoints = new ArrayList<>();

        @Override
        public void rejected(LegacyCaseRow row, List<Problem> problems) {
            rejected.put(row.line(), problems);
        }

        @Override
        public void committed(ImportLegacyCasesUseCase.Progress progress) {
            checkpoints.add(progress.checkpoint());
        }

        Problem only(long line) {
            assertThat(rejected.get(line)).as("problems of line %d", line).hasSize(1);
            return rejected.get(line).get(0);
        }
    }

    Summary importRows(Actor actor, String source, int batchSize, List<LegacyCaseRow> rows) {
        return core.importLegacyCases().importCases(actor, new Request(source, source + ".csv", batchSize),
                rows.iterator(), listener);
    }

    Summary importRows(List<LegacyCaseRow> rows) {
        return importRows(hq, "file-a", 1000, rows);
    }

    static List<LegacyCaseRow> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> closedDeportation(i + 2, "ASU-" + (1000 + i))).toList();
    }

    @Test
    void importsARowAsACaseRegisteredOnItsDateWithItsStatusLegalBasisAndPriority() {
        Summary s = importRows(List.of(closedDeportation(2, "ASU-2019-0001")));
        assertThat(s).isEqualTo(new Summary(1, 1, 0, 0, 0, 2));
        CaseView view = core.viewCase().view(hq, "HN-MXTAP-2019-000001");
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.registeredAt()).isEqualTo(LocalDate.of(2019, 3, 14)
                .atStartOfDay(ZoneId.of("America/Mexico_City")).toInstant());
        assertThat(view.history()).extracting(h -> h.to()).containsExactly(CaseStatus.REGISTERED, CaseStatus.CLOSED);
        assertThat(view.history().get(1).at()).isEqualTo(LocalDate.of(2020, 4, 2)
                .atStartOfDay(ZoneId.of("America/Mexico_City")).toInstant());
        assertThat(view.history().get(1).reason()).contains("ASU-2019-0001");
        assertThat(view.consents()).singleElement().satisfies(c -> assertThat(c.basis()).isEqualTo(SharingBasis.PUBLIC_TASK));
        assertThat(view.priority().priority()).isEqualTo(Priority.NORMAL);
        assertThat(view.referrals()).isEmpty();
        assertThat(view.persons()).singleElement().satisfies(p -> {
            assertThat(p.fullName()).isEqualTo("José Manuel Núñez Castro");
            assertThat(p.documents()).singleElement().satisfies(d -> assertThat(d.number()).isEqualTo("0801-1990-12345"));
            assertThat(p.origin().municipalityCode()).isEqualTo("0801");
        });
        assertThat(memory.bulkCaseWriter().findImported(List.of("ASU-2019-0001")).get("ASU-2019-0001").caseNumber())
                .hasToString("HN-MXTAP-2019-000001");
    }

    @Test
    void triageRulesSetThePriorityOnTheRegistrationDate() {
        LegacyCaseRow child = with(closedDeportation(2, "ASU-1"), LegacyField.BIRTH_DATE, "2005-01-01",
                LegacyField.VULNERABILITIES, "UNACCOMPANIED_CHILD; DISPLACED_BY_VIOLENCE");
        importRows(List.of(child));
        CaseView view = core.viewCase().view(hq, "HN-MXTAP-2019-000001");
        assertThat(view.priority().priority()).isEqualTo(Priority.URGENT);
        assertThat(view.priority().ruleId()).isEqualTo("URGENT_UNACCOMPANIED_CHILD");
    }

    @Test
    void aRowWithSeveralProblemsReportsEachOnItsColumnWithItsRule() {
        LegacyCaseRow bad = with(closedDeportation(7, "ASU-1"), LegacyField.REGISTERED_ON, "2019-02-30",
                LegacyField.OFFICE, "MXZZZ", LegacyField.CASE_SUBTYPE, "HELD_BY_ALIENS", LegacyField.FIRST_SURNAME, " ",
                LegacyField.SEX, "MALE", LegacyField.DOCUMENT_NUMBER, "9901199012345",
                LegacyField.ORIGIN_MUNICIPALITY, "0101");
        Summary s = importRows(List.of(bad));
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.imported()).isZero();
        assertThat(listener.rejected.get(7L)).extracting(p -> p.field().column() + " " + p.rule()).containsExactly(
                "oficina SIPROC-0005", "fecha_registro SIPROC-0062", "subtipo_caso SIPROC-0005",
                "primer_apellido SIPROC-0060", "sexo SIPROC-0061", "numero_documento SIPROC-0003",
                "municipio_origen SIPROC-0001");
        assertThat(listener.rejected.get(7L).get(1).message(Locale.ENGLISH))
                .contains("fecha_registro", "2019-02-30", "YYYY-MM-DD");
        assertThat(listener.rejected.get(7L).get(4).message(Locale.forLanguageTag("es")))
                .contains("sexo", "MALE", "se aceptan", "MUJER");
    }

    @Test
    void aClosedCaseNeedsItsClosingDateAndAnOpenOneHasNone() {
        importRows(List.of(with(closedDeportation(2, "A"), LegacyField.CLOSED_ON, null),
                with(closedDeportation(3, "B"), LegacyField.STATUS, "En trámite"),
                with(closedDeportation(4, "C"), LegacyField.STATUS, "RESUELTO"),
                with(closedDeportation(5, "D"), LegacyField.STATUS, "ARCHIVADO", LegacyField.CLOSED_ON, null),
                with(closedDeportation(6, "E"), LegacyField.STATUS, "REOPENED", LegacyField.CLOSED_ON, null)));
        assertThat(listener.only(2).rule()).isEqualTo("SIPROC-0065");
        assertThat(listener.only(2).field()).isEqualTo(LegacyField.CLOSED_ON);
        assertThat(listener.only(3).rule()).isEqualTo("SIPROC-0066");
        assertThat(listener.rejected).doesNotContainKey(4L);
        assertThat(listener.only(5).rule()).isEqualTo("SIPROC-0065");
        assertThat(listener.only(6).rule()).isEqualTo("SIPROC-0061");
    }

    @Test
    void datesMustBeCoherentAndNoneInTheFuture() {
        importRows(List.of(with(closedDeportation(2, "A"), LegacyField.CLOSED_ON, "2019-03-13"),
                with(closedDeportation(3, "B"), LegacyField.INCIDENT_DATE, "2019-03-15"),
                with(closedDeportation(4, "C"), LegacyField.BIRTH_DATE, null, LegacyField.BIRTH_YEAR, "2020"),
                with(closedDeportation(5, "D"), LegacyField.REGISTERED_ON, "2027-01-01", LegacyField.CLOSED_ON, null,
                        LegacyField.STATUS, "EN_PROCESO"),
                with(closedDeportation(6, "E"), LegacyField.REGISTERED_ON, "1999-12-31"),
                with(closedDeportation(7, "F"), LegacyField.BIRTH_YEAR, "1990")));
        Problem closing = listener.only(2);
        assertThat(closing.field()).isEqualTo(LegacyField.CLOSED_ON);
        assertThat(closing.rule()).isEqualTo("SIPROC-0064");
        assertThat(closing.message(Locale.ENGLISH)).isEqualTo(
                "SIPROC-0064: The date 2019-03-13 of fecha_cierre cannot be before the date 2019-03-14 of fecha_registro.");
        assertThat(listener.only(3).field()).isEqualTo(LegacyField.REGISTERED_ON);
        assertThat(listener.only(3).message(Locale.ENGLISH)).contains("fecha_hecho");
        assertThat(listener.only(4).field()).isEqualTo(LegacyField.REGISTERED_ON);
        assertThat(listener.only(4).message(Locale.ENGLISH)).contains("fecha_nacimiento");
        assertThat(listener.only(5).rule()).isEqualTo("SIPROC-0063");
        assertThat(listener.only(6).rule()).isEqualTo("SIPROC-0068");
        assertThat(listener.only(7).rule()).isEqualTo("SIPROC-0025");
    }

    @Test
    void writesInBatchesWithOneAuditEntryPerBatchAndNoneForRejectedRows() {
        List<LegacyCaseRow> rows = new ArrayList<>(rows(25));
        rows.set(4, with(rows.get(4), LegacyField.OFFICE, null));
        Summary s = importRows(hq, "file-a", 10, rows);
        assertThat(s).isEqualTo(new Summary(25, 24, 1, 0, 0, 26));
        assertThat(listener.checkpoints).containsExactly(12L, 22L, 26L);
        List<AuditEvent> imports = memory.audit().entries().stream()
                .filter(e -> e.event().equals("LEGACY_CASES_IMPORTED")).toList();
        assertThat(imports).extracting(e -> e.details().get("cases")).containsExactly("10", "10", "4");
        assertThat(imports.get(0).details()).containsEntry("firstCase", "HN-MXTAP-2019-000001")
                .containsEntry("lastCase", "HN-MXTAP-2019-000010").containsEntry("lastLine", "12");
        assertThat(imports).allSatisfy(e -> assertThat(e.subject()).isEqualTo("file-a.csv"));
        assertThat(memory.audit().entries()).hasSize(3);
        assertThat(memory.cases().size()).isEqualTo(24);
    }

    @Test
    void resumesAfterACrashWithoutDuplicatingCases() {
        List<LegacyCaseRow> rows = rows(25);
        Iterator<LegacyCaseRow> crashing = new Iterator<>() {
            int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public LegacyCaseRow next() {
                if (given == 15) {
                    throw new IllegalStateException("power cut");
                }
                return rows.get(given++);
            }
        };
        assertThatThrownBy(() -> core.importLegacyCases().importCases(hq, new Request("file-a", "a.csv", 10), crashing,
                listener)).hasMessage("power cut");
        assertThat(memory.cases().size()).isEqualTo(10);
        assertThat(core.importLegacyCases().checkpoint(hq, "file-a")).isEqualTo(11);

        Summary again = importRows(hq, "file-a", 10, rows);
        assertThat(again).isEqualTo(new Summary(25, 15, 0, 0, 10, 26));
        assertThat(memory.cases().size()).isEqualTo(25);
        assertThat(memory.persons().size()).isEqualTo(25);
        assertThat(memory.bulkCaseWriter().size()).isEqualTo(25);
    }

    /**
     * Batches are written on a writer thread while the next rows are read: a batch that fails to write stops the
     * import with its failure, the batches before it stay committed and were reported, nothing after it is written.
     */
    @Test
    void aBatchThatFailsToWriteStopsTheImportAfterTheBatchesBeforeIt() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryPersons persons = new InMemoryPersons(transactions);
        InMemoryProtectionCases cases = new InMemoryProtectionCases(transactions, persons);
        InMemoryCaseNumberSequence numbers = new InMemoryCaseNumberSequence();
        InMemoryBulkCaseWriter stored = new InMemoryBulkCaseWriter(transactions, persons, cases, numbers);
        AtomicInteger writes = new AtomicInteger();
        BulkCaseWriter failingThirdBatch = new BulkCaseWriter() {
            @Override
            public void write(Batch batch) {
                if (writes.incrementAndGet() == 3) {
                    throw new IllegalStateException("disk full");
                }
                stored.write(batch);
            }

            @Override
            public Map<String, Reference> findImported(Collection<String> legacyNumbers) {
                return stored.findImported(legacyNumbers);
            }

            @Override
            public Map<CaseNumber, String> legacyNumbersOf(Collection<CaseNumber> numbers) {
                return stored.legacyNumbersOf(numbers);
            }

            @Override
            public long checkpoint(String source) {
                return stored.checkpoint(source);
            }

            @Override
            public int reserveCaseNumbers(CountryCode country, OfficeCode office, int year, int count) {
                return stored.reserveCaseNumbers(country, office, year, count);
            }
        };
        SiprocCore failing = SiprocCore.builder(TestProfiles.small()).cases(cases).persons(persons)
                .caseNumbers(numbers).auditTrail(new InMemoryAuditTrail(transactions)).transactions(transactions)
                .bulkCaseWriter(failingThirdBatch).clock(new MutableClock(NOW)).build();

        assertThatThrownBy(() -> failing.importLegacyCases().importCases(hq, new Request("file-a", "a.csv", 10),
                rows(55).iterator(), listener)).hasMessage("disk full");

        assertThat(listener.checkpoints).containsExactly(11L, 21L);
        assertThat(stored.checkpoint("file-a")).isEqualTo(21);
        assertThat(stored.size()).isEqualTo(20);
        assertThat(cases.size()).isEqualTo(20);
        assertThat(writes).hasValue(3);
    }

    @Test
    void aLegacyNumberIsImportedOnceFromAnySourceAndRejectedWhenAFileRepeatsIt() {
        importRows(hq, "file-a", 1000, rows(3));
        List<LegacyCaseRow> overlapping = new ArrayList<>(rows(5));
        overlapping.add(closedDeportation(7, "ASU-1004"));
        Summary s = importRows(hq, "file-b", 2, overlapping);
        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.alreadyImported()).isEqualTo(3);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(listener.only(7).rule()).isEqualTo("SIPROC-0067");
        assertThat(listener.only(7).message(Locale.ENGLISH)).contains("ASU-1004", "line 6");
        assertThat(memory.cases().size()).isEqualTo(5);
    }

    @Test
    void importedAndLiveCasesNeverShareANumber() {
        core.registerCase().register(Actor.officer("ana", TAPACHULA), CaseFixtures.adultInMigrationStation());
        List<LegacyCaseRow> rows = rows(3).stream()
                .map(r -> with(r, LegacyField.REGISTERED_ON, "2026-01-05", LegacyField.CLOSED_ON, "2026-02-01")).toList();
        importRows(rows);
        var live = core.registerCase().register(Actor.officer("ana", TAPACHULA), CaseFixtures.adultInMigrationStation());
        assertThat(live.caseNumber()).hasToString("HN-MXTAP-2026-000102");
        assertThat(memory.bulkCaseWriter().findImported(List.of("ASU-1000", "ASU-1002")).values())
                .extracting(r -> r.caseNumber().toString())
                .containsExactlyInAnyOrder("HN-MXTAP-2026-000002", "HN-MXTAP-2026-000004");
    }

    @Test
    void anOfficerImportsOnlyTheOwnOfficesRowsAndAnObserverNothing() {
        List<LegacyCaseRow> rows = List.of(closedDeportation(2, "A"),
                with(closedDeportation(3, "B"), LegacyField.OFFICE, SALTILLO.value()));
        Summary s = importRows(Actor.officer("ana", TAPACHULA), "f", 10, rows);
        assertThat(s.imported()).isEqualTo(1);
        assertThat(listener.only(3).rule()).isEqualTo("SIPROC-0030");
        assertThat(listener.only(3).field()).isEqualTo(LegacyField.OFFICE);
        assertThatThrownBy(() -> importRows(Actor.observer("obs"), "f", 10, rows))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(memory.audit().entries()).anySatisfy(e -> assertThat(e.event()).isEqualTo("REGISTER_CASE"));
    }

    @Test
    void aMissingSummaryIsNotedInTheProfilesLanguage() {
        importRows(List.of(with(closedDeportation(2, "ASU-77"), LegacyField.SUMMARY, null)));
        assertThat(core.viewCase().view(hq, "HN-MXTAP-2019-000001").narrative())
                .isEqualTo("Expediente migrado del sistema anterior (caso ASU-77); el sistema anterior no registró resumen.");
    }
}
