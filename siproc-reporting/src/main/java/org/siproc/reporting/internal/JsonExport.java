package org.siproc.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.reporting.Cell;
import org.siproc.reporting.Report;
import org.siproc.reporting.ReportRequest;
import org.siproc.reporting.StatisticsTable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON export with Jackson: the report's scope and protection, then its tables with codes and labels. A cell is a
 * JSON number, or the string marker of a suppressed ({@code "x"}) or unavailable ({@code ".."}) cell; amounts are
 * rounded to the decimals people see.
 */
public final class JsonExport {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonExport() {
    }

    public static void report(Report report, Locale locale, OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), tree(report, locale));
        out.flush();
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(Report report, Locale locale) {
        ReportRequest r = report.request();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("generatedAt", report.generatedAt().toString());
        root.put("from", r.from().toString());
        root.put("to", r.to().toString());
        putNullable(root, "office", r.office() == null ? null : r.office().value());
        putNullable(root, "caseType", r.caseType());
        ArrayNode bands = root.putArray("ageBands");
        r.ageBands().forEach(bands::add);
        root.put("release", r.release().name());
        root.put("published", report.published());
        root.put("disclosureThreshold", report.disclosureThreshold());
        root.put("language", locale.getLanguage().isEmpty() ? "es" : locale.getLanguage());
        ObjectNode markers = root.putObject("markers");
        markers.put("suppressed", Cell.SUPPRESSED_MARKER);
        markers.put("notAvailable", Cell.NOT_AVAILABLE_MARKER);
        ArrayNode tables = root.putArray("tables");
        for (StatisticsTable table : report.tables()) {
            tables.add(table(table, locale));
        }
        return root;
    }

    private static ObjectNode table(StatisticsTable table, Locale locale) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", table.id());
        node.put("title", table.title().in(locale));
        node.put("published", table.published());
        putNullable(node, "note", table.note() == null ? null : table.note().in(locale));
        ArrayNode dimensions = node.putArray("rowDimensions");
        table.rowDimensions().forEach(dimensions::add);
        ArrayNode headers = node.putArray("rowHeaders");
        table.rowHeaders().forEach(h -> headers.add(h.in(locale)));
        node.put("columnDimension", table.columnDimension());
        ObjectNode slice = node.putObject("slice");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(table.slice()).entrySet()) {
            slice.put(e.getKey(), e.getValue());
        }
        ArrayNode columns = node.putArray("columns");
        for (StatisticsTable.Column column : table.columns()) {
            ObjectNode c = columns.addObject();
            c.put("key", column.key());
            c.put("label", column.label().in(locale));
        }
        ArrayNode rows = node.putArray("rows");
        table.rows().forEach(row -> rows.add(row(row, locale)));
        if (table.totals() == null) {
            node.putNull("totals");
        } else {
            node.set("totals", row(table.totals(), locale));
        }
        return node;
    }

    private static ObjectNode row(StatisticsTable.Row row, Locale locale) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode key = node.putArray("key");
        row.key().forEach(key::add);
        ArrayNode labels = node.putArray("labels");
        row.labels().forEach(l -> labels.add(l.in(locale)));
        ArrayNode cells = node.putArray("cells");
        row.cells().forEach(c -> add(cells, c));
        if (row.total() == null) {
            node.putNull("total");
        } else {
            ArrayNode holder = MAPPER.createArrayNode();
            add(holder, row.total());
            node.set("total", holder.get(0));
        }
        return node;
    }

    private static void add(ArrayNode array, Cell cell) {
        if (cell instanceof Cell.Count count) {
            array.add(count.value());
        } else if (cell instanceof Cell.Amount amount) {
            array.add(BigDecimal.valueOf(amount.value()).setScale(amount.decimals(), RoundingMode.HALF_UP));
        } else {
            array.add(cell.display());
        }
    }

    private static void putNullable(ObjectNode node, String name, @Nullable String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    /** Keeps Jackson from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
