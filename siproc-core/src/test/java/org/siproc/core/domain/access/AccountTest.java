package org.siproc.core.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.RuleViolationException;

class AccountTest {

    private static final OfficeCode TAP = OfficeCode.of("MXTAP");

    @Test
    void actsWithTheRoleOfficeInstitutionAndNeedToKnowOfTheAccount() {
        Actor officer = new Account(UserId.of("ana"), "Ana", Role.OFFICER, TAP, null, false, true).actor("cli");
        assertThat(officer).isEqualTo(new Actor(UserId.of("ana"), Role.OFFICER, TAP, null, false, "cli"));
        Actor partner = new Account(UserId.of("dif"), "DIF", Role.PARTNER, null, "dif", false, true).actor("10.0.0.1");
        assertThat(partner.institution()).isEqualTo("DIF");
        assertThat(new Account(UserId.of("hq"), "HQ", Role.HQ_ANALYST, null, null, true, true).actor("cli")
                .needToKnow()).isTrue();
    }

    @Test
    void aDisabledAccountMayNotAct() {
        Account disabled = new Account(UserId.of("ana"), "Ana", Role.OFFICER, TAP, null, false, false);
        assertThatThrownBy(() -> disabled.actor("cli")).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ACCOUNT_DISABLED));
    }

    @Test
    void officersAndConsulsBelongToAnOfficeAndNobodyElseDoes() {
        assertThatThrownBy(() -> new Account(UserId.of("c"), "C", Role.CONSUL, null, null, false, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("office"));
        assertThatThrownBy(() -> new Account(UserId.of("a"), "A", Role.ADMIN, TAP, null, false, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("office"));
    }

    @Test
    void partnersBelongToAnInstitutionAndNobodyElseDoes() {
        assertThatThrownBy(() -> new Account(UserId.of("p"), "P", Role.PARTNER, null, " ", false, true))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("institution"));
        assertThatThrownBy(() -> new Account(UserId.of("o"), "O", Role.OBSERVER, null, "DIF", false, true))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("institution"));
    }

    @Test
    void needToKnowIsForHeadquartersAnalystsOnly() {
        assertThatThrownBy(() -> new Account(UserId.of("o"), "O", Role.OFFICER, TAP, null, true, true))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("needToKnow"));
    }

    @Test
    void aDisplayNameIsRequired() {
        assertThatThrownBy(() -> new Account(UserId.of("o"), " ", Role.OBSERVER, null, null, false, true))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("displayName"));
    }

    @Test
    void aPasswordHasAtLeastTwelveCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("ñandú-12345")).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PASSWORD_TOO_SHORT));
        PasswordPolicy.check("ñandú-123456");
    }
}
