package org.siproc.core.application.port.out;

/**
 * Outgoing port: turns a password into the hash an {@link Accounts} store keeps (the reference applications use
 * Argon2id). Core never sees a stored password, and never hashes one itself.
 */
public interface PasswordHasher {

    /** The hash of the password, with its salt and parameters, in the form the login side verifies. */
    String hash(CharSequence password);
}
