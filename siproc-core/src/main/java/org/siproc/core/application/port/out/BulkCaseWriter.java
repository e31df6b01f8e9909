package org.siproc.core.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.Text;

/**
 * Outgoing port: writes cases carried over from a legacy system in batches, remembers each case's legacy number
 * (the idempotency key of an import) and each source's checkpoint. Built for volume: a batch is written with a few
 * bulk statements, not case by case.
 */
public interface BulkCaseWriter {

    /**
     * Writes the batch's persons, cases and legacy references, and moves the source's checkpoint to
     * {@code batch.lastLine()}, in the caller's transaction ({@link Transactions}); nothing of it stays when the
     * transaction rolls back. The cases are new (version 0) and their numbers were reserved with
     * {@link #reserveCaseNumbers}.
     *
     * @throws org.siproc.core.domain.shared.VersionConflictException when a legacy number or case number of the
     *         batch is already stored (another import got there first); the transaction must then roll back
     */
    void write(Batch batch);

    /** The legacy numbers among {@code legacyNumbers} that are already imported, with where they came from. */
    Map<String, Reference> findImported(Collection<String> legacyNumbers);

    /** The legacy numbers of those cases that were imported; cases born in SIPROC are absent from the result. */
    Map<CaseNumber, String> legacyNumbersOf(Collection<CaseNumber> cases);

    /** The last line a committed batch of the source covered; 0 when none. */
    long checkpoint(String source);

    /**
     * Reserves {@code count} consecutive sequence numbers of the office and year, on the same counters as
     * {@link CaseNumberSequence} (so imported and live cases never share a number), and returns the first. Commits
     * at once, outside the caller's transaction: a batch that fails later leaves a gap, never a repeat.
     */
    int reserveCaseNumbers(CountryCode country, OfficeCode office, int year, int count);

    /** One imported case: the person, the case, and the legacy reference. */
    record ImportedCase(Person person, ProtectionCase protectionCase, String legacyNumber, long line) {
        public ImportedCase {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(protectionCase, "protectionCase");
            legacyNumber = Text.required("legacyNumber", legacyNumber, 40);
        }
    }

    /** A batch of one source, covering its lines up to {@code lastLine} (rejected and skipped rows included). */
    record Batch(String source, String sourceName, long lastLine, List<ImportedCase> cases, Instant at) {
        public Batch {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sourceName, "sourceName");
            cases = List.copyOf(cases);
            Objects.requireNonNull(at, "at");
        }
    }

    /** Where an imported legacy number came from, and the case it became. */
    record Reference(String legacyNumber, CaseNumber caseNumber, String source, long line) {
    }
}
