package org.siproc.core.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.siproc.core.application.port.in.MergePersonsCommand;
import org.siproc.core.application.port.in.MergePersonsUseCase;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseEvent;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.NotFoundException;
import org.siproc.core.domain.shared.Text;

/** Merges duplicate person records, keeping both histories; one transaction, audited. */
final class PersonMergeService implements MergePersonsUseCase {
    private final CaseWork work;

    PersonMergeService(CaseWork work) {
        this.work = work;
    }

    @Override
    public List<String> merge(Actor actor, MergePersonsCommand command) {
        work.validator.validate(command);
        PersonId survivorId = PersonId.of(command.survivorId());
        PersonId duplicateId = PersonId.of(command.duplicateId());
        String reason = Text.required("reason", command.reason(), 500);
        List<CaseEvent> events = new ArrayList<>();
        List<String> repointed = work.guarded(actor, duplicateId.toString(), () -> {
            work.policy.require(actor, Permission.MERGE_PERSONS, null, duplicateId);
            return work.transactions.inTransaction(() -> {
                Instant now = work.now();
                Person survivor = find(survivorId, "survivorId");
                Person duplicate = find(duplicateId, "duplicateId");
                survivor.absorb(duplicate);
                work.persons.save(survivor);
                work.persons.save(duplicate);
                List<String> numbers = new ArrayList<>();
                for (ProtectionCase c : work.cases.findByPerson(duplicateId)) {
                    c.replacePerson(duplicateId, survivorId, now, actor.user());
                    work.cases.save(c);
                    List<CaseEvent> caseEvents = c.pullEvents();
                    caseEvents.forEach(e -> work.audit.record(CaseWork.auditOf(actor, e)));
                    events.addAll(caseEvents);
                    numbers.add(c.number().toString());
                }
                work.audit.record(new AuditEvent(now, actor.user(), actor.role(), actor.origin(), AuditAction.MERGE,
                        "PERSONS_MERGED", survivorId.toString(), Map.of("duplicate", duplicateId.toString(),
                        "cases", String.join(",", numbers), "reasonLength", String.valueOf(reason.length()))));
                return numbers;
            });
        });
        work.notifyAll(events);
        return repointed;
    }

    private Person find(PersonId id, String field) {
        return work.persons.findById(id).orElseThrow(() -> new NotFoundException(ErrorCode.PERSON_NOT_FOUND, field, id));
    }
}
