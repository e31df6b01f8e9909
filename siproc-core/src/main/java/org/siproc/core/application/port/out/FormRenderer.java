package org.siproc.core.application.port.out;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.ReferralId;
import org.siproc.core.domain.person.Person;
import org.siproc.core.profile.CountryProfile;

/** Outgoing port: renders a case form (intake sheet, consent, referral letter, ...) to a printable document. */
public interface FormRenderer {

    /** Renders the form. Thread-safe. */
    RenderedForm render(FormRequest request);

    /**
     * What to render: the form code of the profile, the case and its persons as the actor may see them,
     * and for a referral letter the referral it is for. {@code sensitiveAllowed} says whether the actor has
     * need-to-know: without it the renderer leaves sensitive fields (narrative, sensitive flags) out.
     */
    record FormRequest(String form, ProtectionCase.Snapshot protectionCase, List<Person> persons,
                       CountryProfile profile, Locale locale, @Nullable ReferralId referral, boolean sensitiveAllowed) {
        public FormRequest {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(protectionCase, "protectionCase");
            persons = List.copyOf(persons);
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(locale, "locale");
        }
    }

    /** A rendered form: its bytes, media type and the verification hash printed on it. */
    record RenderedForm(String form, String mediaType, byte[] content, String verificationHash) {
        public RenderedForm {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
