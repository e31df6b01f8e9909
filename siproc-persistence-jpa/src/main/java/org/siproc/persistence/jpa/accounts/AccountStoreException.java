package org.siproc.persistence.jpa.accounts;

import org.jspecify.annotations.Nullable;

/** The account store could not be read or written (no such table: the database was never initialised; a lost connection). */
public final class AccountStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountStoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
