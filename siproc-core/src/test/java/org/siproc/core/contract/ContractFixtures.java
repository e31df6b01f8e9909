package org.siproc.core.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
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
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.Reporter;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.PlaceOfOrigin;
import org.siproc.core.domain.person.Relative;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Aggregates built directly (not through use cases) for the port contracts. Instants are whole milliseconds, which
 * every store keeps exactly.
 */
public final class ContractFixtures {
    public static final Instant T0 = Instant.parse("2026-03-02T15:04:05.123Z");
    public static final UserId OFFICER = UserId.of("officer.tapachula");
    public static final UserId CONSUL = UserId.of("consul.tapachula");
    public static final CountryCode HN = CountryCode.of("HN");
    public static final CountryCode MX = CountryCode.of("MX");
    public static final OfficeCode TAPACHULA = OfficeCode.of("MXTAP");
    public static final OfficeCode SALTILLO = OfficeCode.of("MXSAL");

    private ContractFixtures() {
    }

    public static CaseNumber number(OfficeCode office, int sequence) {
        return new CaseNumber(HN, office, 2026, sequence);
    }

    public static Person person(String given, String first, @Nullable String second) {
        return Person.builder(PersonName.of(given, first, second)).build();
    }

    public static Person person(String given, String first, @Nullable String second, @Nullable LocalDate born) {
        return Person.builder(PersonName.of(given, first, second))
                .birthDate(born == null ? null : new BirthDate.Exact(born)).build();
    }

    /** A person with every field filled in. */
    public static Person fullPerson() {
        return Person.builder(new PersonName("José Ángel", "Núñez", "Peña", "Chepe"))
                .birthDate(new BirthDate.Exact(LocalDate.of(1990, 4, 12)))
                .sex(Sex.M).genderIdentity("hombre").nationality(HN)
                .document(new IdentityDocument("DNI", "0801-1990-12345", HN))
                .document(new IdentityDocument("PASSPORT", "F1234567", HN))
                .origin(new PlaceOfOrigin(HN, "08", "0801"))
                .contact(new Contact(Contact.Kind.PHONE, "+52 962 000 0000"))
                .contact(new Contact(Contact.Kind.EMAIL, "jose@example.org"))
                .relative(new Relative("Rosa Peña", "madre", "+504 9999-0000", true))
                .relative(new Relative("Luis Núñez", "hermano", null, false))
                .language("es").language("miskito")
                .ethnicity("miskito")
                .flag(VulnerabilityFlag.DISPLACED_BY_VIOLENCE).flag(VulnerabilityFlag.SERIOUS_MEDICAL_CONDITION)
                .build();
    }

    /** A case just registered for the person, on {@code at}, with consent for registration and referral. */
    public static ProtectionCase newCase(CaseNumber number, PersonId person, Instant at) {
        ProtectionCase.Intake intake = new ProtectionCase.Intake(number.office(), List.of(person),
                new Reporter(ReporterKind.RELATIVE, "Rosa Peña", "+504 9999-0000"), IntakeChannel.PHONE,
                new Incident(LocalDate.of(2026, 2, 27), MX, "Chiapas", "Tapachula"),
                "Detenido en la estación migratoria; pide hablar con su madre.",
                CaseClassification.of("MIGRATORY", "MIGRATION_STATION"),
                new CaseDemographics(Sex.M, 35, "08", Set.of(VulnerabilityFlag.DISPLACED_BY_VIOLENCE)),
                Set.of("FEAR_OF_RETURN"));
        return ProtectionCase.register(CaseId.newId(), number, intake,
                PriorityAssessment.computed(Priority.NORMAL, null, "no rule applies"),
                List.of(new Consent(ConsentPurpose.REGISTRATION, Consent.State.GIVEN, SharingBasis.CONSENT, null, at, OFFICER),
                        new Consent(ConsentPurpose.REFERRAL, Consent.State.GIVEN, SharingBasis.CONSENT, "verbal", at, OFFICER)),
                at, OFFICER);
    }

    /**
     * A case with something in every part: status history, assignee, raised priority, actions and a correction,
     * follow-ups (one done), referrals in several states, an attachment, a second person.
     */
    public static ProtectionCase richCase(CaseNumber number, PersonId person, PersonId relative, Instant at) {
        ProtectionCase c = newCase(number, person, at);
        Instant t = at.plus(Duration.ofMinutes(5));
        c.changeStatus(CaseStatus.IN_ASSESSMENT, null, t, OFFICER);
        c.changeStatus(CaseStatus.IN_PROGRESS, "assessment done", t.plusSeconds(60), OFFICER);
        c.assignTo(CONSUL, t, CONSUL);
        c.raisePriority(Priority.HIGH, "medical condition", t, CONSUL);
        CaseAction visit = c.recordAction(ActionKind.VISIT_DETENTION_CENTRE, at, "Visita a la estación Siglo XXI.", t, OFFICER);
        c.correctAction(visit.id(), "Visita a la estación Siglo XXI, con el cónsul.", t.plusSeconds(120), OFFICER);
        c.recordAction(ActionKind.CALL, t, "Llamada a la madre \"Rosa\" — todo bien; ñandú.", t, OFFICER);
        FollowUp first = c.scheduleFollowUp("llamar al INM", t.plus(Duration.ofDays(1)), OFFICER, t, OFFICER);
        c.completeFollowUp(first.id(), "respondió el INM", t.plus(Duration.ofHours(3)), OFFICER);
        c.scheduleFollowUp("visita de seguimiento", t.plus(Duration.ofDays(7)), CONSUL, t, OFFICER);
        Referral dif = c.suggestReferral("DIF", "child in Mexico", "REF_CHILD_MX", t, OFFICER).orElseThrow();
        c.sendReferral(dif.id(), true, false, null, t.plus(Duration.ofDays(3)), t.plusSeconds(30), OFFICER);
        c.recordReferralResponse(dif.id(), ReferralResponse.ACKNOWLEDGE, "recibido", t.plusSeconds(90), UserId.of("partner.dif"));
        Referral ngo = c.suggestReferral("MEDIA_NGO", "support", null, t, OFFICER).orElseThrow();
        c.dismissReferral(ngo.id(), "not needed", t.plusSeconds(40), OFFICER);
        c.attach(new Attachment(UUID.fromString("00000000-0000-0000-0000-00000000a77a"), "acta.pdf", "application/pdf",
                12_345, "a".repeat(64), t, OFFICER));
        c.recordConsent(new Consent(ConsentPurpose.STATISTICS, Consent.State.REFUSED, SharingBasis.CONSENT, null, t, OFFICER));
        c.pullEvents();
        return withSecondPerson(c, relative);
    }

    private static ProtectionCase withSecondPerson(ProtectionCase c, PersonId relative) {
        ProtectionCase.Snapshot s = c.snapshot();
        List<PersonId> persons = List.of(s.persons().get(0), relative);
        return ProtectionCase.reconstitute(new ProtectionCase.Snapshot(s.id(), s.number(), s.office(), persons,
                s.reporter(), s.channel(), s.incident(), s.narrative(), s.classification(), s.demographics(),
                s.circumstances(), s.priority(), s.assignee(), s.status(), s.registeredAt(), s.registeredBy(),
                s.consents(), s.attachments(), s.actions(), s.followUps(), s.referrals(), s.history(), s.version()));
    }

    public static AuditEvent auditEvent(String event, String subject, Map<String, String> details) {
        return new AuditEvent(T0, OFFICER, Role.OFFICER, "10.0.0.7", AuditAction.CHANGE, event, subject, details);
    }
}
