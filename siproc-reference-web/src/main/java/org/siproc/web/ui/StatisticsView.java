package org.siproc.web.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.siproc.reporting.StatisticsTable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A statistics table as the chart script reads it from {@code data-*} attributes (no inline script): row labels,
 * column labels and one series of numbers per column, suppressed cells as gaps.
 */
@Component
public class StatisticsView {

    /** A table with its chart data as JSON text. */
    public record Chart(StatisticsTable table, String labels, String names, String series) {
    }

    public List<Chart> charts(List<StatisticsTable> tables) {
        return tables.stream().map(t -> new Chart(t, rowLabels(t), columnLabels(t), series(t))).toList();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The rows worth a bar: those with some non-zero number (a table by office lists every office). */
    private static List<StatisticsTable.Row> charted(StatisticsTable table) {
        return table.rows().stream().filter(r -> r.cells().stream()
                .anyMatch(c -> c.number() != null && c.number().doubleValue() != 0)).toList();
    }

    public String rowLabels(StatisticsTable table) {
        Locale locale = LocaleContextHolder.getLocale();
        return JSON.writeValueAsString(charted(table).stream()
                .map(r -> String.join(" · ", r.labels().stream().map(l -> l.in(locale)).toList())).toList());
    }

    public String columnLabels(StatisticsTable table) {
        Locale locale = LocaleContextHolder.getLocale();
        return JSON.writeValueAsString(table.columns().stream().map(c -> c.label().in(locale)).toList());
    }

    public String series(StatisticsTable table) {
        List<List<Number>> series = new ArrayList<>();
        for (int column = 0; column < table.columns().size(); column++) {
            List<Number> values = new ArrayList<>();
            for (StatisticsTable.Row row : charted(table)) {
                values.add(row.cell(column).number());
            }
            series.add(values);
        }
        return JSON.writeValueAsString(series);
    }
}
