package org.siproc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.application.port.out.Persons;
import org.siproc.core.domain.person.DuplicateMatch;
import org.siproc.core.domain.person.NameKey;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.SearchRelevance;
import org.siproc.core.domain.shared.VersionConflictException;

/**
 * Adapter of the {@link Persons} port on JPA. Search and duplicate detection work in two stages: the database
 * returns a wide, bounded set of candidates (by document number, by a similar name through the {@link NameIndex} of
 * the database, by birth date), and the core's own similarity ranks them, so results do not depend on the database.
 */
final class JpaPersons implements Persons {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Candidates a name query asks the database for, at least; enough for the page wanted and then some. */
    private final int candidateLimit;
    private final JpaTransactions transactions;
    private final EntityManagerFactory factory;
    private final NameIndex names;

    JpaPersons(JpaTransactions transactions, EntityManagerFactory factory, NameIndex names, int candidateLimit) {
        this.transactions = transactions;
        this.factory = factory;
        this.names = names;
        this.candidateLimit = candidateLimit;
    }

    @Override
    public Optional<Person> findById(PersonId id) {
        return transactions.withEntityManager(em -> Optional.ofNullable(em.find(PersonEntity.class, id.value()))
                .map(PersonMapper::toDomain));
    }

    @Override
    public List<Person> findAllById(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.withEntityManager(em -> load(em, ids.stream().map(PersonId::value).distinct().toList()));
    }

    /** The persons with these ids, in the order of the ids. */
    private static List<Person> load(EntityManager em, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersonEntity> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            // One statement with every collection (ordered lists, so no bag product problem; a person has few of
            // each), instead of one more round trip per collection.
            em.createQuery("select p from Person p left join fetch p.documents left join fetch p.contacts"
                            + " left join fetch p.relatives left join fetch p.languages left join fetch p.flags"
                            + " where p.id in :ids", PersonEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(p -> byId.put(p.id, p));
        }
        List<Person> result = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            PersonEntity e = byId.get(id);
            if (e != null) {
                result.add(PersonMapper.toDomain(e));
            }
        }
        return result;
    }

    @Override
    public long save(Person person) {
        return transactions.withEntityManager(em -> {
            long expected = person.version();
            // A person never saved has version 0: insert without looking first; if the id is taken after all, the
            // primary key refuses the insert and the flush below reports the conflict.
            boolean isNew = expected == 0;
            PersonEntity entity = isNew ? null : em.find(PersonEntity.class, person.id().value());
            String previousKey = null;
            if (entity == null && !isNew) {
                throw new VersionConflictException(person.id().toString(), expected, 0);
            }
            if (isNew) {
                entity = new PersonEntity();
                PersonMapper.write(person, entity, JpaProtectionCases.Stamps.next(null));
                entity.version = 1;
                em.persist(entity);
            } else {
                if (entity.version != expected) {
                    throw new VersionConflictException(person.id().toString(), expected, entity.version);
                }
                previousKey = entity.nameKey;
                PersonMapper.write(person, entity, JpaProtectionCases.Stamps.next(entity.savedAt));
            }
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (Failures.isConflict(e)) {
                    VersionConflictException conflict = new VersionConflictException(person.id().toString(), expected,
                            currentVersion(person.id()));
                    conflict.initCause(e);
                    throw conflict;
                }
                throw e;
            }
            if (isNew || !entity.nameKey.equals(previousKey)) {
                PersonEntity written = entity;
                String replaced = previousKey;
                jdbc(em, c -> {
                    names.index(c, written.id, replaced, written.nameKey);
                    return null;
                });
            }
            // Written: let it go, so later flushes of a long transaction (an import) do not check it again.
            em.detach(entity);
            return entity.version;
        });
    }

    private long currentVersion(PersonId id) {
        EntityManager other = factory.createEntityManager();
        try {
            PersonEntity stored = other.find(PersonEntity.class, id.value());
            return stored == null ? 0 : stored.version;
        } catch (RuntimeException e) {
            return -1;
        } finally {
            other.close();
        }
    }

    @Override
    public List<Person> findPossibleDuplicates(Person probe, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return transactions.withEntityManager(em -> {
            Set<UUID> ids = new LinkedHashSet<>();
            Set<String> documentKeys = new LinkedHashSet<>();
            probe.documents().forEach(d -> documentKeys.add(d.matchKey()));
            ids.addAll(jdbc(em, c -> byDocument(c, documentKeys)));
            // Score on name and birth date first (documents were looked up above: for every other candidate the
            // core's score is the same without them), and load in full only the best `limit` of the likely ones:
            // usually none, as most registrations have no likely duplicate.
            Map<UUID, Double> sketchScores = new HashMap<>();
            for (PersonCandidate candidate : jdbc(em, c -> names.similar(c, probe.name().searchKey(),
                    probe.birthDate() == null ? null : probe.birthDate().approximateDate(),
                    Math.max(candidateLimit, limit * 2)))) {
                double score = DuplicateMatch.between(probe, candidate.sketch()).score();
                if (score >= DuplicateMatch.THRESHOLD) {
                    sketchScores.put(candidate.id(), score);
                }
            }
            sketchScores.entrySet().stream()
                    .sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry::getKey))
                    .limit(limit + 1L)
                    .forEach(e -> ids.add(e.getKey()));
            ids.remove(probe.id().value());
            return load(em, new ArrayList<>(ids)).stream()
                    .filter(p -> !p.merged())
                    .map(p -> Map.entry(p, DuplicateMatch.between(probe, p).score()))
                    .filter(e -> e.getValue() >= DuplicateMatch.THRESHOLD)
                    .sorted(Map.Entry.<Person, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(e -> e.getKey().id().value()))
                    .limit(limit)
                    .map(Map.Entry::getKey)
                    .toList();
        });
    }

    @Override
    public List<Person> search(PersonSearchQuery query) {
        String nameKey = NameKey.of(query.text());
        String documentKey = query.text().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        int wanted = (query.page() + 1) * query.pageSize();
        return transactions.withEntityManager(em -> {
            Map<UUID, Double> scores = new LinkedHashMap<>();
            Map<UUID, String> fullNames = new HashMap<>();
            // Document numbers have digits, names none: look up only what the text can be.
            if (DIGIT.matcher(documentKey).find()) {
                for (UUID id : jdbc(em, c -> byDocument(c, Set.of(documentKey)))) {
                    scores.put(id, SearchRelevance.DOCUMENT_MATCH);
                }
            }
            if (LETTER.matcher(nameKey).find()) {
                List<PersonCandidate> candidates = jdbc(em, c -> names.similar(c, nameKey, query.birthDate(),
                        Math.max(candidateLimit, wanted * 4)));
                for (PersonCandidate candidate : candidates) {
                    fullNames.put(candidate.id(), candidate.name().fullName());
                    scores.putIfAbsent(candidate.id(),
                            SearchRelevance.ofName(nameKey, candidate.name(), candidate.birthDate(), query.birthDate()));
                }
            }
            List<UUID> documentOnly = scores.keySet().stream().filter(id -> !fullNames.containsKey(id)).toList();
            if (!documentOnly.isEmpty()) {
                load(em, documentOnly).forEach(p -> fullNames.put(p.id().value(), p.name().fullName()));
            }
            List<UUID> page = scores.entrySet().stream()
                    .filter(e -> e.getValue() >= SearchRelevance.THRESHOLD && fullNames.containsKey(e.getKey()))
                    .sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(e -> fullNames.get(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .skip((long) query.page() * query.pageSize())
                    .limit(query.pageSize())
                    .map(Map.Entry::getKey)
                    .toList();
            return load(em, page).stream().filter(p -> !p.merged()).toList();
        });
    }

    private static List<UUID> byDocument(Connection connection, Set<String> matchKeys) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (String key : matchKeys) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT d.person_id FROM person_document d"
                    + " JOIN person p ON p.id = d.person_id WHERE d.match_key = ? AND p.merged_into IS NULL")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return ids;
    }

    /** JDBC work on the transaction's own connection (after Hibernate flushed what the work must see). */
    private static <T> T jdbc(EntityManager em, JdbcWork<T> work) {
        Session session = em.unwrap(Session.class);
        return session.doReturningWork(work::run);
    }

    @FunctionalInterface
    interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
