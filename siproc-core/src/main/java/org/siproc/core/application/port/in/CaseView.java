package org.siproc.core.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.Attachment;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.Incident;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.PriorityAssessment;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.Reporter;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.PlaceOfOrigin;
import org.siproc.core.domain.person.Relative;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.rules.RuleEvaluation;

/**
 * A case as one actor may see it. Sensitive fields (narrative, sensitive flags, gender identity, ethnicity) are
 * null or left out when the actor has no need-to-know; {@link #sensitiveRedacted()} says so.
 *
 * @param circumstances      codes of the profile's case circumstances recorded at intake (e.g. FAMILY_WITHOUT_MEANS)
 * @param requiredForms      the forms the profile's form rules require for this case now, each with the rule that
 *                           requires it (the same evaluation as at registration, on the case as it is)
 * @param allowedTransitions the statuses this actor may move the case to now
 */
public record CaseView(CaseNumber number, long version, OfficeCode office, CaseStatus status,
                       CaseClassification classification, PriorityAssessment priority, @Nullable String assignee,
                       Instant registeredAt, String registeredBy, Reporter reporter, IntakeChannel channel,
                       Incident incident, @Nullable String narrative, List<PersonView> persons,
                       List<CaseAction> actions, List<FollowUp> followUps, List<ReferralView> referrals,
                       List<StatusChange> history, List<Consent> consents, List<Attachment> attachments,
                       Set<String> circumstances, List<RuleEvaluation.RequiredForm> requiredForms,
                       Set<CaseStatus> allowedTransitions, boolean sensitiveRedacted) {

    public CaseView {
        circumstances = Set.copyOf(circumstances);
        requiredForms = List.copyOf(requiredForms);
    }

    /** A person of the case as the actor may see it. */
    public record PersonView(PersonId id, String fullName, String givenNames, String firstSurname,
                             @Nullable String secondSurname, @Nullable BirthDate birthDate, Sex sex,
                             @Nullable String nationality, List<IdentityDocument> documents,
                             @Nullable PlaceOfOrigin origin, List<Contact> contacts, List<Relative> relatives,
                             Set<VulnerabilityFlag> flags, @Nullable String genderIdentity,
                             @Nullable String ethnicity) {
    }

    /** A referral of the case. */
    public record ReferralView(String id, String institution, String reason, @Nullable String ruleId,
                               ReferralStatus status, @Nullable SharedData sharedData,
                               @Nullable Instant responseDueAt, List<Referral.Step> steps) {
        public static ReferralView of(Referral r) {
            return new ReferralView(r.id().toString(), r.institution(), r.reason(), r.ruleId(), r.status(),
                    r.sharedData(), r.responseDueAt(), r.steps());
        }
    }
}
