package org.siproc.core.adapter.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.ReferralQuery;
import org.siproc.core.application.port.out.ReferralSummary;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.VersionConflictException;

/** Protection cases kept in memory as snapshots (deep copies). Thread-safe; optimistic locking like a database. */
public final class InMemoryProtectionCases implements ProtectionCases {
    private final Map<CaseNumber, ProtectionCase.Snapshot> store = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;
    private final InMemoryPersons persons;

    public InMemoryProtectionCases(InMemoryTransactions transactions, InMemoryPersons persons) {
        this.transactions = transactions;
        this.persons = persons;
    }

    @Override
    public Optional<ProtectionCase> findByNumber(CaseNumber number) {
        return Optional.ofNullable(store.get(number)).map(ProtectionCase::reconstitute);
    }

    @Override
    public synchronized long save(ProtectionCase protectionCase) {
        CaseNumber number = protectionCase.number();
        ProtectionCase.Snapshot previous = store.get(number);
        long storedVersion = previous == null ? 0 : previous.version();
        boolean conflict = previous != null
                ? storedVersion != protectionCase.version() || !previous.id().equals(protectionCase.id())
                : protectionCase.version() != 0;
        if (conflict) {
            throw new VersionConflictException(number.toString(), protectionCase.version(), storedVersion);
        }
        long next = protectionCase.version() + 1;
        store.put(number, protectionCase.snapshot().withVersion(next));
        transactions.onRollback(() -> {
            if (previous == null) {
                store.remove(number);
            } else {
                store.put(number, previous);
            }
        });
        return next;
    }

    @Override
    public List<ProtectionCase> findByPerson(PersonId person) {
        return all().filter(s -> s.persons().contains(person))
                .sorted(Comparator.comparing(ProtectionCase.Snapshot::registeredAt).reversed())
                .map(ProtectionCase::reconstitute).toList();
    }

    @Override
    public List<CaseSummary> find(CaseQuery q, Instant now) {
        return all()
                .filter(s -> q.office() == null || s.office().equals(q.office()))
                .filter(s -> q.status() == null || s.status() == q.status())
                .filter(s -> q.caseType() == null || s.classification().type().equalsIgnoreCase(q.caseType()))
                .filter(s -> q.priority() == null || s.priority().priority() == q.priority())
                .filter(s -> q.assignee() == null || (s.assignee() != null && s.assignee().value().equals(q.assignee())))
                .map(ProtectionCase::reconstitute)
                .filter(c -> !q.overdueOnly() || c.hasOverdueItems(now))
                .sorted(Comparator.comparing(ProtectionCase::registeredAt).reversed()
                        .thenComparing(c -> c.number().toString()))
                .skip((long) q.page() * q.pageSize())
                .limit(q.pageSize())
                .map(c -> new CaseSummary(c.number(), c.office(), persons.mainName(c.mainPerson()).orElse("?"),
                        c.classification(), c.priority().priority(), c.status(),
                        c.assignee() == null ? null : c.assignee().value(), c.registeredAt(), c.hasOverdueItems(now),
                        c.version()))
                .toList();
    }

    @Override
    public List<ProtectionCase> findWithOverdueItems(@Nullable OfficeCode office, Instant now) {
        return all().filter(s -> office == null || s.office().equals(office))
                .map(ProtectionCase::reconstitute)
                .filter(c -> c.hasOverdueItems(now))
                .toList();
    }

    @Override
    public List<ReferralSummary> findReferrals(ReferralQuery q, Instant now) {
        return all().filter(s -> q.office() == null || s.office().equals(q.office()))
                .flatMap(s -> s.referrals().stream()
                        .filter(r -> r.status() != ReferralStatus.SUGGESTED && r.status() != ReferralStatus.DISMISSED)
                        .filter(r -> q.institution() == null || r.institution().equalsIgnoreCase(q.institution()))
                        .filter(r -> q.status() == null || r.status() == q.status())
                        .filter(r -> !q.overdueOnly() || r.overdue(now))
                        .map(r -> new ReferralSummary(s.number(), s.office(), r.id().toString(), r.institution(),
                                r.reason(), r.status(), r.sharedData(), r.responseDueAt(), r.overdue(now))))
                .sorted(Comparator.comparing(ReferralSummary::responseDueAt,
                                Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparing(r -> r.caseNumber().toString()).thenComparing(ReferralSummary::referralId))
                .skip((long) q.page() * q.pageSize())
                .limit(q.pageSize())
                .toList();
    }

    @Override
    public List<ProtectionCase> findResolvedBefore(Instant before) {
        return all().filter(s -> s.status() == CaseStatus.RESOLVED)
                .filter(s -> {
                    StatusChange last = s.history().get(s.history().size() - 1);
                    return last.at().isBefore(before);
                })
                .map(ProtectionCase::reconstitute).toList();
    }

    public int size() {
        return store.size();
    }

    /** Every stored case, as stored; for the in-memory statistics. */
    java.util.Collection<ProtectionCase.Snapshot> snapshots() {
        return store.values();
    }

    private Stream<ProtectionCase.Snapshot> all() {
        return store.values().stream();
    }
}
