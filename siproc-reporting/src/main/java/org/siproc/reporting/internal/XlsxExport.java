package org.siproc.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.reporting.Cell;
import org.siproc.reporting.Release;
import org.siproc.reporting.Report;
import org.siproc.reporting.ReportRequest;
import org.siproc.reporting.StatisticsTable;

/**
 * XLSX export with Apache POI: a contents sheet (what the report covers, how it was protected, what the markers
 * mean, the list of tables), then one sheet per table named by its id. Each table sheet has its header on the first
 * row, frozen; counts and amounts are numeric cells; suppressed and unavailable cells are text markers, right-aligned.
 * The title and note of the table follow it, after an empty row.
 */
public final class XlsxExport {
    /** The name of the first sheet. */
    public static final String CONTENTS_SHEET = "index";

    private XlsxExport() {
    }

    public static void report(Report report, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet contents = workbook.createSheet(CONTENTS_SHEET);
            List<String> sheetNames = new ArrayList<>();
            Set<String> used = new HashSet<>(Set.of(CONTENTS_SHEET));
            for (StatisticsTable table : report.tables()) {
                String name = WorkbookUtil.createSafeSheetName(table.id());
                for (int i = 2; !used.add(name); i++) {
                    name = WorkbookUtil.createSafeSheetName(table.id().substring(0, Math.min(28, table.id().length())) + "-" + i);
                }
                sheetNames.add(name);
                table(workbook.createSheet(name), table, locale, styles);
            }
            contents(contents, report, sheetNames, locale, styles);
            workbook.write(out);
        }
        out.flush();
    }

    private static void contents(Sheet sheet, Report report, List<String> sheetNames, Locale locale, Styles styles) {
        ReportRequest r = report.request();
        boolean es = !locale.getLanguage().equals("en");
        int n = 0;
        text(sheet.createRow(n++), 0, es ? "SIPROC — Informe estadístico" : "SIPROC — Statistics report", styles.bold);
        pair(sheet.createRow(n++), es ? "Desde" : "From", r.from().toString());
        pair(sheet.createRow(n++), es ? "Hasta (excluido)" : "To (exclusive)", r.to().toString());
        pair(sheet.createRow(n++), es ? "Oficina" : "Office", r.office() == null ? (es ? "Todas" : "All") : r.office().value());
        pair(sheet.createRow(n++), es ? "Tipo de caso" : "Case type", r.caseType() == null ? (es ? "Todos" : "All") : r.caseType());
        pair(sheet.createRow(n++), es ? "Generado" : "Generated", report.generatedAt().toString());
        pair(sheet.createRow(n++), es ? "Difusión" : "Release", r.release() == Release.PUBLISHED
                ? (es ? "Publicable: con control de divulgación" : "For publication: disclosure-controlled")
                : (es ? "Interno: cifras exactas, no difundir" : "Internal: exact counts, not for publication"));
        if (report.published()) {
            pair(sheet.createRow(n++), es ? "Umbral" : "Threshold", (es ? "se suprimen las cifras de 1 a "
                    : "counts from 1 to ") + (report.disclosureThreshold() - 1)
                    + (es ? " y las que permitirían deducirlas" : " are suppressed, and those that would give them away"));
        }
        pair(sheet.createRow(n++), Cell.SUPPRESSED_MARKER, es ? "dato suprimido (control de divulgación)"
                : "suppressed (disclosure control)");
        pair(sheet.createRow(n++), Cell.NOT_AVAILABLE_MARKER, es ? "sin datos que medir" : "nothing to measure");
        n++;
        Row header = sheet.createRow(n++);
        text(header, 0, es ? "Hoja" : "Sheet", styles.bold);
        text(header, 1, es ? "Tabla" : "Table", styles.bold);
        text(header, 2, es ? "Nota" : "Note", styles.bold);
        for (int i = 0; i < report.tables().size(); i++) {
            StatisticsTable table = report.tables().get(i);
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(sheetNames.get(i));
            row.createCell(1).setCellValue(table.title().in(locale));
            if (table.note() != null) {
                row.createCell(2).setCellValue(table.note().in(locale));
            }
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }

    private static void table(Sheet sheet, StatisticsTable table, Locale locale, Styles styles) {
        boolean rowTotals = table.hasRowTotals();
        int keys = table.rowDimensions().size();
        Row header = sheet.createRow(0);
        int c = 0;
        for (LocalizedText h : table.rowHeaders()) {
            text(header, c++, h.in(locale), styles.header);
        }
        for (StatisticsTable.Column column : table.columns()) {
            text(header, c++, column.label().in(locale), styles.header);
        }
        if (rowTotals) {
            text(header, c, Labels.TOTAL.in(locale), styles.header);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (StatisticsTable.Row row : table.rows()) {
            write(sheet.createRow(r++), row, keys, rowTotals, locale, styles, false);
        }
        if (table.totals() != null) {
            write(sheet.createRow(r++), table.totals(), keys, rowTotals, locale, styles, true);
        }
        r++;
        text(sheet.createRow(r++), 0, table.title().in(locale), styles.bold);
        if (table.note() != null) {
            sheet.createRow(r++).createCell(0).setCellValue(table.note().in(locale));
        }
        for (int i = 0; i < keys; i++) {
            sheet.setColumnWidth(i, 40 * 256);
        }
        for (int i = keys; i < keys + table.columns().size() + 1; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    private static void write(Row target, StatisticsTable.Row row, int keys, boolean rowTotals, Locale locale,
                              Styles styles, boolean totals) {
        for (int i = 0; i < keys; i++) {
            String label = totals && i > 0 ? "" : row.labels().get(i).in(locale);
            text(target, i, label, totals ? styles.bold : null);
        }
        int c = keys;
        for (Cell cell : row.cells()) {
            value(target, c++, cell, styles, totals);
        }
        if (rowTotals && row.total() != null) {
            value(target, c, row.total(), styles, true);
        }
    }

    private static void value(Row target, int column, Cell cell, Styles styles, boolean bold) {
        org.apache.poi.ss.usermodel.Cell x = target.createCell(column);
        if (cell instanceof Cell.Count count) {
            x.setCellValue(count.value());
            x.setCellStyle(bold ? styles.boldInteger : styles.integer);
        } else if (cell instanceof Cell.Amount amount) {
            x.setCellValue(amount.value());
            x.setCellStyle(bold ? styles.boldDecimal : styles.decimal);
        } else {
            x.setCellValue(cell.display());
            x.setCellStyle(styles.marker);
        }
    }

    private static void text(Row row, int column, String value, @Nullable CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void pair(Row row, String name, String value) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(value);
    }

    /** The few styles of the workbook, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle bold;
        final CellStyle integer;
        final CellStyle boldInteger;
        final CellStyle decimal;
        final CellStyle boldDecimal;
        final CellStyle marker;

        Styles(XSSFWorkbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            boldInteger = workbook.createCellStyle();
            boldInteger.cloneStyleFrom(integer);
            boldInteger.setFont(boldFont);
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.0"));
            boldDecimal = workbook.createCellStyle();
            boldDecimal.cloneStyleFrom(decimal);
            boldDecimal.setFont(boldFont);
            marker = workbook.createCellStyle();
            marker.setAlignment(HorizontalAlignment.RIGHT);
        }
    }
}
