package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.Text;

/**
 * Aggregate: a protection case (<em>expediente</em>). Owns its workflow, actions, follow-ups, referrals, consents
 * and attachments, and every rule among them. State changes are methods named after consular work; each records
 * a {@link CaseEvent}. The {@link #version()} is the optimistic-lock version the case was read at: the repository
 * refuses to save a case whose stored version moved on in the meantime.
 */
public final class ProtectionCase {

    public static final int MAX_NARRATIVE = 50_000;

    private final CaseId id;
    private final CaseNumber number;
    private final OfficeCode office;
    private final List<PersonId> persons;
    private final Reporter reporter;
    private final IntakeChannel channel;
    private final Incident incident;
    private final String narrative;
    private final CaseClassification classification;
    private final CaseDemographics demographics;
    private final Set<String> circumstances;
    private PriorityAssessment priority;
    private @Nullable UserId assignee;
    private CaseStatus status;
    private final Instant registeredAt;
    private final UserId registeredBy;
    private final Map<ConsentPurpose, Consent> consents;
    private final List<Attachment> attachments;
    private final List<CaseAction> actions;
    private final List<FollowUp> followUps;
    private final List<Referral> referrals;
    private final List<StatusChange> history;
    private final long version;
    private final List<CaseEvent> events = new ArrayList<>();

    /** Everything a case holds, for adapters that store it and rebuild it ({@link #snapshot()}, {@link #reconstitute}). */
    public record Snapshot(CaseId id, CaseNumber number, OfficeCode office, List<PersonId> persons, Reporter reporter,
                           IntakeChannel channel, Incident incident, String narrative,
                           CaseClassification classification, CaseDemographics demographics,
                           Set<String> circumstances, PriorityAssessment priority, @Nullable UserId assignee,
                           CaseStatus status, Instant registeredAt, UserId registeredBy, List<Consent> consents,
                           List<Attachment> attachments, List<CaseAction> actions, List<FollowUp> followUps,
                           List<Referral> referrals, List<StatusChange> history, long version) {

        /** The same state at another stored version (for repositories after a save). */
        public Snapshot withVersion(long newVersion) {
            return new Snapshot(id, number, office, persons, reporter, channel, incident, narrative, classification,
                    demographics, circumstances, priority, assignee, status, registeredAt, registeredBy, consents, attachments, actions, followUps,
                    referrals, history, newVersion);
        }
    }

    /** What an officer provides to open a case; checked by {@link #register}. */
    public record Intake(OfficeCode office, List<PersonId> persons, Reporter reporter, IntakeChannel channel,
                         Incident incident, String narrative, CaseClassification classification,
                         CaseDemographics demographics, Set<String> circumstances) {
    }

    private ProtectionCase(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.number = Objects.requireNonNull(s.number(), "number");
        this.office = Objects.requireNonNull(s.office(), "office");
        if (!number.office().equals(office)) {
            throw new InvalidValueException("caseNumber", "the case number must carry the case's office " + office);
        }
        if (s.persons().isEmpty()) {
            throw new InvalidValueException("persons", "a case concerns at least one person");
        }
        this.persons = new ArrayList<>(new LinkedHashSet<>(s.persons()));
        this.reporter = Objects.requireNonNull(s.reporter(), "reporter");
        this.channel = Objects.requireNonNull(s.channel(), "channel");
        this.incident = Objects.requireNonNull(s.incident(), "incident");
        this.narrative = Text.required("narrative", s.narrative(), MAX_NARRATIVE);
        this.classification = Objects.requireNonNull(s.classification(), "classification");
        this.demographics = Objects.requireNonNull(s.demographics(), "demographics");
        this.circumstances = s.circumstances().stream().map(c -> Code.normalise("circumstances", c))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        this.priority = Objects.requireNonNull(s.priority(), "priority");
        this.assignee = s.assignee();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.registeredAt = Objects.requireNonNull(s.registeredAt(), "registeredAt");
        this.registeredBy = Objects.requireNonNull(s.registeredBy(), "registeredBy");
        this.consents = new EnumMap<>(ConsentPurpose.class);
        s.consents().forEach(c -> consents.put(c.purpose(), c));
        this.attachments = new ArrayList<>(s.attachments());
        this.actions = new ArrayList<>(s.actions());
        this.followUps = new ArrayList<>(s.followUps());
        this.referrals = new ArrayList<>(s.referrals().stream().map(Referral::copy).toList());
        this.history = new ArrayList<>(s.history());
        this.version = s.version();
    }

    /**
     * Opens a new case in status {@code REGISTERED}, with the priority triage gave it, assigned to the officer who
     * registers it. The caller (the registration use case) has checked the classification against the profile.
     */
    public static ProtectionCase register(CaseId id, CaseNumber number, Intake intake, PriorityAssessment priority,
                                          List<Consent> consents, Instant at, UserId by) {
        boolean registrationAllowed = consents.stream()
                .anyMatch(c -> c.purpose() == ConsentPurpose.REGISTRATION && c.allows());
        if (!registrationAllowed) {
            throw new RuleViolationException(ErrorCode.REGISTRATION_NEEDS_LEGAL_BASIS, "consents", number);
        }
        ProtectionCase c = new ProtectionCase(new Snapshot(id, number, intake.office(), intake.persons(),
                intake.reporter(), intake.channel(), intake.incident(), intake.narrative(), intake.classification(),
                intake.demographics(), intake.circumstances(), priority, by, CaseStatus.REGISTERED, at, by, consents, List.of(), List.of(), List.of(), List.of(),
                List.of(new StatusChange(null, CaseStatus.REGISTERED, at, by, null)), 0));
        c.record(CaseEventType.REGISTERED, at, by, Map.of("type", intake.classification().type(),
                "subtype", intake.classification().subtype(), "priority", priority.priority().name()));
        return c;
    }

    /** Rebuilds a stored case exactly as stored. Use only for reconstitution in adapters. */
    public static ProtectionCase reconstitute(Snapshot stored) {
        return new ProtectionCase(stored);
    }

    /** A deep copy of the case's state, for adapters. */
    public Snapshot snapshot() {
        return new Snapshot(id, number, office, List.copyOf(persons), reporter, channel, incident, narrative,
                classification, demographics, Set.copyOf(circumstances), priority, assignee, status, registeredAt, registeredBy, List.copyOf(consents.values()),
                List.copyOf(attachments), List.copyOf(actions), List.copyOf(followUps),
                referrals.stream().map(Referral::copy).toList(), List.copyOf(history), version);
    }

    // ---- workflow -------------------------------------------------------------------------------------------

    /**
     * Moves the case along its workflow. Refuses transitions the workflow does not have, resolving while a
     * referral is pending unless a reason is given, and reopening without a reason. Whether the actor may approve
     * a closure is the access policy's decision, taken by the use case before it calls this.
     */
    public void changeStatus(CaseStatus target, @Nullable String reason, Instant at, UserId by) {
        Objects.requireNonNull(target, "target");
        String why = Text.optional("reason", reason, 1000);
        if (!status.next().contains(target)) {
            throw new IllegalCaseTransitionException(number, status, target);
        }
        if (target == CaseStatus.RESOLVED && why == null) {
            List<Referral> pending = pendingReferrals();
            if (!pending.isEmpty()) {
                throw new RuleViolationException(ErrorCode.REFERRALS_PENDING, "reason", number, pending.size());
            }
        }
        if (target == CaseStatus.REOPENED && why == null) {
            throw new RuleViolationException(ErrorCode.REASON_REQUIRED, "reason", number, target);
        }
        CaseStatus from = status;
        status = target;
        history.add(new StatusChange(from, target, at, by, why));
        record(CaseEventType.STATUS_CHANGED, at, by, Map.of("from", from.name(), "to", target.name()));
    }

    /**
     * Closes a resolved case without a person deciding (e.g. after a quiet period). Refused for case types the
     * profile marks as never closed automatically, such as missing persons: their families wait for an answer.
     */
    public void closeAutomatically(boolean typeAllowsAutomaticClosure, Instant at, UserId by) {
        if (!typeAllowsAutomaticClosure) {
            throw new RuleViolationException(ErrorCode.NEVER_CLOSED_AUTOMATICALLY, "status", number, classification.type());
        }
        changeStatus(CaseStatus.CLOSED, "closed automatically", at, by);
    }

    public void assignTo(UserId officer, Instant at, UserId by) {
        requireOpen();
        this.assignee = Objects.requireNonNull(officer, "officer");
        record(CaseEventType.ASSIGNED, at, by, Map.of("assignee", officer.value()));
    }

    // ---- priority -------------------------------------------------------------------------------------------

    /** Raises the priority by hand, with a reason; never lowers it. */
    public void raisePriority(Priority raised, String reason, Instant at, UserId by) {
        requireOpen();
        if (!raised.higherThan(priority.priority())) {
            throw new RuleViolationException(ErrorCode.PRIORITY_CANNOT_BE_LOWERED, "priority", number,
                    priority.priority(), raised);
        }
        Priority from = priority.priority();
        priority = new PriorityAssessment(raised, null, Text.required("reason", reason, 500), by);
        record(CaseEventType.PRIORITY_CHANGED, at, by, Map.of("from", from.name(), "to", raised.name(), "manual", "true"));
    }

    /** Applies a new triage result after the case changed: only ever raises the priority. */
    public void applyTriage(PriorityAssessment computed, Instant at, UserId by) {
        if (computed.priority().higherThan(priority.priority())) {
            Priority from = priority.priority();
            priority = computed;
            record(CaseEventType.PRIORITY_CHANGED, at, by, Map.of("from", from.name(), "to", computed.priority().name(),
                    "rule", String.valueOf(computed.ruleId())));
        }
    }

    // ---- attention ------------------------------------------------------------------------------------------

    /** Appends an entry of attention. Entries are never edited; see {@link #correctAction}. */
    public CaseAction recordAction(ActionKind kind, Instant occurredOn, String text, Instant at, UserId by) {
        requireOpen();
        if (kind == ActionKind.CORRECTION) {
            throw new InvalidValueException("action.kind", "use correctAction to correct an entry");
        }
        if (occurredOn.isAfter(at.plusSeconds(3600))) {
            throw new InvalidValueException("action.occurredOn", "an action cannot have taken place in the future");
        }
        CaseAction action = new CaseAction(UUID.randomUUID(), kind, occurredOn, at, by, text, null);
        actions.add(action);
        record(CaseEventType.ACTION_RECORDED, at, by, Map.of("action", action.id().toString(), "kind", kind.name()));
        return action;
    }

    /**
     * Corrects an entry by appending a correction that points to it; the original stays, so the file's history
     * shows what was written, when and by whom.
     */
    public CaseAction correctAction(UUID original, String correctedText, Instant at, UserId by) {
        CaseAction corrected = actions.stream().filter(a -> a.id().equals(original)).findFirst()
                .orElseThrow(() -> new RuleViolationException(ErrorCode.ACTION_NOT_FOUND, "action", original, number));
        CaseAction correction = new CaseAction(UUID.randomUUID(), ActionKind.CORRECTION, corrected.occurredOn(), at, by,
                correctedText, original);
        actions.add(correction);
        record(CaseEventType.ACTION_CORRECTED, at, by,
                Map.of("action", correction.id().toString(), "corrects", original.toString()));
        return correction;
    }

    public FollowUp scheduleFollowUp(String description, Instant dueAt, UserId owner, Instant at, UserId by) {
        requireOpen();
        FollowUp followUp = new FollowUp(UUID.randomUUID(), description, dueAt, owner, at, null, null);
        followUps.add(followUp);
        record(CaseEventType.FOLLOW_UP_SCHEDULED, at, by, Map.of("followUp", followUp.id().toString(),
                "dueAt", dueAt.toString()));
        return followUp;
    }

    public FollowUp completeFollowUp(UUID followUpId, String outcome, Instant at, UserId by) {
        int index = indexOfFollowUp(followUpId);
        FollowUp current = followUps.get(index);
        if (current.done()) {
            throw new RuleViolationException(ErrorCode.FOLLOW_UP_ALREADY_COMPLETED, "followUp", followUpId);
        }
        FollowUp done = current.completed(at, outcome);
        followUps.set(index, done);
        record(CaseEventType.FOLLOW_UP_COMPLETED, at, by, Map.of("followUp", followUpId.toString()));
        return done;
    }

    // ---- referrals ------------------------------------------------------------------------------------------

    /**
     * Adds a suggested referral, unless the case already has a live or dismissed referral to that institution
     * for the same rule (re-evaluating the rules must not suggest again what the officer already decided).
     */
    public Optional<Referral> suggestReferral(String institution, String reason, @Nullable String ruleId, Instant at,
                                              UserId by) {
        requireOpen();
        boolean known = referrals.stream().anyMatch(r -> r.institution().equalsIgnoreCase(institution)
                && (Objects.equals(r.ruleId(), ruleId) || r.status().pending()));
        if (known) {
            return Optional.empty();
        }
        Referral referral = Referral.suggest(institution, reason, ruleId, at, by);
        referrals.add(referral);
        record(CaseEventType.REFERRAL_SUGGESTED, at, by, Map.of("referral", referral.id().toString(),
                "institution", referral.institution(), "rule", String.valueOf(ruleId)));
        return Optional.of(referral);
    }

    /**
     * Sends a suggested referral. Personal data goes only with a basis: consent for referral recorded on the case,
     * or a legal basis other than consent; an institution without a data-sharing agreement gets no personal data
     * at all, whatever is asked.
     *
     * @param institutionHasAgreement from the country profile
     * @param includeNarrative        the officer chose to share the narrative too
     * @param legalBasis              a basis other than consent, when consent cannot be valid; null to rely on consent
     */
    public Referral sendReferral(ReferralId referralId, boolean institutionHasAgreement, boolean includeNarrative,
                                 @Nullable SharingBasis legalBasis, Instant dueAt, Instant at, UserId by) {
        requireOpen();
        Referral referral = referral(referralId);
        SharedData data;
        SharingBasis basis;
        if (!institutionHasAgreement) {
            data = SharedData.NO_PERSONAL_DATA;
            basis = legalBasis != null ? legalBasis : SharingBasis.PUBLIC_TASK;
        } else {
            data = includeNarrative ? SharedData.MINIMUM_WITH_NARRATIVE : SharedData.MINIMUM;
            if (legalBasis != null && legalBasis != SharingBasis.CONSENT) {
                basis = legalBasis;
            } else {
                Consent consent = consents.get(ConsentPurpose.REFERRAL);
                if (consent == null || !consent.allows()) {
                    throw new RuleViolationException(ErrorCode.REFERRAL_NEEDS_LEGAL_BASIS, "legalBasis", number,
                            referral.institution());
                }
                basis = consent.basis();
            }
        }
        referral.send(basis, data, dueAt, at, by);
        record(CaseEventType.REFERRAL_SENT, at, by, Map.of("referral", referralId.toString(),
                "institution", referral.institution(), "data", data.name(), "basis", basis.name()));
        return referral;
    }

    public void dismissReferral(ReferralId referralId, String reason, Instant at, UserId by) {
        Referral referral = referral(referralId);
        referral.dismiss(reason, at, by);
        record(CaseEventType.REFERRAL_DISMISSED, at, by, Map.of("referral", referralId.toString(),
                "institution", referral.institution()));
    }

    /** Records the institution's answer (given by the partner in SIPROC, or received by staff). */
    public Referral recordReferralResponse(ReferralId referralId, ReferralResponse response, @Nullable String note,
                                           Instant at, UserId by) {
        Referral referral = referral(referralId);
        referral.respond(response, note, at, by);
        record(CaseEventType.REFERRAL_ANSWERED, at, by, Map.of("referral", referralId.toString(),
                "institution", referral.institution(), "status", referral.status().name()));
        return referral;
    }

    // ---- consent, attachments, persons ---------------------------------------------------------------------

    /** Records consent (given, refused, withdrawn) or a legal basis for one purpose; replaces the earlier record. */
    public void recordConsent(Consent consent) {
        consents.put(consent.purpose(), consent);
        record(CaseEventType.CONSENT_RECORDED, consent.recordedAt(), consent.recordedBy(),
                Map.of("purpose", consent.purpose().name(), "state", consent.state().name(), "basis", consent.basis().name()));
    }

    public void attach(Attachment attachment) {
        requireOpen();
        attachments.add(attachment);
        record(CaseEventType.ATTACHMENT_ADDED, attachment.attachedAt(), attachment.attachedBy(),
                Map.of("attachment", attachment.id().toString(), "mediaType", attachment.mediaType()));
    }

    /** Points the case to the surviving record after two person records were merged. Allowed in any status. */
    public void replacePerson(PersonId duplicate, PersonId survivor, Instant at, UserId by) {
        int index = persons.indexOf(duplicate);
        if (index < 0) {
            return;
        }
        if (persons.contains(survivor)) {
            persons.remove(index);
        } else {
            persons.set(index, survivor);
        }
        record(CaseEventType.PERSON_REPLACED, at, by, Map.of("from", duplicate.toString(), "to", survivor.toString()));
    }

    // ---- queries --------------------------------------------------------------------------------------------

    public CaseId id() {
        return id;
    }

    public CaseNumber number() {
        return number;
    }

    public OfficeCode office() {
        return office;
    }

    /** The persons concerned; the first is the main person of the case. */
    public List<PersonId> persons() {
        return Collections.unmodifiableList(persons);
    }

    public PersonId mainPerson() {
        return persons.get(0);
    }

    public Reporter reporter() {
        return reporter;
    }

    public IntakeChannel channel() {
        return channel;
    }

    public Incident incident() {
        return incident;
    }

    /** Sensitive: shown only on need-to-know. */
    public String narrative() {
        return narrative;
    }

    public CaseClassification classification() {
        return classification;
    }

    /**
     * Codes of the profile's case circumstances the officer recorded (e.g. {@code FAMILY_WITHOUT_MEANS}): facts
     * about the case that no flag or type says, tested by rules.
     */
    public Set<String> circumstances() {
        return Collections.unmodifiableSet(circumstances);
    }

    /** The main person as recorded at intake, for statistics. */
    public CaseDemographics demographics() {
        return demographics;
    }

    public PriorityAssessment priority() {
        return priority;
    }

    public @Nullable UserId assignee() {
        return assignee;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public UserId registeredBy() {
        return registeredBy;
    }

    public Optional<Consent> consent(ConsentPurpose purpose) {
        return Optional.ofNullable(consents.get(purpose));
    }

    public List<Consent> consents() {
        return List.copyOf(consents.values());
    }

    public List<Attachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    /** Every entry, corrections included, in the order recorded. */
    public List<CaseAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    public List<FollowUp> followUps() {
        return Collections.unmodifiableList(followUps);
    }

    public List<Referral> referrals() {
        return Collections.unmodifiableList(referrals);
    }

    public Referral referral(ReferralId referralId) {
        return referrals.stream().filter(r -> r.id().equals(referralId)).findFirst()
                .orElseThrow(() -> new NotFoundException(ErrorCode.REFERRAL_NOT_FOUND, "referral", referralId));
    }

    public List<Referral> pendingReferrals() {
        return referrals.stream().filter(r -> r.status().pending()).toList();
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    /** Follow-ups not done after their due date, and referrals sent and unanswered after theirs. */
    public boolean hasOverdueItems(Instant now) {
        return status.open() && (followUps.stream().anyMatch(f -> f.overdue(now))
                || referrals.stream().anyMatch(r -> r.overdue(now)));
    }

    public long version() {
        return version;
    }

    /** Returns the events recorded since the case was loaded or the last call, and forgets them. */
    public List<CaseEvent> pullEvents() {
        List<CaseEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public Set<String> institutionsReferredTo() {
        Set<String> result = new LinkedHashSet<>();
        referrals.forEach(r -> result.add(r.institution()));
        return result;
    }

    private int indexOfFollowUp(UUID followUpId) {
        for (int i = 0; i < followUps.size(); i++) {
            if (followUps.get(i).id().equals(followUpId)) {
                return i;
            }
        }
        throw new NotFoundException(ErrorCode.FOLLOW_UP_NOT_FOUND, "followUp", followUpId);
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new RuleViolationException(ErrorCode.CASE_NOT_OPEN, "status", number, status);
        }
    }

    private void record(CaseEventType type, Instant at, UserId by, Map<String, String> details) {
        events.add(new CaseEvent(number, type, details, at, by));
    }
}
