package org.siproc.core.application.port.in;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One case row from a legacy case system, as text: the adapter reads the file (CSV, a database dump, ...), the core
 * checks and converts. Blank values count as absent.
 *
 * @param line   where the row is in its source (the line number of a file), for rejections and the checkpoint;
 *               rows of one import come in increasing line order
 * @param values the row's values by field; missing fields are absent
 */
public record LegacyCaseRow(long line, Map<LegacyField, String> values) {

    public LegacyCaseRow {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        EnumMap<LegacyField, String> copy = new EnumMap<>(LegacyField.class);
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "field"), v));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The field's value stripped of surrounding blanks; null when absent or blank. */
    public @Nullable String value(LegacyField field) {
        String v = values.get(field);
        if (v == null) {
            return null;
        }
        String stripped = v.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
