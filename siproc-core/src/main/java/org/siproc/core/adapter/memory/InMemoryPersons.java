package org.siproc.core.adapter.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.application.port.out.Persons;
import org.siproc.core.domain.person.DuplicateMatch;
import org.siproc.core.domain.person.NameKey;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.SearchRelevance;
import org.siproc.core.domain.shared.VersionConflictException;

/** Persons kept in memory as copies, so a caller's unsaved changes never leak into the store. Thread-safe. */
public final class InMemoryPersons implements Persons {
    private final Map<PersonId, Person> store = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryPersons(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Person> findById(PersonId id) {
        Person stored = store.get(id);
        return stored == null ? Optional.empty() : Optional.of(stored.copyAtVersion(stored.version()));
    }

    @Override
    public List<Person> findAllById(Collection<PersonId> ids) {
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    @Override
    public synchronized long save(Person person) {
        Person previous = store.get(person.id());
        long storedVersion = previous == null ? 0 : previous.version();
        if (previous != null ? storedVersion != person.version() : person.version() != 0) {
            throw new VersionConflictException(person.id().toString(), person.version(), storedVersion);
        }
        long next = person.version() + 1;
        store.put(person.id(), person.copyAtVersion(next));
        transactions.onRollback(() -> {
            if (previous == null) {
                store.remove(person.id());
            } else {
                store.put(person.id(), previous);
            }
        });
        return next;
    }

    @Override
    public List<Person> findPossibleDuplicates(Person probe, int limit) {
        // A full scan: fine for the sizes in-memory stores hold (tests, demos).
        return store.values().stream()
                .filter(p -> !p.merged() && !p.id().equals(probe.id()))
                .map(p -> Map.entry(p, DuplicateMatch.between(probe, p).score()))
                .filter(e -> e.getValue() > 0.3)
                .sorted(Map.Entry.<Person, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(e -> e.getKey().copyAtVersion(e.getKey().version()))
                .toList();
    }

    @Override
    public List<Person> search(PersonSearchQuery query) {
        String key = NameKey.of(query.text());
        String documentKey = query.text().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return store.values().stream()
                .filter(p -> !p.merged())
                .map(p -> Map.entry(p, SearchRelevance.of(p, key, documentKey, query.birthDate())))
                .filter(e -> e.getValue() >= SearchRelevance.THRESHOLD)
                .sorted(Map.Entry.<Person, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().name().fullName()))
                .skip((long) query.page() * query.pageSize())
                .limit(query.pageSize())
                .map(e -> e.getKey().copyAtVersion(e.getKey().version()))
                .toList();
    }

    /** Number of records stored (merged ones included). */
    public int size() {
        return store.size();
    }

    Optional<String> mainName(PersonId id) {
        return Optional.ofNullable(store.get(id)).map(p -> p.name().fullName()).filter(Objects::nonNull);
    }
}
