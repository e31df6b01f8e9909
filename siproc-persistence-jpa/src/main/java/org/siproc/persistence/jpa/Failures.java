package org.siproc.persistence.jpa;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Classifies database failures for the adapters: which ones mean "someone else wrote this record first". */
final class Failures {
    private Failures() {
    }

    /**
     * A stale version, or a unique key (case number, person id) taken by a concurrent transaction: the caller
     * should reload and try again.
     */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof EntityExistsException) {
                return true;
            }
            if (t instanceof ConstraintViolationException c
                    && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    /** SQLState 23505 is a unique violation on both H2 and PostgreSQL. */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
