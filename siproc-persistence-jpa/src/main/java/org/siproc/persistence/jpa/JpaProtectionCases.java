package org.siproc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.ReferralQuery;
import org.siproc.core.application.port.out.ReferralSummary;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.VersionConflictException;

/**
 * Adapter of the {@link ProtectionCases} port on JPA. Optimistic locking end to end: the version the case was read
 * at is compared with the stored one before writing, and Hibernate's {@code @Version} check in the UPDATE catches
 * a concurrent writer that commits in between; both surface as {@link VersionConflictException} from {@link #save}.
 */
final class JpaProtectionCases implements ProtectionCases {

    private static final List<String> AWAITING_INSTITUTION =
            List.of(ReferralStatus.SENT.name(), ReferralStatus.ACKNOWLEDGED.name());
    private static final List<String> CLOSED_STATUSES = List.of(CaseStatus.CLOSED.name(), CaseStatus.ARCHIVED.name());

    private final JpaTransactions transactions;
    private final EntityManagerFactory factory;

    JpaProtectionCases(JpaTransactions transactions, EntityManagerFactory factory) {
        this.transactions = transactions;
        this.factory = factory;
    }

    @Override
    public Optional<ProtectionCase> findByNumber(CaseNumber number) {
        return transactions.withEntityManager(em -> em
                .createQuery("select c from ProtectionCase c where c.caseNumber = :number", CaseEntity.class)
                .setParameter("number", number.toString())
                .getResultStream().findFirst().map(CaseMapper::toDomain));
    }

    @Override
    public long save(ProtectionCase protectionCase) {
        return transactions.withEntityManager(em -> {
            ProtectionCase.Snapshot s = protectionCase.snapshot();
            String number = s.number().toString();
            long expected = protectionCase.version();
            // A case never saved has version 0: insert without looking first; if its id or number is taken after
            // all, the primary or unique key refuses the insert and the flush below reports the conflict.
            CaseEntity entity = expected == 0 ? null : em.find(CaseEntity.class, s.id().value());
            if (entity == null) {
                if (expected != 0) {
                    Long stored = storedVersionOfNumber(em, number);
                    throw new VersionConflictException(number, expected, stored == null ? 0 : stored);
                }
                entity = new CaseEntity();
                CaseMapper.write(s, entity, Stamps.next(null));
                entity.version = 1;
                em.persist(entity);
            } else {
                if (!entity.caseNumber.equals(number) || entity.version != expected) {
                    throw new VersionConflictException(number, expected, entity.version);
                }
                CaseMapper.write(s, entity, Stamps.next(entity.savedAt));
            }
            flush(em, number, expected);
            // Written: let it go, so later flushes of a long transaction do not dirty-check it again.
            em.detach(entity);
            return entity.version;
        });
    }

    /**
     * Writes now rather than at commit, so a concurrent writer (stale version, or the same new case number) is
     * reported by this save with the record's versions, and the caller gets the new version.
     */
    private void flush(EntityManager em, String number, long expected) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Failures.isConflict(e)) {
                VersionConflictException conflict = new VersionConflictException(number, expected, currentVersion(number));
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        }
    }

    /** The committed version of a case, read outside the failed transaction (for the conflict's message). */
    private long currentVersion(String number) {
        EntityManager other = factory.createEntityManager();
        try {
            Long version = storedVersionOfNumber(other, number);
            return version == null ? 0 : version;
        } catch (RuntimeException e) {
            return -1;
        } finally {
            other.close();
        }
    }

    private static @Nullable Long storedVersionOfNumber(EntityManager em, String number) {
        return em.createQuery("select c.version from ProtectionCase c where c.caseNumber = :number", Long.class)
                .setParameter("number", number).getResultStream().findFirst().orElse(null);
    }

    @Override
    public List<ProtectionCase> findByPerson(PersonId person) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select c from ProtectionCase c
                        where c.id in (select k.id from ProtectionCase k join k.persons p where p = :person)
                        order by c.registeredAt desc, c.caseNumber""", CaseEntity.class)
                .setParameter("person", person.value())
                .getResultStream().map(CaseMapper::toDomain).toList());
    }

    @Override
    public List<CaseSummary> find(CaseQuery q, Instant now) {
        return transactions.withEntityManager(em -> {
            StringBuilder jpql = new StringBuilder("""
                    select c.caseNumber as number, c.office as office, c.caseType as type, c.caseSubtype as subtype,
                           c.priority as priority, c.status as status, c.assignee as assignee,
                           c.registeredAt as registeredAt, c.nextDueAt as nextDueAt, c.version as version,
                           p.givenNames as given, p.firstSurname as first, p.secondSurname as second
                    from ProtectionCase c left join Person p on p.id = c.mainPersonId
                    where 1 = 1""");
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (q.office() != null) {
                jpql.append(" and c.office = :office");
                parameters.put("office", q.office().value());
            }
            if (q.status() != null) {
                jpql.append(" and c.status = :status");
                parameters.put("status", q.status().name());
            }
            if (q.caseType() != null) {
                jpql.append(" and c.caseType = :type");
                parameters.put("type", q.caseType().trim().toUpperCase(Locale.ROOT));
            }
            if (q.priority() != null) {
                jpql.append(" and c.priority = :priority");
                parameters.put("priority", q.priority().name());
            }
            if (q.assignee() != null) {
                jpql.append(" and c.assignee = :assignee");
                parameters.put("assignee", q.assignee());
            }
            if (q.overdueOnly()) {
                jpql.append(" and c.status not in :closed and c.nextDueAt < :now");
                parameters.put("closed", CLOSED_STATUSES);
                parameters.put("now", now);
            }
            jpql.append(" order by c.registeredAt desc, c.caseNumber");
            TypedQuery<Tuple> query = em.createQuery(jpql.toString(), Tuple.class);
            parameters.forEach(query::setParameter);
            query.setFirstResult(q.page() * q.pageSize()).setMaxResults(q.pageSize());
            List<CaseSummary> result = new ArrayList<>();
            for (Tuple t : query.getResultList()) {
                CaseStatus status = CaseStatus.valueOf(t.get("status", String.class));
                Instant due = t.get("nextDueAt", Instant.class);
                String given = t.get("given", String.class);
                String name = given == null ? "?" : String.join(" ", given, t.get("first", String.class))
                        + (t.get("second", String.class) == null ? "" : " " + t.get("second", String.class));
                result.add(new CaseSummary(CaseNumber.parse(t.get("number", String.class)),
                        OfficeCode.of(t.get("office", String.class)), name,
                        new CaseClassification(t.get("type", String.class), t.get("subtype", String.class)),
                        Priority.valueOf(t.get("priority", String.class)), status, t.get("assignee", String.class),
                        t.get("registeredAt", Instant.class), status.open() && due != null && now.isAfter(due),
                        t.get("version", Long.class)));
            }
            return result;
        });
    }

    @Override
    public List<ProtectionCase> findWithOverdueItems(@Nullable OfficeCode office, Instant now) {
        return transactions.withEntityManager(em -> {
            TypedQuery<CaseEntity> query = em.createQuery("select c from ProtectionCase c"
                    + " where c.status not in :closed and c.nextDueAt < :now"
                    + (office == null ? "" : " and c.office = :office")
                    + " order by c.nextDueAt, c.caseNumber", CaseEntity.class)
                    .setParameter("closed", CLOSED_STATUSES).setParameter("now", now);
            if (office != null) {
                query.setParameter("office", office.value());
            }
            return query.getResultStream().map(CaseMapper::toDomain).toList();
        });
    }

    @Override
    public List<ReferralSummary> findReferrals(ReferralQuery q, Instant now) {
        return transactions.withEntityManager(em -> {
            StringBuilder jpql = new StringBuilder("""
                    select r.id as id, r.institution as institution, r.reason as reason, r.status as status,
                           r.sharedData as sharedData, r.responseDueAt as dueAt, c.caseNumber as number,
                           c.office as office
                    from CaseReferral r join r.protectionCase c
                    where r.status not in :notSent""");
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("notSent", List.of(ReferralStatus.SUGGESTED.name(), ReferralStatus.DISMISSED.name()));
            if (q.office() != null) {
                jpql.append(" and c.office = :office");
                parameters.put("office", q.office().value());
            }
            if (q.institution() != null) {
                jpql.append(" and r.institution = :institution");
                parameters.put("institution", q.institution().trim().toUpperCase(Locale.ROOT));
            }
            if (q.status() != null) {
                jpql.append(" and r.status = :status");
                parameters.put("status", q.status().name());
            }
            if (q.overdueOnly()) {
                jpql.append(" and r.status in :awaiting and r.responseDueAt < :now");
                parameters.put("awaiting", AWAITING_INSTITUTION);
                parameters.put("now", now);
            }
            jpql.append(" order by r.responseDueAt asc nulls last, c.caseNumber, r.id");
            TypedQuery<Tuple> query = em.createQuery(jpql.toString(), Tuple.class);
            parameters.forEach(query::setParameter);
            query.setFirstResult(q.page() * q.pageSize()).setMaxResults(q.pageSize());
            List<ReferralSummary> result = new ArrayList<>();
            for (Tuple t : query.getResultList()) {
                ReferralStatus status = ReferralStatus.valueOf(t.get("status", String.class));
                Instant due = t.get("dueAt", Instant.class);
                String shared = t.get("sharedData", String.class);
                result.add(new ReferralSummary(CaseNumber.parse(t.get("number", String.class)),
                        OfficeCode.of(t.get("office", String.class)), t.get("id", java.util.UUID.class).toString(),
                        t.get("institution", String.class), t.get("reason", String.class), status,
                        shared == null ? null : SharedData.valueOf(shared), due,
                        status.awaitingInstitution() && due != null && now.isAfter(due)));
            }
            return result;
        });
    }

    @Override
    public List<ProtectionCase> findResolvedBefore(Instant before) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select c from ProtectionCase c where c.status = :resolved and c.statusChangedAt < :before
                        order by c.statusChangedAt, c.caseNumber""", CaseEntity.class)
                .setParameter("resolved", CaseStatus.RESOLVED.name()).setParameter("before", before)
                .getResultStream().map(CaseMapper::toDomain).toList());
    }

    /** Technical save stamps: strictly increasing per row, at the database's precision (microseconds). */
    static final class Stamps {
        private Stamps() {
        }

        static Instant next(@Nullable Instant previous) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return previous == null || now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
        }
    }
}
