package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.Text;

/**
 * A case carried over from a legacy case system (<em>migración</em>), checked and ready to receive its SIPROC case
 * number. It keeps the case's history as far as the legacy system knew it: registered on {@code registeredOn}, in
 * {@code status} since {@code closedOn} (closed and archived cases) or since the import. Its rules, checked when it
 * is built:
 * <ul>
 * <li>no date after the import; the registration not before the incident, nor before the person's birth; the
 *     closing date not before the registration;</li>
 * <li>a closed or archived case has a closing date; an open one has none (a resolved case may carry the date it
 *     was resolved);</li>
 * <li>registrations from 2000 on: SIPROC case numbers carry a four-digit year from 2000.</li>
 * </ul>
 * The case is registered by the importing user under a legal basis (the legacy system's registration predates
 * SIPROC's consent records), unassigned, with the priority the profile's triage rules give it on the registration
 * date, and without suggested referrals: what the legacy system referred is not known.
 *
 * @param legacyNumber the case's number in the legacy system, kept as its reference
 * @param zone         the office's time zone, in which the legacy dates are read
 * @param statusNote   the reason written in the status history for the status carried over
 * @param legalBasis   the registration's legal basis
 */
public record LegacyCase(String legacyNumber, Person person, ProtectionCase.Intake intake, PriorityAssessment priority,
                         CaseStatus status, LocalDate registeredOn, @Nullable LocalDate closedOn, ZoneId zone,
                         Instant importedAt, UserId importedBy, String statusNote, Consent legalBasis) {

    /** Field names of the rules' errors, for adapters that point at the input column. */
    public static final String REGISTERED_ON = "registeredOn";
    public static final String CLOSED_ON = "closedOn";
    public static final String INCIDENT_DATE = "incident.date";
    public static final String BIRTH_DATE = "person.birthDate";
    public static final String STATUS = "status";

    private static final Set<CaseStatus> NEED_CLOSING_DATE = Set.of(CaseStatus.CLOSED, CaseStatus.ARCHIVED);

    public LegacyCase {
        legacyNumber = Text.required("legacyNumber", legacyNumber, 40);
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        statusNote = Text.required("statusNote", statusNote, 1000);
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (!intake.persons().equals(List.of(person.id()))) {
            throw new IllegalArgumentException("the intake must concern the legacy case's person only");
        }
        LocalDate importDay = importedAt.atZone(zone).toLocalDate();
        if (registeredOn.getYear() < 2000) {
            throw new RuleViolationException(ErrorCode.LEGACY_REGISTERED_BEFORE_2000, REGISTERED_ON, registeredOn);
        }
        notAfter(REGISTERED_ON, registeredOn, importDay);
        LocalDate incident = intake.incident().date();
        if (incident != null && incident.isAfter(registeredOn)) {
            throw outOfOrder(REGISTERED_ON, registeredOn, INCIDENT_DATE, incident);
        }
        BirthDate birth = person.birthDate();
        if (birth != null && earliestBirth(birth).isAfter(registeredOn)) {
            throw outOfOrder(REGISTERED_ON, registeredOn, BIRTH_DATE, earliestBirth(birth));
        }
        if (closedOn != null) {
            if (status.open() && status != CaseStatus.RESOLVED) {
                throw new RuleViolationException(ErrorCode.LEGACY_OPEN_WITH_CLOSING_DATE, CLOSED_ON, status, closedOn);
            }
            notAfter(CLOSED_ON, closedOn, importDay);
            if (closedOn.isBefore(registeredOn)) {
                throw outOfOrder(CLOSED_ON, closedOn, REGISTERED_ON, registeredOn);
            }
        } else if (NEED_CLOSING_DATE.contains(status)) {
            throw new RuleViolationException(ErrorCode.LEGACY_CLOSED_WITHOUT_DATE, CLOSED_ON, status);
        }
    }

    /** When the case was registered: the start of the registration day in the office's time zone. */
    public Instant registeredAt() {
        return registeredOn.atStartOfDay(zone).toInstant();
    }

    /**
     * The case under its SIPROC number, as if it had been registered in SIPROC on its registration date and moved to
     * its status on its closing date (or, for a case still open, at the import).
     */
    public ProtectionCase open(CaseId id, CaseNumber number) {
        if (!number.office().equals(intake.office())) {
            throw new IllegalArgumentException("case number " + number + " is not of office " + intake.office());
        }
        Instant registeredAt = registeredAt();
        List<StatusChange> history = new ArrayList<>(2);
        history.add(new StatusChange(null, CaseStatus.REGISTERED, registeredAt, importedBy, null));
        if (status != CaseStatus.REGISTERED) {
            Instant since = closedOn != null ? closedOn.atStartOfDay(zone).toInstant() : importedAt;
            history.add(new StatusChange(CaseStatus.REGISTERED, status, since, importedBy, statusNote));
        }
        return ProtectionCase.reconstitute(new ProtectionCase.Snapshot(id, number, intake.office(), intake.persons(),
                intake.reporter(), intake.channel(), intake.incident(), intake.narrative(), intake.classification(),
                intake.demographics(), intake.circumstances(), priority, null, status, registeredAt, importedBy,
                List.of(legalBasis), List.of(), List.of(), List.of(), List.of(), history, 0));
    }

    private static void notAfter(String field, LocalDate date, LocalDate importDay) {
        if (date.isAfter(importDay)) {
            throw new RuleViolationException(ErrorCode.LEGACY_DATE_IN_FUTURE, field, field, date);
        }
    }

    private static RuleViolationException outOfOrder(String field, LocalDate date, String other, LocalDate otherDate) {
        return new RuleViolationException(ErrorCode.LEGACY_DATES_OUT_OF_ORDER, field, field, date, other, otherDate);
    }

    /** The earliest day the person can have been born: the exact date, or 1 January of a year, or of an estimate. */
    private static LocalDate earliestBirth(BirthDate birth) {
        return birth.approximateDate();
    }
}
