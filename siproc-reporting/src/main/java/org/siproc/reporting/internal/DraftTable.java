package org.siproc.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.reporting.Cell;
import org.siproc.reporting.Indicator;
import org.siproc.reporting.StatisticsTable;

/**
 * Value: the layout of a table before disclosure control, its cells naming aggregates by {@link CellKey} instead of
 * holding numbers. Rendering resolves the keys to counts, or to suppressed cells.
 */
public record DraftTable(Indicator indicator, List<String> rowDimensions, List<LocalizedText> rowHeaders,
                         String columnDimension, List<StatisticsTable.Column> columns, Map<String, String> slice,
                         List<DraftRow> rows, @Nullable DraftRow totals, @Nullable LocalizedText note) {

    public DraftTable {
        rowDimensions = List.copyOf(rowDimensions);
        rowHeaders = List.copyOf(rowHeaders);
        columns = List.copyOf(columns);
        slice = Map.copyOf(slice);
        rows = List.copyOf(rows);
    }

    /** A cell of a draft: an aggregate by key, or an amount derived from aggregates. */
    public sealed interface DraftCell permits Ref, Derived {
    }

    /** The aggregate with this key. */
    public record Ref(CellKey key) implements DraftCell {
    }

    /**
     * An amount computed from aggregates (a median over the cases counted by {@code dependsOn}, a share): withheld
     * whenever one of them is, since it would give them away. NaN means there was nothing to measure.
     */
    public record Derived(double value, int decimals, List<CellKey> dependsOn) implements DraftCell {
        public Derived {
            dependsOn = List.copyOf(dependsOn);
        }
    }

    /** A row of a draft. */
    public record DraftRow(List<String> key, List<LocalizedText> labels, List<DraftCell> cells,
                           @Nullable DraftCell total) {
        public DraftRow {
            key = List.copyOf(key);
            labels = List.copyOf(labels);
            cells = List.copyOf(cells);
        }
    }

    /**
     * The table with numbers.
     *
     * @param values     every aggregate's value
     * @param suppressed the aggregates to withhold (empty for an internal table)
     * @param published  whether the table is for publication
     */
    public StatisticsTable render(Map<CellKey, Long> values, Set<CellKey> suppressed, boolean published) {
        List<StatisticsTable.Row> rendered = new ArrayList<>();
        for (DraftRow row : rows) {
            rendered.add(render(row, values, suppressed));
        }
        return new StatisticsTable(indicator.id(), indicator.title(), rowDimensions, rowHeaders, columnDimension,
                columns, slice, rendered, totals == null ? null : render(totals, values, suppressed), published, note);
    }

    private static StatisticsTable.Row render(DraftRow row, Map<CellKey, Long> values, Set<CellKey> suppressed) {
        List<Cell> cells = new ArrayList<>();
        for (DraftCell cell : row.cells()) {
            cells.add(render(cell, values, suppressed));
        }
        return new StatisticsTable.Row(row.key(), row.labels(), cells,
                row.total() == null ? null : render(row.total(), values, suppressed));
    }

    private static Cell render(DraftCell cell, Map<CellKey, Long> values, Set<CellKey> suppressed) {
        if (cell instanceof Ref ref) {
            if (suppressed.contains(ref.key())) {
                return Cell.suppressed();
            }
            Long value = values.get(ref.key());
            if (value == null) {
                throw new IllegalStateException("no value for " + ref.key());
            }
            return Cell.count(value);
        }
        Derived derived = (Derived) cell;
        if (derived.dependsOn().stream().anyMatch(suppressed::contains)) {
            return Cell.suppressed();
        }
        return Double.isNaN(derived.value()) ? Cell.notAvailable() : new Cell.Amount(derived.value(), derived.decimals());
    }
}
