package org.siproc.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Value: a table in the shape chart libraries draw (Chart.js's {@code data: {labels, datasets}}): one label per
 * row, one dataset per column, totals left out. A suppressed or unavailable cell is {@code null}, which chart
 * libraries draw as a gap, never as zero; {@link Dataset#markers()} says which it was, for tooltips.
 *
 * @param tableId    the table's id
 * @param title      the table's title in the chosen language
 * @param published  whether the table passed disclosure control
 * @param labels     one per row: the row's labels, joined by " / " for two row dimensions
 * @param datasets   one per column
 */
public record ChartSeries(String tableId, String title, boolean published, List<String> labels,
                          List<Dataset> datasets) {

    public ChartSeries {
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(title, "title");
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
    }

    /**
     * One series of values.
     *
     * @param key     the column's code
     * @param label   the column's label
     * @param data    one value per label; null where the cell was suppressed or had nothing to measure
     * @param markers one per label: null for a number, else the cell's marker ({@value Cell#SUPPRESSED_MARKER} or
     *                {@value Cell#NOT_AVAILABLE_MARKER})
     */
    public record Dataset(String key, String label, List<@Nullable Number> data, List<@Nullable String> markers) {
        public Dataset {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            // List.copyOf refuses nulls, and nulls are the point here.
            data = Collections.unmodifiableList(new ArrayList<>(data));
            markers = Collections.unmodifiableList(new ArrayList<>(markers));
            if (data.size() != markers.size()) {
                throw new IllegalArgumentException("one marker per value");
            }
        }
    }

    /** The series of a table, labelled in {@code locale}'s language. */
    public static ChartSeries of(StatisticsTable table, Locale locale) {
        List<String> labels = table.rows().stream()
                .map(r -> r.labels().stream().map(l -> l.in(locale)).collect(Collectors.joining(" / "))).toList();
        List<Dataset> datasets = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            List<@Nullable Number> data = new ArrayList<>();
            List<@Nullable String> markers = new ArrayList<>();
            for (StatisticsTable.Row row : table.rows()) {
                Cell cell = row.cell(c);
                Number number = cell.number();
                data.add(number);
                markers.add(number == null ? cell.display() : null);
            }
            StatisticsTable.Column column = table.columns().get(c);
            datasets.add(new Dataset(column.key(), column.label().in(locale), data, markers));
        }
        return new ChartSeries(table.id(), table.title().in(locale), table.published(), labels, datasets);
    }
}
