package org.siproc.core.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.IllegalCaseTransitionException;

class MessagesTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyErrorCodeHasASpanishAndAnEnglishMessage(ErrorCode code) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.siproc.core.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.containsKey(code.code())).as("%s in %s", code, locale).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class)
    void codesAreUniqueAndStable(ErrorCode code) {
        assertThat(code.code()).matches("SIPROC-\\d{4}");
        assertThat(java.util.Arrays.stream(ErrorCode.values()).filter(c -> c.code().equals(code.code()))).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void messagesAreFormattedInTheUsersLanguage() {
        var e = new IllegalCaseTransitionException(CaseNumber.parse("HN-MXTAP-2026-000001"), CaseStatus.CLOSED,
                CaseStatus.IN_PROGRESS);
        assertThat(e.localizedMessage(Locale.forLanguageTag("es")))
                .isEqualTo("SIPROC-0010: El expediente HN-MXTAP-2026-000001 no puede pasar de CLOSED a IN_PROGRESS; "
                        + "siguientes permitidos: [REOPENED, ARCHIVED].");
        assertThat(e.getMessage()).startsWith("SIPROC-0010: Case HN-MXTAP-2026-000001 cannot move from CLOSED");
    }
}
