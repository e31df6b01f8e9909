package org.siproc.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Persistence model: the value rows of a protection case (one table each, ordered by position). Records, so the
 * mapper can compare a stored row with the domain's value and write only what changed.
 */
final class CaseRows {
    private CaseRows() {
    }

    @Embeddable
    record ConsentRow(
            @Column(name = "purpose", nullable = false, length = 20) String purpose,
            @Column(name = "state", nullable = false, length = 20) String state,
            @Column(name = "basis", nullable = false, length = 20) String basis,
            @Column(name = "note", length = 2000) @Nullable String note,
            @Column(name = "recorded_at", nullable = false) Instant recordedAt,
            @Column(name = "recorded_by", nullable = false, length = 120) String recordedBy) {
    }

    @Embeddable
    record AttachmentRow(
            @Column(name = "id", nullable = false) UUID id,
            @Column(name = "file_name", nullable = false, length = 255) String fileName,
            @Column(name = "media_type", nullable = false, length = 100) String mediaType,
            @Column(name = "size_bytes", nullable = false) long sizeBytes,
            @Column(name = "sha256", nullable = false, length = 64) String sha256,
            @Column(name = "attached_at", nullable = false) Instant attachedAt,
            @Column(name = "attached_by", nullable = false, length = 120) String attachedBy) {
    }

    @Embeddable
    record ActionRow(
            @Column(name = "id", nullable = false) UUID id,
            @Column(name = "kind", nullable = false, length = 30) String kind,
            @Column(name = "occurred_on", nullable = false) Instant occurredOn,
            @Column(name = "recorded_at", nullable = false) Instant recordedAt,
            @Column(name = "recorded_by", nullable = false, length = 120) String recordedBy,
            @Column(name = "action_text", nullable = false, length = 20000) String text,
            @Column(name = "corrects") @Nullable UUID corrects) {
    }

    @Embeddable
    record FollowUpRow(
            @Column(name = "id", nullable = false) UUID id,
            @Column(name = "description", nullable = false, length = 1000) String description,
            @Column(name = "due_at", nullable = false) Instant dueAt,
            @Column(name = "owner", nullable = false, length = 120) String owner,
            @Column(name = "scheduled_at", nullable = false) Instant scheduledAt,
            @Column(name = "completed_at") @Nullable Instant completedAt,
            @Column(name = "outcome", length = 2000) @Nullable String outcome) {
    }

    @Embeddable
    record StatusChangeRow(
            @Column(name = "from_status", length = 20) @Nullable String from,
            @Column(name = "to_status", nullable = false, length = 20) String to,
            @Column(name = "changed_at", nullable = false) Instant at,
            @Column(name = "changed_by", nullable = false, length = 120) String by,
            @Column(name = "reason", length = 1000) @Nullable String reason) {
    }

    @Embeddable
    record ReferralStepRow(
            @Column(name = "status", nullable = false, length = 20) String status,
            @Column(name = "step_at", nullable = false) Instant at,
            @Column(name = "step_by", nullable = false, length = 120) String by,
            @Column(name = "note", length = 2000) @Nullable String note) {
    }
}
