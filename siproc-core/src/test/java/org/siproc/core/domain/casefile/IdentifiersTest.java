package org.siproc.core.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.InvalidValueException;

/** Identities typed by a user or read from a file: a malformed one is an invalid value naming its field. */
class IdentifiersTest {

    @Test
    void aReferralIdThatIsNotAUuidIsAnInvalidValueOfTheReferralId() {
        assertThatThrownBy(() -> ReferralId.of("123")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("referralId"));
        assertThat(ReferralId.of("5f0c2a64-1d3e-4c55-9a8b-0f6a1c2d3e4f").toString())
                .isEqualTo("5f0c2a64-1d3e-4c55-9a8b-0f6a1c2d3e4f");
    }

    @Test
    void aPersonIdThatIsNotAUuidIsAnInvalidValueOfThePersonId() {
        assertThatThrownBy(() -> PersonId.of("José")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("personId"));
    }
}
