package org.siproc.core.application.port.in;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.domain.shared.Text;

/**
 * Incoming port: carries cases over from a legacy case system in bulk (<em>migración</em>). Every row gets the
 * checks a registration gets (the profile's offices, catalogue, territory and document formats; coherent dates; a
 * status a case can be in) and becomes a person and a case with a SIPROC number, keeping the legacy number as its
 * reference. Rows are written in batches, one transaction and one audit entry per batch.
 *
 * <p>Resumable and idempotent: each batch commits a checkpoint (the last line it covered) for its source, and a
 * legacy number is imported once. Running the same source again continues after the checkpoint; a legacy number
 * met again (in this source or another) is skipped as already imported.
 */
public interface ImportLegacyCasesUseCase {

    /**
     * Imports the rows, in order. Only the rows of offices the actor may register cases for are imported; rows of
     * other offices are rejected (an HQ analyst may import every office).
     *
     * @param rows     read lazily, one batch at a time, so memory stays flat however long the source
     * @param listener told of each rejected row and each committed batch, in order
     * @return the counts of this run
     * @throws org.siproc.core.domain.access.AccessDeniedException unless the actor may register cases at all
     * @throws IllegalStateException when the core was built without a bulk case writer
     */
    Summary importCases(Actor actor, Request request, Iterator<LegacyCaseRow> rows, Listener listener);

    /** The import checkpoint of a source: the last line a committed batch covered, 0 when none did. */
    long checkpoint(Actor actor, String source);

    /**
     * What to import.
     *
     * @param source     a stable identity of the source (e.g. the file's SHA-256): the checkpoint is kept under it
     * @param sourceName a name for people and the audit trail (e.g. the file name)
     * @param batchSize  rows per transaction (1 to 10,000)
     */
    record Request(String source, String sourceName, int batchSize) {
        public static final int DEFAULT_BATCH_SIZE = 1000;

        public Request {
            source = Text.required("source", source, 100);
            sourceName = Text.required("sourceName", sourceName, 200);
            if (batchSize < 1 || batchSize > 10_000) {
                throw new IllegalArgumentException("batchSize must be 1 to 10000");
            }
        }
    }

    /**
     * Why a row was not imported: the field (column) and the rule it breaks. A row may break several rules.
     *
     * @param field the field, or null for a rule about the whole row
     */
    record Problem(@Nullable LegacyField field, SiprocException error) {
        public Problem {
            Objects.requireNonNull(error, "error");
        }

        /** The rule's stable code, e.g. {@code SIPROC-0062}. */
        public String rule() {
            return error.errorCode().code();
        }

        /** The message in the given language (Spanish or English). */
        public String message(Locale locale) {
            return error.localizedMessage(locale);
        }
    }

    /**
     * The counts of one run.
     *
     * @param read            rows read (skipped ones included)
     * @param imported        cases created
     * @param rejected        rows refused, each reported to the listener with its problems
     * @param alreadyImported rows skipped because their legacy number was imported before
     * @param beforeCheckpoint rows skipped because an earlier run of the same source committed them
     * @param checkpoint      the last line covered by a committed batch after this run
     */
    record Summary(long read, long imported, long rejected, long alreadyImported, long beforeCheckpoint,
                   long checkpoint) {
    }

    /** Progress of an import, reported after each committed batch. */
    record Progress(long read, long imported, long rejected, long skipped, long checkpoint) {
    }

    /** Hears about an import as it goes; called on the importing thread. */
    interface Listener {
        /** A row was refused. Called before the batch holding the row commits. */
        void rejected(LegacyCaseRow row, List<Problem> problems);

        /** A batch committed: every row up to {@code progress.checkpoint()} is done. */
        void committed(Progress progress);

        static Listener none() {
            return new Listener() {
                @Override
                public void rejected(LegacyCaseRow row, List<Problem> problems) {
                }

                @Override
                public void committed(Progress progress) {
                }
            };
        }
    }
}
