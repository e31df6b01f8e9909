package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.Text;

/**
 * A referral of a case to an institution that can help (<em>remisión</em>). Part of the protection case
 * aggregate: only the case changes it, so the rule "no resolution while referrals are pending" always sees every
 * referral.
 */
public final class Referral {

    /** One step of the referral's life, kept for the case's timeline. */
    public record Step(ReferralStatus status, Instant at, UserId by, @Nullable String note) {
    }

    private final ReferralId id;
    private final String institution;
    private final String reason;
    private final @Nullable String ruleId;
    private ReferralStatus status;
    private @Nullable SharingBasis sharingBasis;
    private @Nullable SharedData sharedData;
    private @Nullable Instant responseDueAt;
    private final List<Step> steps;

    private Referral(ReferralId id, String institution, String reason, @Nullable String ruleId, ReferralStatus status,
                     @Nullable SharingBasis sharingBasis, @Nullable SharedData sharedData,
                     @Nullable Instant responseDueAt, List<Step> steps) {
        this.id = Objects.requireNonNull(id, "id");
        this.institution = Code.normalise("referral.institution", institution);
        this.reason = Text.required("referral.reason", reason, 500);
        this.ruleId = ruleId;
        this.status = Objects.requireNonNull(status, "status");
        this.sharingBasis = sharingBasis;
        this.sharedData = sharedData;
        this.responseDueAt = responseDueAt;
        this.steps = new ArrayList<>(steps);
    }

    /** A referral suggested by a profile rule (or by hand) and waiting for the officer to confirm or dismiss it. */
    public static Referral suggest(String institution, String reason, @Nullable String ruleId, Instant at, UserId by) {
        return new Referral(ReferralId.newId(), institution, reason, ruleId, ReferralStatus.SUGGESTED, null, null, null,
                List.of(new Step(ReferralStatus.SUGGESTED, at, by, ruleId == null ? null : "rule " + ruleId)));
    }

    /** Rebuilds a stored referral. Use only for reconstitution in adapters. */
    public static Referral reconstitute(ReferralId id, String institution, String reason, @Nullable String ruleId,
                                        ReferralStatus status, @Nullable SharingBasis sharingBasis,
                                        @Nullable SharedData sharedData, @Nullable Instant responseDueAt,
                                        List<Step> steps) {
        return new Referral(id, institution, reason, ruleId, status, sharingBasis, sharedData, responseDueAt, steps);
    }

    public ReferralId id() {
        return id;
    }

    /** Code of the institution in the country profile. */
    public String institution() {
        return institution;
    }

    public String reason() {
        return reason;
    }

    /** The profile rule that suggested it; null when an officer referred by hand. */
    public @Nullable String ruleId() {
        return ruleId;
    }

    public ReferralStatus status() {
        return status;
    }

    public @Nullable SharingBasis sharingBasis() {
        return sharingBasis;
    }

    public @Nullable SharedData sharedData() {
        return sharedData;
    }

    public @Nullable Instant responseDueAt() {
        return responseDueAt;
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** Sent and unanswered after its due date: raises an alert. */
    public boolean overdue(Instant now) {
        return status.awaitingInstitution() && responseDueAt != null && now.isAfter(responseDueAt);
    }

    void send(SharingBasis basis, SharedData data, Instant dueAt, Instant at, UserId by) {
        moveTo(ReferralStatus.SENT, at, by, null);
        this.sharingBasis = Objects.requireNonNull(basis, "basis");
        this.sharedData = Objects.requireNonNull(data, "data");
        this.responseDueAt = Objects.requireNonNull(dueAt, "dueAt");
    }

    void dismiss(String why, Instant at, UserId by) {
        moveTo(ReferralStatus.DISMISSED, at, by, Text.required("reason", why, 500));
    }

    void respond(ReferralResponse response, @Nullable String note, Instant at, UserId by) {
        moveTo(response.resultingStatus(), at, by, Text.optional("note", note, 2000));
    }

    private void moveTo(ReferralStatus target, Instant at, UserId by, @Nullable String note) {
        if (!status.next().contains(target)) {
            throw new RuleViolationException(ErrorCode.ILLEGAL_REFERRAL_TRANSITION, "referral.status", id, status, target);
        }
        status = target;
        steps.add(new Step(target, at, by, note));
    }

    Referral copy() {
        return new Referral(id, institution, reason, ruleId, status, sharingBasis, sharedData, responseDueAt, steps);
    }
}
