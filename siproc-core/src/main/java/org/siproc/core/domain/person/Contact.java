package org.siproc.core.domain.person;

import java.util.Objects;
import org.siproc.core.domain.shared.Text;

/** A way to reach the person: a phone number, an e-mail address, an address abroad. */
public record Contact(Kind kind, String value) {
    public enum Kind { PHONE, EMAIL, ADDRESS }

    public Contact {
        Objects.requireNonNull(kind, "kind");
        value = Text.required("contact.value", value, 300);
    }
}
