package org.siproc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Locale;
import org.siproc.reporting.internal.CsvExport;
import org.siproc.reporting.internal.JsonExport;
import org.siproc.reporting.internal.XlsxExport;

/**
 * Writes reports to files: CSV, XLSX and JSON. Suppressed cells appear as {@value Cell#SUPPRESSED_MARKER} and cells
 * with nothing to measure as {@value Cell#NOT_AVAILABLE_MARKER} in every format; numbers use a dot as decimal
 * separator in CSV and JSON, and are typed numbers in XLSX. Labels are in {@code locale}'s language (Spanish when
 * none is given in it). The formats are described in {@code docs/reporting.md}. Streams are flushed, not closed.
 *
 * <p>These functions only format what they are given: access control and the audit entry belong to
 * {@link Reports}, which hands out the report (or calls them itself in {@link Reports#export}).
 */
public final class Exports {
    private Exports() {
    }

    /** The report in a format. */
    public static void write(Report report, ExportFormat format, Locale locale, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> CsvExport.report(report, locale, out);
            case XLSX -> XlsxExport.report(report, locale, out);
            case JSON -> JsonExport.report(report, locale, out);
        }
    }

    /**
     * One table as a CSV grid, as people read it: a header row (row dimensions, columns, "Total"), one line per row,
     * the totals line. RFC 4180, CRLF line ends, no byte-order mark (the writer decides the encoding).
     */
    public static void csvTable(StatisticsTable table, Locale locale, Writer out) throws IOException {
        CsvExport.table(table, locale, out);
    }
}
