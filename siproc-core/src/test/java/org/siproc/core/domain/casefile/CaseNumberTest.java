package org.siproc.core.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;

class CaseNumberTest {
    @Test
    void formatsAndParsesTheReadableNumber() {
        CaseNumber n = new CaseNumber(CountryCode.of("HN"), OfficeCode.of("MXTAP"), 2026, 123);
        assertThat(n).hasToString("HN-MXTAP-2026-000123");
        assertThat(CaseNumber.parse(" hn-mxtap-2026-000123 ")).isEqualTo(n);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HN-MXTAP-2026-123", "HN-MXTAP-26-000123", "HND-MXTAP-2026-000123", "HN-MX-2026-000123",
            "HN-MXTAP-2026-000000", "HN MXTAP 2026 000123", ""})
    void refusesMalformedNumbers(String text) {
        assertThatThrownBy(() -> CaseNumber.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CASE_NUMBER));
    }
}
