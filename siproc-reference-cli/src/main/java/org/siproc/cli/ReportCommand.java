package org.siproc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.reporting.Cell;
import org.siproc.reporting.ExportFormat;
import org.siproc.reporting.Exports;
import org.siproc.reporting.Indicator;
import org.siproc.reporting.Release;
import org.siproc.reporting.Report;
import org.siproc.reporting.ReportRequest;
import org.siproc.reporting.StatisticsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code siproc report}: the statistics of the reporting module for a period, internal or published (disclosure
 * control: no identifiers, age in groups, small cells suppressed with complementary suppression). Aggregated in the
 * database; every report handed out is audited.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends CliCommand {

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd")
    @Nullable LocalDate from;
    @Option(names = "--to", required = true, paramLabel = "yyyy-MM-dd")
    @Nullable LocalDate to;
    @Option(names = "--in-office")
    @Nullable String office;
    @Option(names = "--type")
    @Nullable String type;
    @Option(names = "--published")
    boolean published;
    @Option(names = "--indicator", paramLabel = "ID")
    List<String> indicators = new ArrayList<>();
    @Option(names = "--out", paramLabel = "FILE")
    @Nullable Path out;

    @Override
    public Integer call() throws IOException {
        Set<Indicator> wanted = EnumSet.noneOf(Indicator.class);
        for (String id : indicators) {
            try {
                wanted.add(Indicator.byId(id));
            } catch (IllegalArgumentException e) {
                throw new SiprocCli.UsageException("usage.indicator", id,
                        String.join(", ", EnumSet.allOf(Indicator.class).stream().map(Indicator::id).toList()));
            }
        }
        requirePeriod(from, to);
        ReportRequest days = ReportRequest.forDays(java.util.Objects.requireNonNull(from),
                java.util.Objects.requireNonNull(to), ZoneOffset.UTC, published ? Release.PUBLISHED : Release.INTERNAL);
        ReportRequest request = new ReportRequest(days.from(), days.to(), office == null ? null : OfficeCode.of(office),
                type, ReportRequest.DEFAULT_AGE_BANDS, days.release(), wanted);
        Locale locale = cli().locale();
        Session session = session();
        if (out != null) {
            ExportFormat format = byExtension(out);
            Actor actor = actor();
            try (OutputStream stream = Files.newOutputStream(out)) {
                session.reports.export(actor, request, format, locale, stream);
            } catch (IOException e) {
                throw new SiprocCli.DataException("out", e, "data.cannotWrite", out, String.valueOf(e.getMessage()));
            }
            Map<String, Object> m = Output.fields();
            m.put("file", out.toString());
            m.put("format", format.name());
            m.put("release", request.release().name());
            output().object(m);
            return SiprocCli.OK;
        }
        Report report = session.reports.build(actor(), request);
        switch (cli().format) {
            case JSON, CSV -> {
                // The reporting module's own JSON and CSV (the same files the web UI offers for download), decoded
                // whole: a character is never split between two writes.
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Exports.write(report, cli().format == SiprocCli.Format.JSON ? ExportFormat.JSON : ExportFormat.CSV,
                        locale, bytes);
                spec().commandLine().getOut().println(bytes.toString(StandardCharsets.UTF_8));
                spec().commandLine().getOut().flush();
            }
            case TABLE -> {
                for (StatisticsTable table : report.tables()) {
                    spec().commandLine().getOut().println();
                    spec().commandLine().getOut().println("== " + table.title().in(locale)
                            + (table.published() ? " (" + cli().message("out.published") + ")" : ""));
                    output().rows(rows(table, locale), cli().message("out.noData"));
                }
            }
        }
        return SiprocCli.OK;
    }

    private static List<Map<String, Object>> rows(StatisticsTable table, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<StatisticsTable.Row> all = new ArrayList<>(table.rows());
        if (table.totals() != null) {
            all.add(table.totals());
        }
        for (StatisticsTable.Row row : all) {
            Map<String, Object> m = Output.fields();
            for (int i = 0; i < table.rowHeaders().size(); i++) {
                m.put(table.rowHeaders().get(i).in(locale), row.labels().get(i).in(locale));
            }
            for (int i = 0; i < table.columns().size(); i++) {
                m.put(table.columns().get(i).label().in(locale), cell(row.cells().get(i)));
            }
            if (row.total() != null) {
                m.put("Total", cell(row.total()));
            }
            rows.add(m);
        }
        return rows;
    }

    private static String cell(Cell cell) {
        if (cell instanceof Cell.Count c) {
            return Long.toString(c.value());
        }
        if (cell instanceof Cell.Amount a) {
            return String.format(Locale.ROOT, "%." + a.decimals() + "f", a.value());
        }
        return cell instanceof Cell.Suppressed ? Cell.SUPPRESSED_MARKER : Cell.NOT_AVAILABLE_MARKER;
    }

    /** A period given by {@code --from} and {@code --to} (either may be missing) must not end before it starts. */
    static void requirePeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new SiprocCli.UsageException("usage.period", from, to);
        }
    }

    private static ExportFormat byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (name.endsWith("." + f.extension())) {
                return f;
            }
        }
        throw new SiprocCli.UsageException("usage.reportOut", file);
    }
}
