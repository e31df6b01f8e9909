package org.siproc.persistence.jpa.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name=value} options of a benchmark's command line ({@code --flag} alone means {@code true}). */
final class BenchOptions {
    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            values.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        return new BenchOptions(values);
    }

    /** A whole number; underscores are allowed as in Java ({@code 1_000_000}). */
    int number(String name, int fallback) {
        return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)).replace("_", ""));
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The machine and JVM a benchmark ran on, and its options: the first line of every report. */
    String header() {
        return "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; options " + values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
