package org.siproc.core.adapter.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.VersionConflictException;

/**
 * The {@link BulkCaseWriter} port in memory: saves through the in-memory person and case stores (so a rolled-back
 * batch leaves nothing), keeps legacy references and checkpoints, and reserves numbers on the in-memory sequence.
 */
public final class InMemoryBulkCaseWriter implements BulkCaseWriter {
    private final InMemoryTransactions transactions;
    private final InMemoryPersons persons;
    private final InMemoryProtectionCases cases;
    private final InMemoryCaseNumberSequence sequence;
    private final Map<String, Reference> references = new ConcurrentHashMap<>();
    private final Map<CaseNumber, String> legacyByCase = new ConcurrentHashMap<>();
    private final Map<String, Long> checkpoints = new ConcurrentHashMap<>();

    public InMemoryBulkCaseWriter(InMemoryTransactions transactions, InMemoryPersons persons,
                                  InMemoryProtectionCases cases, InMemoryCaseNumberSequence sequence) {
        this.transactions = transactions;
        this.persons = persons;
        this.cases = cases;
        this.sequence = sequence;
    }

    @Override
    public synchronized void write(Batch batch) {
        transactions.inTransaction(() -> {
            for (ImportedCase c : batch.cases()) {
                if (references.containsKey(c.legacyNumber())) {
                    throw new VersionConflictException(c.legacyNumber(), 0, 1);
                }
                persons.save(c.person());
                cases.save(c.protectionCase());
                Reference reference = new Reference(c.legacyNumber(), c.protectionCase().number(), batch.source(),
                        c.line());
                references.put(c.legacyNumber(), reference);
                legacyByCase.put(reference.caseNumber(), c.legacyNumber());
                transactions.onRollback(() -> {
                    references.remove(reference.legacyNumber());
                    legacyByCase.remove(reference.caseNumber());
                });
            }
            Long previous = checkpoints.put(batch.source(), batch.lastLine());
            transactions.onRollback(() -> {
                if (previous == null) {
                    checkpoints.remove(batch.source());
                } else {
                    checkpoints.put(batch.source(), previous);
                }
            });
            return null;
        });
    }

    @Override
    public Map<String, Reference> findImported(Collection<String> legacyNumbers) {
        return present(legacyNumbers, references);
    }

    @Override
    public Map<CaseNumber, String> legacyNumbersOf(Collection<CaseNumber> numbers) {
        return present(numbers, legacyByCase);
    }

    /** The entries of {@code map} for those of {@code keys} it has. */
    private static <K, V> Map<K, V> present(Collection<K> keys, Map<K, V> map) {
        Map<K, V> found = new HashMap<>();
        for (K key : keys) {
            V value = map.get(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    @Override
    public long checkpoint(String source) {
        return checkpoints.getOrDefault(source, 0L);
    }

    @Override
    public int reserveCaseNumbers(CountryCode country, OfficeCode office, int year, int count) {
        return sequence.reserve(country, office, year, count);
    }

    /** How many legacy cases are stored. */
    public int size() {
        return references.size();
    }
}
