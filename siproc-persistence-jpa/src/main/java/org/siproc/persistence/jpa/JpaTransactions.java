package org.siproc.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.shared.VersionConflictException;

/**
 * Adapter of the {@link Transactions} port: one use case, one resource-local JPA transaction with an
 * {@link EntityManager} bound to the calling thread. Nested calls join the outer unit; when the work throws,
 * everything it wrote is rolled back. Work registered with {@link Unit#beforeCommit} (the audit chain) runs last,
 * just before the commit, so locks it takes are held as briefly as possible.
 */
final class JpaTransactions implements Transactions {

    private final EntityManagerFactory factory;
    private final ThreadLocal<@Nullable Unit> current = new ThreadLocal<>();

    JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        Unit unit = new Unit(em);
        current.set(unit);
        try {
            tx.begin();
            T result = work.get();
            unit.runBeforeCommit();
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            throw translate(e);
        } finally {
            current.remove();
            em.close();
        }
    }

    /** The unit of work of the calling thread. */
    Unit current() {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("No SIPROC transaction is active on this thread");
        }
        return unit;
    }

    /** Runs {@code work} in the caller's transaction, or in a transaction of its own when there is none. */
    <T> T withEntityManager(java.util.function.Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(current().entityManager()));
    }

    /**
     * Optimistic-lock failures that surface at commit (rather than in a repository's save, which reports them with
     * the record's versions) still reach the caller as the domain's conflict.
     */
    private static RuntimeException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VersionConflictException conflict) {
                return conflict;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                VersionConflictException conflict = new VersionConflictException("unknown", -1, -1);
                conflict.initCause(e);
                return conflict;
            }
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        throw (Error) e;
    }

    /** The state of one transaction: its entity manager, shared per-transaction resources and last-moment work. */
    static final class Unit {
        private final EntityManager entityManager;
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Runnable> beforeCommit = new ArrayList<>();

        private Unit(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        EntityManager entityManager() {
            return entityManager;
        }

        /** A resource of this transaction, created on first use (e.g. the audit entries waiting to be chained). */
        @SuppressWarnings("unchecked")
        <R> R resource(Object key, Supplier<R> create) {
            return (R) resources.computeIfAbsent(key, k -> Objects.requireNonNull(create.get()));
        }

        /** Work to run after the use case's own work and before the commit; failures roll everything back. */
        void beforeCommit(Runnable work) {
            beforeCommit.add(work);
        }

        private void runBeforeCommit() {
            for (int i = 0; i < beforeCommit.size(); i++) {
                beforeCommit.get(i).run();
            }
        }
    }
}
