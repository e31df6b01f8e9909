package org.siproc.web.ui;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import org.siproc.reporting.ExportFormat;
import org.siproc.reporting.Release;
import org.siproc.reporting.Report;
import org.siproc.reporting.ReportRequest;
import org.siproc.web.StatisticsReports;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Statistics with charts, and their download as CSV, XLSX or JSON, from {@code siproc-reporting}: the observatory
 * gets the published (disclosure-controlled) tables, staff the internal ones, a consulate its own office. Who may
 * see what is decided by the reporting use case; every report and export is audited there.
 */
@Controller
class StatisticsController {

    private final StatisticsReports statistics;
    private final StatisticsView view;

    StatisticsController(StatisticsReports statistics, StatisticsView view) {
        this.statistics = statistics;
        this.view = view;
    }

    @GetMapping("/statistics")
    String page(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @Nullable LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @Nullable LocalDate to, Model model) {
        LocalDate last = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
        LocalDate first = from == null ? last.minusMonths(6) : from;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        statistics.available().ifPresentOrElse(
                reports -> {
                    Report report = reports.build(actor, request(actor, first, last));
                    model.addAttribute("report", report);
                    model.addAttribute("charts", view.charts(report.tables()));
                },
                () -> model.addAttribute("unavailable", true));
        return "statistics";
    }

    @GetMapping("/statistics/export.{format}")
    ResponseEntity<byte[]> export(Actor actor, @PathVariable String format,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws java.io.IOException {
        ExportFormat exportFormat = switch (format) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            case "json" -> ExportFormat.JSON;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        var reports = statistics.available()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report report = reports.export(actor, request(actor, from, to), exportFormat, LocaleContextHolder.getLocale(), out);
        String name = "siproc-" + (report.published() ? "published" : "internal") + "-" + from + "-" + to + "."
                + exportFormat.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    /** Observers ask for the published release; staff for the internal one, a consulate for its own office. */
    static ReportRequest request(Actor actor, LocalDate from, LocalDate to) {
        Release release = actor.role() == Role.OBSERVER ? Release.PUBLISHED : Release.INTERNAL;
        return ReportRequest.forDays(from, to, ZoneOffset.UTC, release).inOffice(actor.office());
    }
}
