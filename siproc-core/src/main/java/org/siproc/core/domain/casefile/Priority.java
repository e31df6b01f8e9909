package org.siproc.core.domain.casefile;

/** How fast a case must be attended, lowest first. The default follow-up periods come from it. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public boolean higherThan(Priority other) {
        return compareTo(other) > 0;
    }
}
