package org.siproc.core.application.service;

import java.util.List;
import java.util.Map;
import org.siproc.core.application.port.in.PersonSearchResult;
import org.siproc.core.application.port.in.SearchPersonsUseCase;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;

/** Person search for staff; the audit entry records that a search was made and how many it found, not the text. */
final class PersonSearchService implements SearchPersonsUseCase {
    private final CaseWork work;

    PersonSearchService(CaseWork work) {
        this.work = work;
    }

    @Override
    public List<PersonSearchResult> search(Actor actor, PersonSearchQuery query) {
        work.validator.validate(query);
        return work.guarded(actor, "persons", () -> {
            work.policy.require(actor, Permission.VIEW_CASE, actor.office(), "persons");
            List<PersonSearchResult> results = work.transactions.inTransaction(() -> work.persons.search(query))
                    .stream().map(PersonSearchService::result).toList();
            work.audit.record(new AuditEvent(work.now(), actor.user(), actor.role(), actor.origin(), AuditAction.SEARCH,
                    "PERSON_SEARCH", "persons", Map.of("results", String.valueOf(results.size()))));
            return results;
        });
    }

    private static PersonSearchResult result(Person p) {
        return new PersonSearchResult(p.id(), p.name().fullName(),
                p.birthDate() == null ? null : p.birthDate().approximateDate().toString(),
                p.documents().stream().map(IdentityDocument::number).toList(),
                p.nationality() == null ? null : p.nationality().value());
    }
}
