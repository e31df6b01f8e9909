package org.siproc.cli;

import java.util.Map;
import org.siproc.core.application.port.out.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The CLI's password hasher: Argon2id through Spring Security's {@link Argon2PasswordEncoder} (Bouncy Castle
 * underneath), with Spring Security 5.8's parameters (16 MiB, 2 passes, 16-byte salt, 32-byte hash), written in
 * {@link DelegatingPasswordEncoder}'s {@code {argon2}$argon2id$v=19$m=...} form, which is what the web
 * application's login verifies. An account created here logs in there.
 */
final class Argon2Passwords implements PasswordHasher {

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
            Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 16384, 2)));

    @Override
    public String hash(CharSequence password) {
        return encoder.encode(password);
    }

    /** Whether the password matches a stored hash (for tests). */
    boolean matches(CharSequence password, String hash) {
        return encoder.matches(password, hash);
    }
}
