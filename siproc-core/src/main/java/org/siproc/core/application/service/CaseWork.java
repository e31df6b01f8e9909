package org.siproc.core.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.CaseChange;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.application.port.out.Notifier;
import org.siproc.core.application.port.out.Persons;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseEvent;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.VersionConflictException;
import org.siproc.core.profile.CountryProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every use case on a case does the same way: validate the command, run in one transaction, load the case,
 * ask the access policy, check the version the user saw, save, write the events to the audit trail, and notify
 * after the transaction. Refusals by the access policy are audited outside the transaction, so they are kept.
 */
final class CaseWork {
    private static final Logger LOG = LoggerFactory.getLogger(CaseWork.class);

    final CountryProfile profile;
    final ProtectionCases cases;
    final Persons persons;
    final AuditTrail audit;
    final Notifier notifier;
    final Transactions transactions;
    final Clock clock;
    final AccessPolicy policy;
    final CommandValidator validator;

    CaseWork(CountryProfile profile, ProtectionCases cases, Persons persons, AuditTrail audit, Notifier notifier,
             Transactions transactions, Clock clock, AccessPolicy policy, CommandValidator validator) {
        this.profile = profile;
        this.cases = cases;
        this.persons = persons;
        this.audit = audit;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
        this.validator = validator;
    }

    Instant now() {
        return clock.instant();
    }

    /** The work of a use case that changes one case. {@code work} returns the id of the entry it created, if any. */
    @FunctionalInterface
    interface Change {
        @Nullable String apply(ProtectionCase protectionCase, Instant now);
    }

    CaseChange change(Actor actor, Object command, String caseNumber, @Nullable Long expectedVersion,
                      Permission permission, Change work) {
        validator.validate(command);
        CaseNumber number = CaseNumber.parse(caseNumber);
        return changeParsed(actor, number, expectedVersion, c -> policy.require(actor, permission, c.office(), number), work);
    }

    /** As {@link #change}, with an access check of the caller's own (for rules that depend on the case's state). */
    CaseChange changeParsed(Actor actor, CaseNumber number, @Nullable Long expectedVersion,
                            java.util.function.Consumer<ProtectionCase> accessCheck, Change work) {
        Outcome outcome = guarded(actor, number.toString(), () -> transactions.inTransaction(() -> {
            ProtectionCase c = load(number);
            accessCheck.accept(c);
            if (expectedVersion != null && expectedVersion != c.version()) {
                throw new VersionConflictException(number.toString(), expectedVersion, c.version());
            }
            Instant now = now();
            String entry = work.apply(c, now);
            long version = cases.save(c);
            List<CaseEvent> events = c.pullEvents();
            events.forEach(e -> audit.record(auditOf(actor, e)));
            return new Outcome(new CaseChange(number, version, entry), events);
        }));
        notifyAll(outcome.events());
        return outcome.change();
    }

    record Outcome(CaseChange change, List<CaseEvent> events) {
    }

    ProtectionCase load(CaseNumber number) {
        return cases.findByNumber(number)
                .orElseThrow(() -> new NotFoundException(ErrorCode.CASE_NOT_FOUND, "caseNumber", number));
    }

    /** Runs the work; when the access policy refuses, writes the refusal to the audit trail and rethrows. */
    <T> T guarded(Actor actor, String subject, Supplier<T> work) {
        try {
            return work.get();
        } catch (AccessDeniedException denied) {
            audit.record(new AuditEvent(now(), actor.user(), actor.role(), actor.origin(), AuditAction.ACCESS_DENIED,
                    denied.permission().name(), subject, Map.of()));
            throw denied;
        }
    }

    void notifyAll(List<CaseEvent> events) {
        for (CaseEvent event : events) {
            try {
                notifier.notify(event);
            } catch (RuntimeException e) {
                // The change is saved; a notification failure must not look like a failed change.
                LOG.warn("Notification of {} {} failed", event.type(), event.caseNumber(), e);
            }
        }
    }

    static AuditEvent auditOf(Actor actor, CaseEvent event) {
        AuditAction action = switch (event.type()) {
            case REGISTERED -> AuditAction.REGISTER;
            case REFERRAL_SENT, REFERRAL_SUGGESTED, REFERRAL_DISMISSED, REFERRAL_ANSWERED -> AuditAction.REFER;
            case PERSON_REPLACED -> AuditAction.MERGE;
            default -> AuditAction.CHANGE;
        };
        return new AuditEvent(event.at(), actor.user(), actor.role(), actor.origin(), action, event.type().name(),
                event.caseNumber().toString(), event.details());
    }
}
