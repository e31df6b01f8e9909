package org.siproc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.application.port.out.CaseStatistics;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.UnknownCodeException;
import org.siproc.reporting.internal.ReportAssembler;

/**
 * Use case: builds the statistics report of SPEC §5 for an actor, with the access rules of §6, disclosure control
 * for published reports, and an audit entry for every report handed out.
 *
 * <ul>
 * <li>OBSERVER: {@link Release#PUBLISHED} reports only, over all offices and case types (a narrower published
 * scope could be subtracted from the full one to uncover what disclosure control hid).</li>
 * <li>HQ_ANALYST: everything.</li>
 * <li>OFFICER and CONSUL: their own office only; the office is filled in when not given, and another office is
 * refused.</li>
 * <li>ADMIN and PARTNER: refused.</li>
 * </ul>
 * Refusals raise {@link AccessDeniedException} and are written to the audit trail too. Audit entries carry codes
 * (period, office, release, format), never personal data. Thread-safe; holds no state between calls.
 *
 * <pre>{@code
 * Reports reports = new Reports(statistics, profile, auditTrail, Clock.systemUTC());
 * Report report = reports.build(actor, ReportRequest.published(from, to));
 * reports.export(actor, ReportRequest.internal(from, to), ExportFormat.XLSX, Locale.forLanguageTag("es"), out);
 * }</pre>
 */
public final class Reports {
    /** The subject of the audit entries. */
    public static final String AUDIT_SUBJECT = "statistics";

    private final CaseStatistics statistics;
    private final CountryProfile profile;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy policy = new AccessPolicy();
    private final ReportAssembler assembler;

    /**
     * @param statistics the aggregates (the database adapter in production, the in-memory one in tests)
     * @param profile    the country profile: offices, catalogue, institutions and the disclosure threshold
     * @param audit      where every report handed out (and every refusal) is recorded
     * @param clock      the report date: referrals and follow-ups are overdue as of it
     */
    public Reports(CaseStatistics statistics, CountryProfile profile, AuditTrail audit, Clock clock) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.assembler = new ReportAssembler(statistics, profile);
    }

    /**
     * The report the actor asked for.
     *
     * @throws AccessDeniedException when the actor's role or office does not allow it
     * @throws UnknownCodeException  when the office or case type is not in the country profile
     */
    public Report build(Actor actor, ReportRequest request) {
        return build(actor, request, null);
    }

    /**
     * Builds the report and writes it to {@code out} in {@code format}, with labels in {@code locale}'s language
     * (Spanish when the profile has no label in it). The stream is not closed.
     *
     * @throws AccessDeniedException when the actor's role or office does not allow it
     */
    public Report export(Actor actor, ReportRequest request, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        Report report = build(actor, request, format);
        Exports.write(report, format, locale, out);
        return report;
    }

    private Report build(Actor actor, ReportRequest request, @Nullable ExportFormat format) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(request, "request");
        ReportRequest allowed;
        try {
            allowed = authorise(actor, request);
        } catch (AccessDeniedException denied) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("release", request.release().name());
            details.put("office", request.office() == null ? "ALL" : request.office().value());
            audit.record(new AuditEvent(clock.instant(), actor.user(), actor.role(), actor.origin(),
                    AuditAction.ACCESS_DENIED, denied.permission().name(), AUDIT_SUBJECT, details));
            throw denied;
        }
        if (allowed.office() != null) {
            profile.requireOffice(allowed.office(), "office");
        }
        // The port compares the case type as stored: the profile's spelling of the code.
        String caseType = allowed.caseType() == null ? null : profile.caseType(allowed.caseType())
                .orElseThrow(() -> new UnknownCodeException("caseType", allowed.caseType(), profile.country().value()))
                .code();
        Instant now = clock.instant();
        CaseStatistics.Scope scope = new CaseStatistics.Scope(allowed.from(), allowed.to(), allowed.office(),
                caseType, allowed.ageBands());
        boolean published = allowed.release() == Release.PUBLISHED;
        Report report = new Report(now, allowed, profile.disclosureThreshold(),
                assembler.assemble(scope, now).render(published, profile.disclosureThreshold(), allowed.indicators()));
        // Written before the report is handed out: a report that cannot be audited does not leave.
        audit.record(new AuditEvent(now, actor.user(), actor.role(), actor.origin(), AuditAction.EXPORT,
                "STATISTICS_REPORT", AUDIT_SUBJECT, auditDetails(report, format)));
        return report;
    }

    private ReportRequest authorise(Actor actor, ReportRequest request) {
        if (!policy.grants(actor.role(), Permission.VIEW_STATISTICS)) {
            throw new AccessDeniedException(actor, Permission.VIEW_STATISTICS, AUDIT_SUBJECT);
        }
        Permission needed = request.release() == Release.PUBLISHED
                ? Permission.VIEW_STATISTICS : Permission.VIEW_UNPUBLISHED_STATISTICS;
        OfficeCode office = request.office();
        switch (actor.role()) {
            case OFFICER, CONSUL -> {
                if (office != null && !office.equals(actor.office())) {
                    throw new AccessDeniedException(actor, needed, office);
                }
                office = actor.office();
            }
            case OBSERVER -> {
                if (office != null || request.caseType() != null) {
                    throw new AccessDeniedException(actor, Permission.VIEW_UNPUBLISHED_STATISTICS,
                            "statistics narrower than all offices and case types");
                }
            }
            default -> {
                // Headquarters sees every office.
            }
        }
        policy.require(actor, needed, office, AUDIT_SUBJECT);
        return request.inOffice(office);
    }

    private static Map<String, String> auditDetails(Report report, @Nullable ExportFormat format) {
        ReportRequest r = report.request();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", r.from().toString());
        details.put("to", r.to().toString());
        details.put("office", r.office() == null ? "ALL" : r.office().value());
        details.put("caseType", r.caseType() == null ? "ALL" : r.caseType());
        details.put("release", r.release().name());
        details.put("threshold", Integer.toString(report.disclosureThreshold()));
        details.put("tables", report.tables().stream().map(StatisticsTable::id).collect(Collectors.joining(",")));
        details.put("format", format == null ? "TABLES" : format.name());
        return details;
    }
}
