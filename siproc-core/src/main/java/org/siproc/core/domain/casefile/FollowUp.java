package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.Text;

/** A follow-up (<em>seguimiento</em>) due on a date, with an owner. Immutable: completing one returns a new value. */
public record FollowUp(UUID id, String description, Instant dueAt, UserId owner, Instant scheduledAt,
                       @Nullable Instant completedAt, @Nullable String outcome) {

    public FollowUp {
        Objects.requireNonNull(id, "id");
        description = Text.required("followUp.description", description, 1000);
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        outcome = Text.optional("followUp.outcome", outcome, 2000);
    }

    public boolean done() {
        return completedAt != null;
    }

    /** Not done and past its due date. */
    public boolean overdue(Instant now) {
        return completedAt == null && now.isAfter(dueAt);
    }

    FollowUp completed(Instant at, String result) {
        return new FollowUp(id, description, dueAt, owner, scheduledAt, at, Text.required("followUp.outcome", result, 2000));
    }
}
