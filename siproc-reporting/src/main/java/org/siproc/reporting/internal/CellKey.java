package org.siproc.reporting.internal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Value: the identity of one aggregate, as coordinates ({@code UNIT=CASES, MEASURE=OPENED, OFFICE=MXTAP}). Two
 * tables that show the same aggregate (the office column of one, the row total of another) name it by the same key,
 * so disclosure control treats it as one cell and protects linked tables consistently.
 */
public record CellKey(Map<String, String> coordinates) implements Comparable<CellKey> {

    public CellKey {
        coordinates = Collections.unmodifiableMap(new TreeMap<>(coordinates));
    }

    /** A key from alternating names and values. */
    public static CellKey of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new CellKey(map);
    }

    public CellKey with(String name, String value) {
        Map<String, String> map = new TreeMap<>(coordinates);
        map.put(name, value);
        return new CellKey(map);
    }

    @Override
    public int compareTo(CellKey other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return coordinates.toString();
    }
}
