package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.contract.ContractFixtures.HN;
import static org.siproc.core.contract.ContractFixtures.MX;
import static org.siproc.core.contract.ContractFixtures.TAPACHULA;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.application.port.out.BulkCaseWriter.Batch;
import org.siproc.core.application.port.out.BulkCaseWriter.ImportedCase;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.application.port.out.Persons;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseDemographics;
import org.siproc.core.domain.casefile.CaseId;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.Incident;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.LegacyCase;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.PriorityAssessment;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Reporter;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.PlaceOfOrigin;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.VersionConflictException;

/** Contract of the {@link BulkCaseWriter} port, for every adapter: what a batch writes is what the other ports read. */
public abstract class BulkCaseWriterContract {

    /** The writer and the ports that read what it wrote, on one empty store. */
    public record Store(BulkCaseWriter writer, ProtectionCases cases, Persons persons, CaseNumberSequence sequence,
                        Transactions transactions) {
    }

    static final Instant IMPORTED_AT = Instant.parse("2026-05-04T10:00:00Z");
    static final UserId IMPORTER = UserId.of("migracion.hq");
    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    /** A summary with what bulk formats must escape: line breaks, a tab, backslashes, a literal \\N. */
    static final String NARRATIVE = "Resumen del sistema anterior:\r\nlínea 2\tcon tabulador, C:\\ruta\\N y \"comillas\"";

    protected Store store;

    protected abstract Store emptyStore();

    @BeforeEach
    void empty() {
        store = emptyStore();
    }

    static ImportedCase imported(String legacyNumber, long line, CaseNumber number, CaseStatus status,
                                 LocalDate closedOn) {
        Person person = Person.builder(new PersonName("Ángela María", "Pérez", "Zúniga", null))
                .birthDate(new BirthDate.Exact(LocalDate.of(1988, 7, 1))).sex(Sex.F).nationality(HN)
                .document(new IdentityDocument("DNI", "0801-1988-00123", HN))
                .origin(new PlaceOfOrigin(HN, "08", "0801")).flag(VulnerabilityFlag.SINGLE_PARENT).build();
        LocalDate registered = LocalDate.of(2018, 6, 1);
        ProtectionCase.Intake intake = new ProtectionCase.Intake(TAPACHULA, List.of(person.id()),
                new Reporter(ReporterKind.RELATIVE, null, null), IntakeChannel.PHONE,
                new Incident(LocalDate.of(2018, 5, 30), MX, null, "Tapachula"), NARRATIVE,
                CaseClassification.of("MIGRATORY", "DEPORTATION"), CaseDemographics.of(person, registered), Set.of());
        LegacyCase legacy = new LegacyCase(legacyNumber, person, intake,
                PriorityAssessment.computed(Priority.NORMAL, null, "no rule applies"), status, registered, closedOn,
                MEXICO, IMPORTED_AT, IMPORTER, "Estado trasladado del sistema anterior",
                new Consent(ConsentPurpose.REGISTRATION, Consent.State.GIVEN, SharingBasis.PUBLIC_TASK, "migración",
                        IMPORTED_AT, IMPORTER));
        return new ImportedCase(person, legacy.open(CaseId.newId(), number), legacyNumber, line);
    }

    void write(String source, long lastLine, ImportedCase... cases) {
        store.transactions().inTransaction(() -> {
            store.writer().write(new Batch(source, source + ".csv", lastLine, List.of(cases), IMPORTED_AT));
            return null;
        });
    }

    CaseNumber reserved(int count) {
        return new CaseNumber(HN, TAPACHULA, 2018, store.writer().reserveCaseNumbers(HN, TAPACHULA, 2018, count));
    }

    @Test
    void whatABatchWritesReadsBackThroughTheCaseAndPersonPorts() {
        ImportedCase closed = imported("ASU-1", 2, reserved(1), CaseStatus.CLOSED, LocalDate.of(2019, 1, 10));
        write("file", 2, closed);
        ProtectionCase stored = store.transactions().inTransaction(
                () -> store.cases().findByNumber(closed.protectionCase().number())).orElseThrow();
        ProtectionCase.Snapshot expected = closed.protectionCase().snapshot().withVersion(stored.version());
        assertThat(stored.snapshot()).usingRecursiveComparison().isEqualTo(expected);
        assertThat(stored.version()).isEqualTo(1);
        Person person = store.transactions().inTransaction(() -> store.persons().findById(closed.person().id()))
                .orElseThrow();
        assertThat(person.name().fullName()).isEqualTo("Ángela María Pérez Zúniga");
        assertThat(person.documents()).extracting(IdentityDocument::number).containsExactly("0801-1988-00123");
        assertThat(person.recordedFlags()).containsExactly(VulnerabilityFlag.SINGLE_PARENT);
        assertThat(person.version()).isEqualTo(1);
    }

    @Test
    void importedPersonsAreFoundBySearch() {
        ImportedCase c = imported("ASU-1", 2, reserved(1), CaseStatus.IN_PROGRESS, null);
        write("file", 2, c);
        List<Person> found = store.transactions().inTransaction(
                () -> store.persons().search(PersonSearchQuery.of("angela perez zuniga")));
        assertThat(found).extracting(Person::id).contains(c.person().id());
    }

    @Test
    void remembersLegacyNumbersBothWaysAndTheCheckpointOfEachSource() {
        CaseNumber first = reserved(2);
        CaseNumber second = new CaseNumber(HN, TAPACHULA, 2018, first.sequence() + 1);
        write("file", 9, imported("ASU-1", 3, first, CaseStatus.IN_PROGRESS, null),
                imported("ASU-2", 7, second, CaseStatus.IN_PROGRESS, null));
        write("file", 12);
        assertThat(store.writer().checkpoint("file")).isEqualTo(12);
        assertThat(store.writer().checkpoint("other")).isZero();
        assertThat(store.writer().findImported(List.of("ASU-1", "ASU-2", "ASU-3")))
                .containsOnlyKeys("ASU-1", "ASU-2")
                .hasEntrySatisfying("ASU-2", r -> {
                    assertThat(r.caseNumber()).isEqualTo(second);
                    assertThat(r.source()).isEqualTo("file");
                    assertThat(r.line()).isEqualTo(7);
                });
        assertThat(store.writer().legacyNumbersOf(List.of(first, second, new CaseNumber(HN, TAPACHULA, 2018, 999))))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(first, "ASU-1", second, "ASU-2"));
    }

    @Test
    void aBatchRolledBackLeavesNothingButItsBurntNumbers() {
        ImportedCase c = imported("ASU-1", 2, reserved(1), CaseStatus.IN_PROGRESS, null);
        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            store.writer().write(new Batch("file", "file.csv", 2, List.of(c), IMPORTED_AT));
            throw new IllegalStateException("audit failed");
        })).hasMessage("audit failed");
        assertThat(store.writer().findImported(List.of("ASU-1"))).isEmpty();
        assertThat(store.writer().checkpoint("file")).isZero();
        assertThat(store.transactions().inTransaction(() -> store.cases().findByNumber(c.protectionCase().number())))
                .isEmpty();
        assertThat(store.transactions().inTransaction(() -> store.persons().findById(c.person().id()))).isEmpty();
        assertThat(store.writer().reserveCaseNumbers(HN, TAPACHULA, 2018, 1)).isEqualTo(2);
    }

    @Test
    void reservedBlocksAndTheLiveSequenceNeverHandOutTheSameNumber() {
        assertThat(store.sequence().next(HN, TAPACHULA, 2018)).isEqualTo(1);
        assertThat(store.writer().reserveCaseNumbers(HN, TAPACHULA, 2018, 500)).isEqualTo(2);
        assertThat(store.sequence().next(HN, TAPACHULA, 2018)).isEqualTo(502);
        assertThat(store.writer().reserveCaseNumbers(HN, TAPACHULA, 2019, 3)).isEqualTo(1);
    }

    @Test
    void aLegacyNumberStoredTwiceIsAConflictAndTheBatchRollsBack() {
        write("file", 2, imported("ASU-1", 2, reserved(1), CaseStatus.IN_PROGRESS, null));
        ImportedCase again = imported("ASU-1", 3, reserved(1), CaseStatus.IN_PROGRESS, null);
        assertThatThrownBy(() -> write("file", 3, again)).isInstanceOf(VersionConflictException.class);
        assertThat(store.writer().checkpoint("file")).isEqualTo(2);
        assertThat(store.transactions().inTransaction(() -> store.persons().findById(again.person().id()))).isEmpty();
    }
}
