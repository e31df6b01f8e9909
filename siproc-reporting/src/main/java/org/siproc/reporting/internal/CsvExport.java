package org.siproc.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.reporting.Cell;
import org.siproc.reporting.Report;
import org.siproc.reporting.StatisticsTable;

/**
 * CSV export with Apache Commons CSV (RFC 4180). A whole report is written in long form, one line per cell, so that
 * tables of different shapes share one header and the file pivots in any spreadsheet; one table can also be written
 * as the grid people read.
 */
public final class CsvExport {
    /** The header of the long form. */
    public static final List<String> HEADER = List.of("table", "title", "row_key", "row_label", "column",
            "column_label", "value");
    /** Joins the codes (and labels) of a row with two row dimensions. */
    public static final String KEY_SEPARATOR = "/";

    private CsvExport() {
    }

    /** The report in long form, UTF-8 with a byte-order mark (spreadsheet programs need it to read the accents). */
    public static void report(Report report, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .get());
        for (StatisticsTable table : report.tables()) {
            String title = table.title().in(locale);
            List<StatisticsTable.Row> rows = new ArrayList<>(table.rows());
            if (table.totals() != null) {
                rows.add(table.totals());
            }
            for (StatisticsTable.Row row : rows) {
                String rowKey = String.join(KEY_SEPARATOR, row.key());
                String rowLabel = String.join(" " + KEY_SEPARATOR + " ", row.labels().stream().map(l -> l.in(locale)).toList());
                for (int c = 0; c < table.columns().size(); c++) {
                    StatisticsTable.Column column = table.columns().get(c);
                    printer.printRecord(table.id(), title, rowKey, rowLabel, column.key(), column.label().in(locale),
                            row.cell(c).display());
                }
                if (row.total() != null) {
                    printer.printRecord(table.id(), title, rowKey, rowLabel, StatisticsTable.TOTAL,
                            Labels.TOTAL.in(locale), row.total().display());
                }
            }
        }
        printer.flush();
    }

    /** One table as a grid. */
    public static void table(StatisticsTable table, Locale locale, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        table.rowHeaders().forEach(h -> header.add(h.in(locale)));
        table.columns().forEach(c -> header.add(c.label().in(locale)));
        boolean rowTotals = table.hasRowTotals();
        if (rowTotals) {
            header.add(Labels.TOTAL.in(locale));
        }
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get());
        List<StatisticsTable.Row> rows = new ArrayList<>(table.rows());
        if (table.totals() != null) {
            rows.add(table.totals());
        }
        for (StatisticsTable.Row row : rows) {
            List<String> record = new ArrayList<>();
            boolean totals = row == table.totals();
            for (int i = 0; i < row.labels().size(); i++) {
                LocalizedText label = row.labels().get(i);
                record.add(totals && i > 0 ? "" : label.in(locale));
            }
            row.cells().forEach(c -> record.add(c.display()));
            if (rowTotals) {
                Cell total = row.total();
                record.add(total == null ? "" : total.display());
            }
            printer.printRecord(record);
        }
        printer.flush();
    }
}
