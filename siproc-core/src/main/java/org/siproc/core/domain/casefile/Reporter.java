package org.siproc.core.domain.casefile;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.Text;

/** Who reported the case, and how to reach them (a relative's phone, an organisation's contact). */
public record Reporter(ReporterKind kind, @Nullable String name, @Nullable String contact) {
    public Reporter {
        Objects.requireNonNull(kind, "kind");
        name = Text.optional("reporter.name", name, 200);
        contact = Text.optional("reporter.contact", contact, 300);
    }

    public static Reporter thePerson() {
        return new Reporter(ReporterKind.THE_PERSON, null, null);
    }
}
