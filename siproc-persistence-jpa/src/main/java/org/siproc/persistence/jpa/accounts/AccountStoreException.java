package org.siproc.persistence.jpa.accounts;

/** The account store could not be read or written (no such table: the database was never initialised; a lost connection). */
public final class AccountStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
