package org.siproc.forms.internal;

import java.util.Objects;

/**
 * A field's value: as printed (in the reader's language) and in canonical form (ISO dates, codes), which is what
 * the verification hash covers, so the hash does not depend on the language of the print.
 */
public record Value(String display, String canonical) {
    public Value {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(canonical, "canonical");
    }

    /** Text printed as it is stored. */
    public static Value text(String text) {
        return new Value(text, text);
    }
}
