package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.Text;

/**
 * A dated entry of attention on the case (<em>atención</em>). Entries are appended, never edited: a correction is a
 * new entry of kind {@link ActionKind#CORRECTION} that points to the entry it corrects.
 *
 * @param occurredOn when the action took place (may be earlier than when it was recorded)
 * @param corrects   the entry this one corrects; null for an ordinary entry
 */
public record CaseAction(UUID id, ActionKind kind, Instant occurredOn, Instant recordedAt, UserId recordedBy,
                         String text, @Nullable UUID corrects) {

    public static final int MAX_TEXT = 20_000;

    public CaseAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        text = Text.required("action.text", text, MAX_TEXT);
        if ((kind == ActionKind.CORRECTION) != (corrects != null)) {
            throw new org.siproc.core.domain.shared.InvalidValueException("action.corrects",
                    "a correction points to the entry it corrects, and only a correction does");
        }
    }
}
