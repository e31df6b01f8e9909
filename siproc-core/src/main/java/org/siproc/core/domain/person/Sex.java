package org.siproc.core.domain.person;

/** Sex as recorded on the case (F, M, X for non-binary documents, or unknown). Gender identity is separate. */
public enum Sex {
    F, M, X, UNKNOWN
}
