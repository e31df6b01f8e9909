package org.siproc.web.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.SharingBasis;

/**
 * The JSON bodies of the API's case operations: the use case's command without what the URL already says (the
 * case number, the entry id). {@code expectedVersion} is the case version the client saw; a stale one is answered
 * 409. Validation is the core's (the command's Bean Validation constraints), so every field named in an error is
 * the command's.
 */
final class ApiRequests {
    private ApiRequests() {
    }

    record ActionRequest(@Nullable Long expectedVersion, @Nullable ActionKind kind, @Nullable Instant occurredOn,
                         @Nullable String text) {
    }

    record CorrectionRequest(@Nullable Long expectedVersion, @Nullable String correctedText) {
    }

    record FollowUpRequest(@Nullable Long expectedVersion, @Nullable String description, @Nullable Instant dueAt,
                           @Nullable String owner) {
    }

    record CompletionRequest(@Nullable Long expectedVersion, @Nullable String outcome) {
    }

    record AssignmentRequest(@Nullable Long expectedVersion, @Nullable String officer) {
    }

    record StatusRequest(@Nullable Long expectedVersion, @Nullable CaseStatus target, @Nullable String reason) {
    }

    record PriorityRequest(@Nullable Long expectedVersion, @Nullable Priority priority, @Nullable String reason) {
    }

    record ConsentRequest(@Nullable Long expectedVersion, @Nullable ConsentPurpose purpose,
                          Consent.@Nullable State state, @Nullable SharingBasis basis, @Nullable String note) {
    }

    record ReferralRequest(@Nullable Long expectedVersion, @Nullable String institution, @Nullable String reason,
                           boolean includeNarrative, @Nullable SharingBasis legalBasis) {
    }

    record ConfirmationRequest(@Nullable Long expectedVersion, boolean includeNarrative,
                               @Nullable SharingBasis legalBasis) {
    }

    record DismissalRequest(@Nullable Long expectedVersion, @Nullable String reason) {
    }

    record ResponseRequest(@Nullable ReferralResponse response, @Nullable String note) {
    }

    record AutoClosureRequest(@Nullable Instant resolvedBefore) {
    }
}
