package org.siproc.forms.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads fields for one render, applying the {@link Disclosure}: a field or row source of a category the reader may
 * not see is {@linkplain Kind#WITHHELD withheld}, whatever the template asks. Every value printed is added to the
 * {@link VerificationHash}.
 */
public final class FieldResolver {

    /** What came of reading a field. */
    public enum Kind { VALUE, EMPTY, WITHHELD }

    /** A field's outcome; {@code value} is set for {@link Kind#VALUE} only. */
    public record Resolved(Kind kind, @Nullable Value value) {
        static final Resolved EMPTY = new Resolved(Kind.EMPTY, null);
        static final Resolved WITHHELD = new Resolved(Kind.WITHHELD, null);
    }

    private final FormContext context;
    private final VerificationHash hash;

    public FieldResolver(FormContext context) {
        this.context = context;
        this.hash = new VerificationHash(context.formCode(), context.protectionCase().number().toString());
    }

    public FormContext context() {
        return context;
    }

    /**
     * Reads a field (checked to exist when the template was parsed).
     *
     * @param row the row prefix of the hash key inside a table ({@code case.actions[2].}), empty outside
     */
    public Resolved resolve(String name, Binding binding, String row) {
        Fields.Field field = require(name);
        if (!context.disclosure().allows(field.category())) {
            return Resolved.WITHHELD;
        }
        Value value = field.reader().read(context, binding);
        if (value == null) {
            return Resolved.EMPTY;
        }
        if (field.hashed()) {
            hash.add(row + name, value.canonical());
        }
        return new Resolved(Kind.VALUE, value);
    }

    /** Whether the field has a value the reader may see; for {@code when}/{@code unless}. Not hashed. */
    public boolean holds(String name, Binding binding) {
        Fields.Field field = require(name);
        return context.disclosure().allows(field.category()) && field.reader().read(context, binding) != null;
    }

    /** The rows of a table; null when the reader may not see them. */
    public @Nullable List<Binding> rows(String source, Binding binding) {
        Fields.RowSource rows = Fields.rows(source);
        if (rows == null) {
            throw new IllegalStateException("unknown row source " + source);
        }
        if (!context.disclosure().allows(rows.category())) {
            return null;
        }
        return rows.rows().apply(context, binding);
    }

    /** The verification hash of everything resolved so far. */
    public String hash() {
        return hash.hex();
    }

    /** The canonical text of the hash so far (for tests and for people verifying a form by hand). */
    public String canonical() {
        return hash.canonical();
    }

    private static Fields.Field require(String name) {
        Fields.Field field = Fields.field(name);
        if (field == null) {
            throw new IllegalStateException("unknown field " + name);
        }
        return field;
    }
}
