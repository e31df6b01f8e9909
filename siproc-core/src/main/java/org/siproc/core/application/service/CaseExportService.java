package org.siproc.core.application.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.ExportCasesUseCase;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Exports cases a page at a time: the case list (newest first) gives the numbers, each case is loaded and viewed
 * as for {@code case show} (need-to-know applied), and one audit entry records the export, its filters and count —
 * also when the export stops half-way.
 */
final class CaseExportService implements ExportCasesUseCase {

    static final int PAGE = 200;

    private final CaseWork work;
    private final CaseViews views;
    private final @Nullable BulkCaseWriter legacy;

    CaseExportService(CaseWork work, CaseViews views, @Nullable BulkCaseWriter legacy) {
        this.work = work;
        this.views = views;
        this.legacy = legacy;
    }

    @Override
    public long export(Actor actor, Query query, Consumer<ExportedCase> sink) {
        OfficeCode office = work.guarded(actor, "export", () -> {
            OfficeCode scoped = CaseQueryService.scope(actor, query.office());
            work.policy.require(actor, Permission.VIEW_CASE, scoped, "export");
            return scoped;
        });
        long[] exported = {0};
        Instant from = query.from() == null ? null : query.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        try {
            for (int page = 0; ; page++) {
                CaseQuery q = new CaseQuery(office, null, null, null, null, false, page, PAGE);
                List<CaseSummary> summaries = work.transactions.inTransaction(() -> work.cases.find(q, work.now()));
                List<CaseNumber> wanted = new ArrayList<>();
                boolean older = false;
                for (CaseSummary s : summaries) {
                    if (from != null && s.registeredAt().isBefore(from)) {
                        older = true;
                    } else if (until == null || s.registeredAt().isBefore(until)) {
                        wanted.add(s.number());
                    }
                }
                for (ExportedCase c : load(actor, wanted)) {
                    sink.accept(c);
                    exported[0]++;
                }
                if (older || summaries.size() < PAGE) {
                    return exported[0];
                }
            }
        } finally {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("office", office == null ? "*" : office.value());
            details.put("from", String.valueOf(query.from()));
            details.put("to", String.valueOf(query.to()));
            details.put("cases", String.valueOf(exported[0]));
            work.audit.record(new AuditEvent(work.now(), actor.user(), actor.role(), actor.origin(), AuditAction.EXPORT,
                    "CASES_EXPORTED", "cases", details));
        }
    }

    private List<ExportedCase> load(Actor actor, List<CaseNumber> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return work.transactions.inTransaction(() -> {
            Map<CaseNumber, String> legacyNumbers = legacy == null ? Map.of() : legacy.legacyNumbersOf(numbers);
            List<ExportedCase> result = new ArrayList<>(numbers.size());
            for (CaseNumber number : numbers) {
                ProtectionCase c = work.load(number);
                work.policy.require(actor, Permission.VIEW_CASE, c.office(), number);
                result.add(new ExportedCase(views.view(actor, c, work.persons.findAllById(c.persons())),
                        legacyNumbers.get(number)));
            }
            return result;
        });
    }
}
