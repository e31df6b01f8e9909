package org.siproc.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a command's result in the chosen format. A result is a record-like map (one object) or a list of maps
 * (rows), with strings, numbers, booleans, nested maps and lists as values:
 * <ul>
 * <li>{@code table}: one object as aligned {@code name: value} lines, nested lists indented below their name;
 * rows as a column table;</li>
 * <li>{@code json}: the same structure as JSON (the stable form for scripts);</li>
 * <li>{@code csv}: rows as RFC 4180 CSV with a header line; one object as {@code field,value} lines (nested values
 * as JSON).</li>
 * </ul>
 */
final class Output {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SiprocCli.Format format;
    private final PrintWriter out;

    Output(SiprocCli.Format format, PrintWriter out) {
        this.format = format;
        this.out = out;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Prints one object. */
    void object(Map<String, ?> value) {
        switch (format) {
            case JSON -> out.println(json(value));
            case CSV -> {
                out.print("field,value\r\n");
                value.forEach((k, v) -> out.print(csv(k) + "," + csv(v instanceof Map || v instanceof Collection
                        ? json(v).replaceAll("\\s*\\n\\s*", " ") : text(v)) + "\r\n"));
            }
            case TABLE -> printObject(value, "");
        }
        out.flush();
    }

    /**
     * Prints rows; {@code empty} is the line a person sees when there are none, {@code header} the CSV header
     * printed then (with rows, the header comes from their fields).
     */
    void rows(List<? extends Map<String, ?>> rows, String empty, String... header) {
        switch (format) {
            case JSON -> out.println(json(rows));
            case CSV -> {
                List<String> columns = rows.isEmpty() ? List.of(header) : columns(rows);
                out.print(columns.stream().map(Output::csv).collect(Collectors.joining(",")) + "\r\n");
                for (Map<String, ?> row : rows) {
                    out.print(columns.stream().map(c -> csv(text(row.get(c)))).collect(Collectors.joining(","))
                            + "\r\n");
                }
            }
            case TABLE -> {
                if (rows.isEmpty()) {
                    out.println(empty);
                } else {
                    table(rows, "");
                }
            }
        }
        out.flush();
    }

    private void printObject(Map<String, ?> value, String indent) {
        int width = value.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, ?> e : value.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Collection<?> list) {
                out.println(indent + e.getKey() + ":" + (list.isEmpty() ? " -" : ""));
                if (!list.isEmpty() && list.iterator().next() instanceof Map) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, ?>> rows = new ArrayList<>((Collection<Map<String, ?>>) list);
                    table(rows, indent + "  ");
                } else {
                    list.forEach(item -> out.println(indent + "  - " + text(item)));
                }
            } else if (v instanceof Map<?, ?> map) {
                out.println(indent + e.getKey() + ":");
                @SuppressWarnings("unchecked")
                Map<String, ?> nested = (Map<String, ?>) map;
                printObject(nested, indent + "  ");
            } else {
                out.println(indent + pad(e.getKey() + ":", width + 1) + " " + text(v));
            }
        }
    }

    private void table(List<? extends Map<String, ?>> rows, String indent) {
        List<String> columns = columns(rows);
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (Map<String, ?> row : rows) {
                widths[i] = Math.max(widths[i], cell(row.get(columns.get(i))).length());
            }
        }
        StringBuilder header = new StringBuilder(indent);
        StringBuilder rule = new StringBuilder(indent);
        for (int i = 0; i < columns.size(); i++) {
            header.append(pad(columns.get(i).toUpperCase(java.util.Locale.ROOT), widths[i])).append("  ");
            rule.append("-".repeat(widths[i])).append("  ");
        }
        out.println(header.toString().stripTrailing());
        out.println(rule.toString().stripTrailing());
        for (Map<String, ?> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < columns.size(); i++) {
                line.append(pad(cell(row.get(columns.get(i))), widths[i])).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static List<String> columns(List<? extends Map<String, ?>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        return new ArrayList<>(columns);
    }

    /** A table cell: one line, at most 60 characters (the JSON output has the whole value). */
    private static String cell(@Nullable Object value) {
        String t = text(value).replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Output::text).collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** A map that keeps insertion order and drops nothing: the building block of results. */
    static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }
}
