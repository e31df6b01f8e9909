package org.siproc.forms.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text of a template in one or more languages, parsed once into literal parts and {@code {field}} placeholders
 * ({@code "Yo, {person.fullName}, ..."}); {@code {{} and {@code }}} write a brace. Falls back from the asked
 * language to the profile's languages in order, then to the first language given.
 */
public record TemplateText(Map<String, List<Part>> byLanguage) {

    /** A piece of a text: literal words, or a field to fill in. */
    public sealed interface Part {
    }

    /** Literal words. */
    public record Literal(String text) implements Part {
    }

    /** A field of {@link Fields}, by name. */
    public record Placeholder(String field) implements Part {
    }

    public TemplateText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        Map<String, List<Part>> copy = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byLanguage = Collections.unmodifiableMap(copy);
    }

    /** The parts in the asked language, or in the first of {@code fallbacks} the text has, or in its first language. */
    public List<Part> in(String language, List<String> fallbacks) {
        List<Part> parts = byLanguage.get(language);
        if (parts != null) {
            return parts;
        }
        for (String fallback : fallbacks) {
            parts = byLanguage.get(fallback);
            if (parts != null) {
                return parts;
            }
        }
        return byLanguage.values().iterator().next();
    }

    /** The same text without placeholders in every language, e.g. a vocabulary word. */
    public static TemplateText literal(Map<String, String> byLanguage) {
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        byLanguage.forEach((lang, text) -> parts.put(lang, List.of(new Literal(text))));
        return new TemplateText(parts);
    }

    /** Every field the text names, in any language. */
    public List<String> fields() {
        List<String> result = new ArrayList<>();
        byLanguage.values().forEach(parts -> parts.forEach(p -> {
            if (p instanceof Placeholder ph && !result.contains(ph.field())) {
                result.add(ph.field());
            }
        }));
        return result;
    }

    /**
     * Splits {@code text} into literal parts and placeholders.
     *
     * @throws IllegalArgumentException naming the problem when a brace is not closed or a placeholder is empty
     */
    public static List<Part> parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("'{' at position " + i + " is not closed (write '{{' for a brace)");
                }
                String field = text.substring(i + 1, end).strip();
                if (field.isEmpty()) {
                    throw new IllegalArgumentException("empty placeholder '{}' at position " + i);
                }
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Placeholder(field));
                i = end + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("'}' at position " + i + " closes nothing (write '}}' for a brace)");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return parts;
    }
}
