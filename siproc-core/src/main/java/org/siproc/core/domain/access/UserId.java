package org.siproc.core.domain.access;

import org.siproc.core.domain.shared.Text;

/** The login name of a SIPROC user, as the embedding system knows it. */
public record UserId(String value) {
    public UserId {
        value = Text.required("user", value, 120);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
