package org.siproc.core.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase;
import org.siproc.core.application.port.in.LegacyCaseRow;
import org.siproc.core.application.port.in.LegacyField;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseId;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.LegacyCase;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;

/**
 * Imports legacy rows batch by batch: read and check each row, drop the legacy numbers already imported (one
 * look-up per batch), number the cases from blocks reserved per office and year, then write the batch, its
 * checkpoint and one audit entry in one transaction. No duplicate search per row: a legacy system's persons are
 * imported as they are, and merged later by HQ like any other duplicates.
 *
 * <p>Two threads share the work: while a writer thread writes and commits one batch, the importing thread reads and
 * checks the rows of the next. The batches still commit one after the other, in file order: a batch is looked up
 * against the imported numbers only once the one before it has committed, and the listener hears of each commit on
 * the importing thread. At most two batches are held in memory.
 */
final class LegacyImportService implements ImportLegacyCasesUseCase {

    /** Case numbers reserved at a time per office and year. */
    static final int NUMBER_BLOCK = 100;

    private final CaseWork work;
    private final BulkCaseWriter writer;
    private final LegacyRowReader reader;

    LegacyImportService(CaseWork work, BulkCaseWriter writer) {
        this.work = work;
        this.writer = writer;
        this.reader = new LegacyRowReader(work.profile, work.policy);
    }

    @Override
    public long checkpoint(Actor actor, String source) {
        return work.guarded(actor, "import", () -> {
            work.policy.require(actor, Permission.REGISTER_CASE, actor.office(), "import");
            return writer.checkpoint(source);
        });
    }

    @Override
    public Summary importCases(Actor actor, Request request, Iterator<LegacyCaseRow> rows, Listener listener) {
        long checkpoint = checkpoint(actor, request.source());
        try (Run run = new Run(actor, request, listener, checkpoint)) {
            return run.importRows(rows);
        }
    }

    /** The state of one import run. */
    private final class Run implements AutoCloseable {
        final Actor actor;
        final Request request;
        final Listener listener;
        final List<LegacyRowReader.Read> pending = new ArrayList<>();
        final Map<String, int[]> numberBlocks = new HashMap<>();
        final ExecutorService writerThread = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "siproc-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        /** The batch being written by the writer thread, if any, with its size; its outcome is the line it covers. */
        @Nullable Future<Long> writing;
        int writingCases;
        /** The last line covered by a batch handed to the writer thread. */
        long handedOver;
        long checkpoint;
        long read;
        long imported;
        long rejected;
        long alreadyImported;
        long beforeCheckpoint;

        Run(Actor actor, Request request, Listener listener, long checkpoint) {
            this.actor = actor;
            this.request = request;
            this.listener = listener;
            this.checkpoint = checkpoint;
            this.handedOver = checkpoint;
        }

        Summary importRows(Iterator<LegacyCaseRow> rows) {
            long lastLine = 0;
            while (rows.hasNext()) {
                LegacyCaseRow row = rows.next();
                if (row.line() <= lastLine) {
                    throw new IllegalArgumentException("rows must come in increasing line order: " + row.line()
                            + " after " + lastLine);
                }
                lastLine = row.line();
                read++;
                if (row.line() <= checkpoint) {
                    beforeCheckpoint++;
                    continue;
                }
                LegacyRowReader.Read r = reader.read(actor, row, work.now());
                if (r.legacyCase() == null) {
                    reject(row, r.problems());
                } else {
                    pending.add(r);
                }
                if (pending.size() >= request.batchSize()) {
                    flush(lastLine);
                }
            }
            if (lastLine > handedOver) {
                flush(lastLine);
            }
            awaitWriting();
            return new Summary(read, imported, rejected, alreadyImported, beforeCheckpoint, checkpoint);
        }

        void reject(LegacyCaseRow row, List<Problem> problems) {
            rejected++;
            listener.rejected(row, problems);
        }

        /**
         * Hands the pending rows to the writer thread as one batch covering the source up to {@code lastLine}, once
         * the batch before has committed (so the look-up of imported numbers sees it).
         */
        void flush(long lastLine) {
            awaitWriting();
            List<LegacyRowReader.Read> fresh = withoutImported();
            List<BulkCaseWriter.ImportedCase> cases = new ArrayList<>(fresh.size());
            for (LegacyRowReader.Read r : fresh) {
                LegacyCase legacy = r.legacyCase();
                CaseNumber number = nextNumber(legacy);
                cases.add(new BulkCaseWriter.ImportedCase(legacy.person(), legacy.open(CaseId.newId(), number),
                        legacy.legacyNumber(), r.row().line()));
            }
            pending.clear();
            Instant now = work.now();
            writingCases = cases.size();
            handedOver = lastLine;
            writing = writerThread.submit(() -> write(cases, lastLine, now));
        }

        /** On the writer thread: the batch, its checkpoint and its audit entry, in one transaction. */
        private long write(List<BulkCaseWriter.ImportedCase> cases, long lastLine, Instant now) {
            return work.transactions.inTransaction(() -> {
                writer.write(new BulkCaseWriter.Batch(request.source(), request.sourceName(), lastLine, cases, now));
                if (!cases.isEmpty()) {
                    work.audit.record(new AuditEvent(now, actor.user(), actor.role(), actor.origin(),
                            AuditAction.REGISTER, "LEGACY_CASES_IMPORTED", request.sourceName(), Map.of(
                            "source", request.source(), "cases", String.valueOf(cases.size()),
                            "firstCase", cases.get(0).protectionCase().number().toString(),
                            "lastCase", cases.get(cases.size() - 1).protectionCase().number().toString(),
                            "firstLine", String.valueOf(cases.get(0).line()), "lastLine", String.valueOf(lastLine))));
                }
                return lastLine;
            });
        }

        /** Waits for the batch being written, if any; tells the listener it committed, or rethrows its failure. */
        private void awaitWriting() {
            Future<Long> batch = writing;
            if (batch == null) {
                return;
            }
            writing = null;
            long lastLine;
            try {
                lastLine = batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted while a batch was being written", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
            imported += writingCases;
            checkpoint = lastLine;
            listener.committed(new Progress(read, imported, rejected, alreadyImported + beforeCheckpoint, checkpoint));
        }

        /** Lets a batch still being written (after a failure of the importing thread) end before returning. */
        @Override
        public void close() {
            writerThread.shutdown();
            try {
                while (!writerThread.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a batch of up to 10,000 rows is still committing or rolling back
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * The pending cases whose legacy number is new. A number imported before is skipped (the import is
         * idempotent), unless it came from another line of this very source: then the file holds it twice, and
         * the later row is rejected; so is a number repeated inside the batch.
         */
        private List<LegacyRowReader.Read> withoutImported() {
            Map<String, LegacyRowReader.Read> byNumber = new LinkedHashMap<>();
            for (LegacyRowReader.Read r : pending) {
                byNumber.putIfAbsent(r.legacyCase().legacyNumber(), r);
            }
            Map<String, BulkCaseWriter.Reference> known = writer.findImported(byNumber.keySet());
            List<LegacyRowReader.Read> fresh = new ArrayList<>();
            for (LegacyRowReader.Read r : pending) {
                String number = r.legacyCase().legacyNumber();
                BulkCaseWriter.Reference before = known.get(number);
                LegacyRowReader.Read first = byNumber.get(number);
                if (first != r) {
                    repeatedNumber(r, first.row().line());
                } else if (before == null) {
                    fresh.add(r);
                } else if (before.source().equals(request.source()) && before.line() != r.row().line()) {
                    repeatedNumber(r, before.line());
                } else {
                    alreadyImported++;
                }
            }
            return fresh;
        }

        private void repeatedNumber(LegacyRowReader.Read r, long firstLine) {
            reject(r.row(), List.of(new Problem(LegacyField.LEGACY_NUMBER, new RuleViolationException(
                    ErrorCode.LEGACY_NUMBER_REPEATED, LegacyField.LEGACY_NUMBER.column(),
                    r.legacyCase().legacyNumber(), firstLine))));
        }

        /**
         * The next free number of the case's office and year, from a block reserved on the live counter. Blocks hold
         * at least {@link #NUMBER_BLOCK} numbers, so a file with cases of hundreds of offices and years does not take
         * hundreds of counter transactions per batch; numbers left in a block when the run ends are burnt (gaps are
         * allowed, repeats never).
         */
        private CaseNumber nextNumber(LegacyCase c) {
            String key = counterKey(c);
            int[] block = numberBlocks.get(key);
            if (block == null || block[0] > block[1]) {
                int first = writer.reserveCaseNumbers(work.profile.country(), c.intake().office(),
                        c.registeredOn().getYear(), NUMBER_BLOCK);
                block = new int[] {first, first + NUMBER_BLOCK - 1};
                numberBlocks.put(key, block);
            }
            return new CaseNumber(work.profile.country(), c.intake().office(), c.registeredOn().getYear(), block[0]++);
        }

        private static String counterKey(LegacyCase c) {
            return c.intake().office().value() + "/" + c.registeredOn().getYear();
        }
    }
}
