package org.siproc.core.application.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.DuplicateCandidate;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegisterCaseUseCase;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseDemographics;
import org.siproc.core.domain.casefile.CaseEvent;
import org.siproc.core.domain.casefile.CaseId;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.Incident;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Reporter;
import org.siproc.core.domain.person.DuplicateMatch;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.profile.Office;
import org.siproc.core.rules.CaseFacts;
import org.siproc.core.rules.RuleEvaluation;

/** Registers a person and a case in one transaction: triage, suggested referrals, first follow-up, audit. */
final class RegistrationService implements RegisterCaseUseCase {

    static final int DUPLICATE_CANDIDATES = 10;

    private final CaseWork work;
    private final CaseNumberSequence sequence;
    private final PersonFactory personFactory;

    RegistrationService(CaseWork work, CaseNumberSequence sequence, PersonFactory personFactory) {
        this.work = work;
        this.sequence = sequence;
        this.personFactory = personFactory;
    }

    @Override
    public RegistrationResult register(Actor actor, RegisterCaseCommand command) {
        work.validator.validate(command);
        OfficeCode officeCode = OfficeCode.of(command.office());
        Registered registered = work.guarded(actor, officeCode.value(), () -> {
            work.policy.require(actor, Permission.REGISTER_CASE, officeCode, officeCode);
            Office office = work.profile.requireOffice(officeCode, "office");
            CaseClassification classification = CaseClassification.of(command.caseType(), command.caseSubtype());
            work.profile.requireClassification(classification);
            Set<String> circumstances = new TreeSet<>();
            for (String code : command.circumstances()) {
                circumstances.add(work.profile.requireCircumstance(code, "circumstances").code());
            }
            Incident incident = new Incident(command.incidentDate(), CountryCode.of(command.incidentCountry()),
                    command.incidentRegion(), command.incidentCity());
            Reporter reporter = new Reporter(command.reporterKind(), command.reporterName(), command.reporterContact());
            return work.transactions.inTransaction(() -> registerInTransaction(actor, command, office, classification,
                    incident, reporter, circumstances));
        });
        work.notifyAll(registered.events());
        return registered.result();
    }

    private record Registered(RegistrationResult result, List<CaseEvent> events) {
    }

    private Registered registerInTransaction(Actor actor, RegisterCaseCommand command, Office office,
                                             CaseClassification classification, Incident incident, Reporter reporter,
                                             Set<String> circumstances) {
        Instant now = work.now();
        Person person;
        boolean newPerson;
        List<DuplicateCandidate> duplicates;
        if (command.person() != null) {
            if (command.existingPersonId() != null) {
                throw new InvalidValueException("existingPersonId",
                        "give either a new person or an existing person, not both");
            }
            person = personFactory.newPerson(command.person());
            newPerson = true;
            duplicates = candidates(person);
        } else if (command.existingPersonId() != null) {
            PersonId id = PersonId.of(command.existingPersonId());
            person = work.persons.findById(id)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.PERSON_NOT_FOUND, "existingPersonId", id));
            if (person.merged()) {
                throw new RuleViolationException(ErrorCode.PERSON_ALREADY_MERGED, "existingPersonId", id);
            }
            newPerson = false;
            duplicates = List.of();
        } else {
            throw new InvalidValueException("person", "a new or an existing person is required");
        }

        ZoneId zone = office.timeZone();
        CaseFacts facts = CaseFacts.derive(classification, List.of(person), incident.date(), incident.country(), now,
                zone, command.channel(), circumstances);
        RuleEvaluation evaluation = work.profile.rules().evaluate(facts);

        List<Consent> consents = command.consents().stream()
                .map(c -> new Consent(c.purpose(), c.state(), c.basis(), c.note(), now, actor.user())).toList();
        int year = now.atZone(zone).getYear();
        CaseNumber number = new CaseNumber(work.profile.country(), office.code(), year,
                sequence.next(work.profile.country(), office.code(), year));
        ProtectionCase c = ProtectionCase.register(CaseId.newId(), number, new ProtectionCase.Intake(office.code(),
                        List.of(person.id()), reporter, command.channel(), incident, command.narrative(), classification,
                        CaseDemographics.of(person, incidentDay(incident, now, zone)), circumstances),
                evaluation.priority(), consents, now, actor.user());
        for (RuleEvaluation.SuggestedReferral s : evaluation.referrals()) {
            work.profile.requireInstitution(s.institution());
            c.suggestReferral(s.institution(), s.reason(), s.ruleId(), now, actor.user());
        }
        Duration firstAttention = work.profile.followUpPeriods().dueAfter(c.priority().priority());
        c.scheduleFollowUp(Labels.firstAttention(work.profile), now.plus(firstAttention), actor.user(), now, actor.user());

        if (newPerson) {
            work.persons.save(person);
            work.audit.record(new AuditEvent(now, actor.user(), actor.role(), actor.origin(), AuditAction.REGISTER,
                    "PERSON_REGISTERED", person.id().toString(), Map.of("case", number.toString())));
        }
        long version = work.cases.save(c);
        List<CaseEvent> events = c.pullEvents();
        events.forEach(e -> work.audit.record(CaseWork.auditOf(actor, e)));
        return new Registered(new RegistrationResult(number, version, person.id(), c.priority(),
                c.referrals().stream().map(CaseView.ReferralView::of).toList(), evaluation.forms(), duplicates), events);
    }

    /** The incident date, or the report date when it is unknown or later than the report (as the rules do). */
    private static java.time.LocalDate incidentDay(Incident incident, Instant now, ZoneId zone) {
        java.time.LocalDate reportDay = now.atZone(zone).toLocalDate();
        return incident.date() != null && !incident.date().isAfter(reportDay) ? incident.date() : reportDay;
    }

    @Override
    public List<DuplicateCandidate> findDuplicates(Actor actor, PersonData data) {
        work.validator.validate(data);
        return work.guarded(actor, "persons", () -> {
            work.policy.require(actor, Permission.REGISTER_CASE, actor.office(), "persons");
            List<DuplicateCandidate> found = candidates(personFactory.newPerson(data));
            work.audit.record(new AuditEvent(work.now(), actor.user(), actor.role(), actor.origin(), AuditAction.SEARCH,
                    "DUPLICATE_CHECK", "persons", Map.of("candidates", String.valueOf(found.size()))));
            return found;
        });
    }

    private List<DuplicateCandidate> candidates(Person probe) {
        List<DuplicateCandidate> result = new ArrayList<>();
        for (Person candidate : work.persons.findPossibleDuplicates(probe, DUPLICATE_CANDIDATES * 5)) {
            if (candidate.id().equals(probe.id()) || candidate.merged()) {
                continue;
            }
            DuplicateMatch match = DuplicateMatch.between(probe, candidate);
            if (match.likely()) {
                result.add(new DuplicateCandidate(candidate.id(), candidate.name().fullName(),
                        candidate.birthDate() == null ? null : candidate.birthDate().approximateDate().toString(),
                        match.score(), match.reasons()));
            }
        }
        result.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed());
        return result.size() > DUPLICATE_CANDIDATES ? result.subList(0, DUPLICATE_CANDIDATES) : result;
    }
}
