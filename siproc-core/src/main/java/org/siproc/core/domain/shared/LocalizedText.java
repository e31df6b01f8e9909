package org.siproc.core.domain.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A label in several languages, keyed by ISO 639 language code ({@code es}, {@code en}). Falls back to the
 * first language given when the asked one is missing.
 */
public record LocalizedText(Map<String, String> byLanguage) {
    public LocalizedText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            throw new InvalidValueException("label", "at least one language is required");
        }
        byLanguage = Map.copyOf(new java.util.LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText of(String es, String en) {
        return new LocalizedText(Map.of("es", es, "en", en));
    }

    public String in(Locale locale) {
        String text = byLanguage.get(locale.getLanguage());
        if (text != null) {
            return text;
        }
        text = byLanguage.get("es");
        return text != null ? text : byLanguage.values().iterator().next();
    }
}
