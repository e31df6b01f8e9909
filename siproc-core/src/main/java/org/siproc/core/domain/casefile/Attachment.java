package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.Text;

/**
 * Metadata of a document or photo attached to the case. The bytes live in the embedding system's store, addressed
 * by the SHA-256 hash; the case keeps what is needed to list and verify them.
 */
public record Attachment(UUID id, String fileName, String mediaType, long sizeBytes, String sha256,
                         Instant attachedAt, UserId attachedBy) {

    /** Largest attachment accepted: 10 MiB. */
    public static final long MAX_SIZE_BYTES = 10L * 1024 * 1024;
    /** Media types accepted: documents and photos. */
    public static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "image/heic", "image/webp", "text/plain");

    public Attachment {
        Objects.requireNonNull(id, "id");
        fileName = Text.required("attachment.fileName", fileName, 255);
        mediaType = Text.required("attachment.mediaType", mediaType, 100).toLowerCase(Locale.ROOT);
        if (!ACCEPTED_TYPES.contains(mediaType)) {
            throw new RuleViolationException(ErrorCode.ATTACHMENT_REJECTED, "attachment.mediaType", fileName,
                    "type " + mediaType + " is not accepted");
        }
        if (sizeBytes <= 0 || sizeBytes > MAX_SIZE_BYTES) {
            throw new RuleViolationException(ErrorCode.ATTACHMENT_REJECTED, "attachment.sizeBytes", fileName,
                    "size must be 1 byte to 10 MiB");
        }
        sha256 = Text.required("attachment.sha256", sha256, 64).toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new RuleViolationException(ErrorCode.ATTACHMENT_REJECTED, "attachment.sha256", fileName,
                    "a SHA-256 hex digest is expected");
        }
        Objects.requireNonNull(attachedAt, "attachedAt");
        Objects.requireNonNull(attachedBy, "attachedBy");
    }
}
