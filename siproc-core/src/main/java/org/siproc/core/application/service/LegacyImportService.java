package org.siproc.core.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Run run = new Run(actor, request, listener, checkpoint);
        long lastLine = 0;
        while (rows.hasNext()) {
            LegacyCaseRow row = rows.next();
            if (row.line() <= lastLine) {
                throw new IllegalArgumentException("rows must come in increasing line order: " + row.line()
                        + " after " + lastLine);
            }
            lastLine = row.line();
            run.read++;
            if (row.line() <= checkpoint) {
                run.beforeCheckpoint++;
                continue;
            }
            LegacyRowReader.Read read = reader.read(actor, row, work.now());
            if (read.legacyCase() == null) {
                run.reject(row, read.problems());
            } else {
                run.pending.add(read);
            }
            if (run.pending.size() >= request.batchSize()) {
                run.flush(lastLine);
            }
        }
        if (lastLine > run.checkpoint) {
            run.flush(lastLine);
        }
        return new Summary(run.read, run.imported, run.rejected, run.alreadyImported, run.beforeCheckpoint,
                run.checkpoint);
    }

    /** The state of one import run. */
    private final class Run {
        final Actor actor;
        final Request request;
        final Listener listener;
        final List<LegacyRowReader.Read> pending = new ArrayList<>();
        final Map<String, int[]> numberBlocks = new HashMap<>();
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
        }

        void reject(LegacyCaseRow row, List<Problem> problems) {
            rejected++;
            listener.rejected(row, problems);
        }

        /** Writes the pending rows as one batch covering the source up to {@code lastLine}. */
        void flush(long lastLine) {
            List<LegacyRowReader.Read> fresh = withoutImported();
            List<BulkCaseWriter.ImportedCase> cases = new ArrayList<>(fresh.size());
            for (LegacyRowReader.Read r : fresh) {
                LegacyCase legacy = r.legacyCase();
                CaseNumber number = nextNumber(legacy);
                cases.add(new BulkCaseWriter.ImportedCase(legacy.person(), legacy.open(CaseId.newId(), number),
                        legacy.legacyNumber(), r.row().line()));
            }
            Instant now = work.now();
            work.transactions.inTransaction(() -> {
                writer.write(new BulkCaseWriter.Batch(request.source(), request.sourceName(), lastLine, cases, now));
                if (!cases.isEmpty()) {
                    work.audit.record(new AuditEvent(now, actor.user(), actor.role(), actor.origin(),
                            AuditAction.REGISTER, "LEGACY_CASES_IMPORTED", request.sourceName(), Map.of(
                            "source", request.source(), "cases", String.valueOf(cases.size()),
                            "firstCase", cases.get(0).protectionCase().number().toString(),
                            "lastCase", cases.get(cases.size() - 1).protectionCase().number().toString(),
                            "firstLine", String.valueOf(cases.get(0).line()), "lastLine", String.valueOf(lastLine))));
                }
                return null;
            });
            imported += cases.size();
            checkpoint = lastLine;
            pending.clear();
            listener.committed(new Progress(read, imported, rejected, alreadyImported + beforeCheckpoint, checkpoint));
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
