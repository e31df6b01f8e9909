package org.siproc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Reads numbers out of tables in tests. */
final class TableAssertions {
    private TableAssertions() {
    }

    /** The count at a row and column; the row {@code TOTAL} is the totals row. */
    static long count(StatisticsTable table, String column, String... rowKey) {
        Cell cell = table.cell(List.of(rowKey), column);
        assertThat(cell).as("%s %s %s", table.id(), List.of(rowKey), column).isInstanceOf(Cell.Count.class);
        return ((Cell.Count) cell).value();
    }

    /** The row total of a row, or of the totals row (the grand total). */
    static long rowTotal(StatisticsTable table, String... rowKey) {
        StatisticsTable.Row row = List.of(rowKey).equals(List.of(StatisticsTable.TOTAL)) ? table.totals()
                : table.row(rowKey).orElseThrow();
        assertThat(row.total()).isInstanceOf(Cell.Count.class);
        return ((Cell.Count) row.total()).value();
    }

    static double amount(StatisticsTable table, String column, String... rowKey) {
        Cell cell = table.cell(List.of(rowKey), column);
        assertThat(cell).isInstanceOf(Cell.Amount.class);
        return ((Cell.Amount) cell).value();
    }

    /** The column's counts, row by row (without totals). */
    static List<Long> column(StatisticsTable table, String column) {
        int index = table.columnIndex(column);
        List<Long> values = new ArrayList<>();
        for (StatisticsTable.Row row : table.rows()) {
            values.add(((Cell.Count) row.cell(index)).value());
        }
        return values;
    }

    static List<List<String>> rowKeys(StatisticsTable table) {
        return table.rows().stream().map(StatisticsTable.Row::key).toList();
    }
}
