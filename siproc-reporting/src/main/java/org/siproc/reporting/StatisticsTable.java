package org.siproc.reporting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.LocalizedText;

/**
 * Value: one statistics table of a {@link Report}, with its rows, columns, totals and whether it was prepared for
 * publication (and so passed disclosure control).
 *
 * <p>Rows are keyed by the codes of one or two row dimensions (an office code, a case type and subtype); columns by
 * the codes of the column dimension (a measure such as {@code OPENED}, a case type, a referral outcome). The codes
 * make a table machine-readable; the labels make it readable. Totals are given only where they mean something:
 * {@link #totals()} is null for a multi-valued dimension (a case counts under each of its vulnerability flags, so a
 * column does not add up to the number of cases), and {@link Row#total()} is null when the columns are different
 * measures.
 *
 * @param id              a stable identifier, e.g. {@code cases-by-office} (see {@link Indicator})
 * @param title           the title in Spanish and English
 * @param rowDimensions   the codes of the row dimensions, e.g. {@code [CASE_TYPE, CASE_SUBTYPE]}
 * @param rowHeaders      their labels, one per row dimension
 * @param columnDimension the code of what the columns are, e.g. {@code MEASURE}, {@code CASE_TYPE}, {@code OUTCOME}
 * @param columns         the columns, in order
 * @param slice           what every cell of the table shares, e.g. {@code {UNIT=CASES, MEASURE=OPENED}}; lets a
 *                        reader link the cells of one table to those of another
 * @param rows            the rows, in order
 * @param totals          the column totals (and the grand total as its {@link Row#total()}), or null when
 *                        columns do not add up
 * @param published       whether the table was prepared for publication: disclosure control applied
 * @param note            what a reader must know to read it right (e.g. why there is no total), or null
 */
public record StatisticsTable(String id, LocalizedText title, List<String> rowDimensions,
                              List<LocalizedText> rowHeaders, String columnDimension, List<Column> columns,
                              Map<String, String> slice, List<Row> rows, @Nullable Row totals, boolean published,
                              @Nullable LocalizedText note) {

    /** The code of the key and label of the totals row and column. */
    public static final String TOTAL = "TOTAL";

    public StatisticsTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        rowDimensions = List.copyOf(rowDimensions);
        rowHeaders = List.copyOf(rowHeaders);
        Objects.requireNonNull(columnDimension, "columnDimension");
        columns = List.copyOf(columns);
        slice = Map.copyOf(slice);
        rows = List.copyOf(rows);
        if (rowDimensions.isEmpty() || rowHeaders.size() != rowDimensions.size()) {
            throw new IllegalArgumentException("one header per row dimension, at least one");
        }
        for (Row row : rows) {
            check(row, rowDimensions.size(), columns.size());
        }
        if (totals != null) {
            check(totals, rowDimensions.size(), columns.size());
        }
    }

    private static void check(Row row, int keys, int cells) {
        if (row.key().size() != keys || row.cells().size() != cells) {
            throw new IllegalArgumentException("row " + row.key() + " must have " + keys + " key(s) and " + cells
                    + " cell(s)");
        }
    }

    /** A column: its code and label. */
    public record Column(String key, LocalizedText label) {
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A row: its key (one code per row dimension), labels, cells and row total.
     *
     * @param total the row total, or null when the columns do not add up (different measures)
     */
    public record Row(List<String> key, List<LocalizedText> labels, List<Cell> cells, @Nullable Cell total) {
        public Row {
            key = List.copyOf(key);
            labels = List.copyOf(labels);
            cells = List.copyOf(cells);
            if (labels.size() != key.size()) {
                throw new IllegalArgumentException("one label per key");
            }
        }

        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    /** Whether the rows carry row totals. */
    public boolean hasRowTotals() {
        return !rows.isEmpty() ? rows.get(0).total() != null : totals != null && totals.total() != null;
    }

    /** The index of the column with this code. */
    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + id + " has no column " + key);
    }

    /** The row with this key, if the table has one. */
    public Optional<Row> row(String... key) {
        List<String> wanted = List.of(key);
        return rows.stream().filter(r -> r.key().equals(wanted)).findFirst();
    }

    /** The cell at a row key and column code; the row {@link #TOTAL} names the totals row. */
    public Cell cell(List<String> rowKey, String column) {
        int index = columnIndex(column);
        if (rowKey.size() == 1 && rowKey.get(0).equals(TOTAL) && totals != null) {
            return totals.cells().get(index);
        }
        return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("table " + id + " has no row " + rowKey))
                .cells().get(index);
    }

    /** Whether any cell, row total or total of this table was suppressed. */
    public boolean hasSuppressedCells() {
        return rows.stream().anyMatch(StatisticsTable::suppressedIn) || (totals != null && suppressedIn(totals));
    }

    private static boolean suppressedIn(Row row) {
        return row.cells().stream().anyMatch(Cell::isSuppressed) || (row.total() != null && row.total().isSuppressed());
    }
}
