package org.siproc.persistence.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.Attachment;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseDemographics;
import org.siproc.core.domain.casefile.CaseId;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.Incident;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.PriorityAssessment;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.ReferralId;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.Reporter;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.persistence.jpa.CaseRows.ActionRow;
import org.siproc.persistence.jpa.CaseRows.AttachmentRow;
import org.siproc.persistence.jpa.CaseRows.ConsentRow;
import org.siproc.persistence.jpa.CaseRows.FollowUpRow;
import org.siproc.persistence.jpa.CaseRows.ReferralStepRow;
import org.siproc.persistence.jpa.CaseRows.StatusChangeRow;

/**
 * Maps a {@link ProtectionCase} to its persistence model and back. Writing changes the managed entity in place,
 * row by row, so Hibernate writes only what changed (an appended action is one insert) and keeps the version check.
 */
final class CaseMapper {
    private CaseMapper() {
    }

    // ---- domain -> entity -----------------------------------------------------------------------------------

    /** Copies the case's state onto {@code e} (new or managed). Identity columns are set only on a new entity. */
    static void write(ProtectionCase.Snapshot s, CaseEntity e, Instant savedAt) {
        if (e.id == null) {
            e.id = s.id().value();
            e.caseNumber = s.number().toString();
            e.country = s.number().country().value();
            e.office = s.office().value();
            e.caseYear = s.number().year();
            e.caseSequence = s.number().sequence();
            e.registeredAt = s.registeredAt();
            e.registeredBy = s.registeredBy().value();
        }
        e.savedAt = savedAt;
        e.mainPersonId = s.persons().get(0).value();
        sync(e.persons, s.persons().stream().map(PersonId::value).toList());
        e.reporterKind = s.reporter().kind().name();
        e.reporterName = s.reporter().name();
        e.reporterContact = s.reporter().contact();
        e.channel = s.channel().name();
        e.incidentDate = s.incident().date();
        e.incidentCountry = s.incident().country().value();
        e.incidentRegion = s.incident().region();
        e.incidentCity = s.incident().city();
        e.narrative = s.narrative();
        e.caseType = s.classification().type();
        e.caseSubtype = s.classification().subtype();
        e.mainSex = s.demographics().sex().name();
        e.mainAgeAtIncident = s.demographics().ageAtIncident();
        e.mainOriginDepartment = s.demographics().originDepartment();
        sync(e.mainFlags, s.demographics().flags().stream().sorted().map(Enum::name).toList());
        sync(e.circumstances, s.circumstances().stream().sorted().toList());
        e.priority = s.priority().priority().name();
        e.priorityRule = s.priority().ruleId();
        e.priorityReason = s.priority().reason();
        e.priorityRaisedBy = s.priority().raisedBy() == null ? null : s.priority().raisedBy().value();
        e.assignee = s.assignee() == null ? null : s.assignee().value();
        e.status = s.status().name();
        e.statusChangedAt = s.history().isEmpty() ? s.registeredAt() : s.history().get(s.history().size() - 1).at();
        e.nextDueAt = nextDue(s);
        sync(e.consents, s.consents().stream().map(CaseMapper::row).toList());
        sync(e.attachments, s.attachments().stream().map(CaseMapper::row).toList());
        sync(e.actions, s.actions().stream().map(CaseMapper::row).toList());
        sync(e.followUps, s.followUps().stream().map(CaseMapper::row).toList());
        sync(e.history, s.history().stream().map(CaseMapper::row).toList());
        writeReferrals(s.referrals(), e);
    }

    /** The earliest moment something of the case falls due; the case is overdue after it while open. */
    static @Nullable Instant nextDue(ProtectionCase.Snapshot s) {
        Instant next = null;
        for (FollowUp f : s.followUps()) {
            if (!f.done() && (next == null || f.dueAt().isBefore(next))) {
                next = f.dueAt();
            }
        }
        for (Referral r : s.referrals()) {
            Instant due = r.responseDueAt();
            if (r.status().awaitingInstitution() && due != null && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return next;
    }

    private static void writeReferrals(List<Referral> referrals, CaseEntity e) {
        Map<UUID, ReferralEntity> existing = new HashMap<>();
        e.referrals.forEach(r -> existing.put(r.id, r));
        List<UUID> wanted = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            Referral r = referrals.get(i);
            wanted.add(r.id().value());
            ReferralEntity re = existing.get(r.id().value());
            if (re == null) {
                re = new ReferralEntity();
                re.id = r.id().value();
                re.protectionCase = e;
                e.referrals.add(re);
            }
            re.position = i;
            re.institution = r.institution();
            re.reason = r.reason();
            re.ruleId = r.ruleId();
            re.status = r.status().name();
            re.sharingBasis = r.sharingBasis() == null ? null : r.sharingBasis().name();
            re.sharedData = r.sharedData() == null ? null : r.sharedData().name();
            re.responseDueAt = r.responseDueAt();
            sync(re.steps, r.steps().stream().map(CaseMapper::row).toList());
        }
        e.referrals.removeIf(r -> !wanted.contains(r.id));
    }

    /**
     * Makes the managed list equal to {@code target} touching only the positions that differ: the lists of a case
     * grow at the end (actions, history, steps), so a save usually inserts a row or two and updates nothing else.
     */
    static <T> void sync(List<T> managed, List<T> target) {
        int common = Math.min(managed.size(), target.size());
        for (int i = 0; i < common; i++) {
            if (!Objects.equals(managed.get(i), target.get(i))) {
                managed.set(i, target.get(i));
            }
        }
        for (int i = common; i < target.size(); i++) {
            managed.add(target.get(i));
        }
        while (managed.size() > target.size()) {
            managed.remove(managed.size() - 1);
        }
    }

    private static ConsentRow row(Consent c) {
        return new ConsentRow(c.purpose().name(), c.state().name(), c.basis().name(), c.note(), c.recordedAt(),
                c.recordedBy().value());
    }

    private static AttachmentRow row(Attachment a) {
        return new AttachmentRow(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(), a.attachedAt(),
                a.attachedBy().value());
    }

    private static ActionRow row(CaseAction a) {
        return new ActionRow(a.id(), a.kind().name(), a.occurredOn(), a.recordedAt(), a.recordedBy().value(), a.text(),
                a.corrects());
    }

    private static FollowUpRow row(FollowUp f) {
        return new FollowUpRow(f.id(), f.description(), f.dueAt(), f.owner().value(), f.scheduledAt(), f.completedAt(),
                f.outcome());
    }

    private static StatusChangeRow row(StatusChange c) {
        return new StatusChangeRow(c.from() == null ? null : c.from().name(), c.to().name(), c.at(), c.by().value(),
                c.reason());
    }

    private static ReferralStepRow row(Referral.Step s) {
        return new ReferralStepRow(s.status().name(), s.at(), s.by().value(), s.note());
    }

    // ---- entity -> domain -----------------------------------------------------------------------------------

    static ProtectionCase toDomain(CaseEntity e) {
        CaseNumber number = new CaseNumber(CountryCode.of(e.country), OfficeCode.of(e.office), e.caseYear,
                e.caseSequence);
        ProtectionCase.Snapshot s = new ProtectionCase.Snapshot(new CaseId(e.id), number, OfficeCode.of(e.office),
                map(e.persons, PersonId::new),
                new Reporter(ReporterKind.valueOf(e.reporterKind), e.reporterName, e.reporterContact),
                IntakeChannel.valueOf(e.channel),
                new Incident(e.incidentDate, CountryCode.of(e.incidentCountry), e.incidentRegion, e.incidentCity),
                e.narrative, new CaseClassification(e.caseType, e.caseSubtype),
                new CaseDemographics(Sex.valueOf(e.mainSex), e.mainAgeAtIncident, e.mainOriginDepartment,
                        e.mainFlags.stream().map(VulnerabilityFlag::valueOf).collect(Collectors.toSet())),
                new LinkedHashSet<>(e.circumstances),
                new PriorityAssessment(Priority.valueOf(e.priority), e.priorityRule, e.priorityReason,
                        e.priorityRaisedBy == null ? null : UserId.of(e.priorityRaisedBy)),
                e.assignee == null ? null : UserId.of(e.assignee), CaseStatus.valueOf(e.status), e.registeredAt,
                UserId.of(e.registeredBy), map(e.consents, CaseMapper::consent), map(e.attachments, CaseMapper::attachment),
                map(e.actions, CaseMapper::action), map(e.followUps, CaseMapper::followUp),
                map(e.referrals, CaseMapper::referral), map(e.history, CaseMapper::statusChange), e.version);
        return ProtectionCase.reconstitute(s);
    }

    private static <A, B> List<B> map(List<A> rows, Function<A, B> f) {
        List<B> result = new ArrayList<>(rows.size());
        for (A row : rows) {
            result.add(f.apply(row));
        }
        return result;
    }

    private static Consent consent(ConsentRow r) {
        return new Consent(ConsentPurpose.valueOf(r.purpose()), Consent.State.valueOf(r.state()),
                SharingBasis.valueOf(r.basis()), r.note(), r.recordedAt(), UserId.of(r.recordedBy()));
    }

    private static Attachment attachment(AttachmentRow r) {
        return new Attachment(r.id(), r.fileName(), r.mediaType(), r.sizeBytes(), r.sha256(), r.attachedAt(),
                UserId.of(r.attachedBy()));
    }

    private static CaseAction action(ActionRow r) {
        return new CaseAction(r.id(), ActionKind.valueOf(r.kind()), r.occurredOn(), r.recordedAt(),
                UserId.of(r.recordedBy()), r.text(), r.corrects());
    }

    private static FollowUp followUp(FollowUpRow r) {
        return new FollowUp(r.id(), r.description(), r.dueAt(), UserId.of(r.owner()), r.scheduledAt(), r.completedAt(),
                r.outcome());
    }

    private static StatusChange statusChange(StatusChangeRow r) {
        return new StatusChange(r.from() == null ? null : CaseStatus.valueOf(r.from()), CaseStatus.valueOf(r.to()),
                r.at(), UserId.of(r.by()), r.reason());
    }

    private static Referral referral(ReferralEntity r) {
        return Referral.reconstitute(new ReferralId(r.id), r.institution, r.reason, r.ruleId,
                ReferralStatus.valueOf(r.status), r.sharingBasis == null ? null : SharingBasis.valueOf(r.sharingBasis),
                r.sharedData == null ? null : SharedData.valueOf(r.sharedData), r.responseDueAt,
                map(r.steps, s -> new Referral.Step(ReferralStatus.valueOf(s.status()), s.at(), UserId.of(s.by()),
                        s.note())));
    }
}
