package org.siproc.core.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.siproc.core.domain.shared.ErrorCode;

/** Every pair of statuses: the workflow of SPEC §3 allows exactly these transitions and refuses all others. */
class CaseWorkflowTest {

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            CaseStatus.REGISTERED, EnumSet.of(CaseStatus.IN_ASSESSMENT),
            CaseStatus.IN_ASSESSMENT, EnumSet.of(CaseStatus.IN_PROGRESS),
            CaseStatus.IN_PROGRESS, EnumSet.of(CaseStatus.AWAITING_RESPONSE, CaseStatus.RESOLVED),
            CaseStatus.AWAITING_RESPONSE, EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED),
            CaseStatus.RESOLVED, EnumSet.of(CaseStatus.CLOSED, CaseStatus.REOPENED),
            CaseStatus.CLOSED, EnumSet.of(CaseStatus.REOPENED, CaseStatus.ARCHIVED),
            CaseStatus.REOPENED, EnumSet.of(CaseStatus.IN_PROGRESS),
            CaseStatus.ARCHIVED, EnumSet.noneOf(CaseStatus.class));

    static Stream<Arguments> allPairs() {
        return Stream.of(CaseStatus.values())
                .flatMap(from -> Stream.of(CaseStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void allowsExactlyTheWorkflowTransitions(CaseStatus from, CaseStatus to) {
        ProtectionCase c = Cases.inStatus(from);
        assertThat(c.status()).isEqualTo(from);
        if (ALLOWED.get(from).contains(to)) {
            c.changeStatus(to, "motivo", Cases.T0.plusSeconds(3600), Cases.OFFICER);
            assertThat(c.status()).isEqualTo(to);
            assertThat(c.history()).last().satisfies(h -> {
                assertThat(h.from()).isEqualTo(from);
                assertThat(h.to()).isEqualTo(to);
            });
        } else {
            assertThatThrownBy(() -> c.changeStatus(to, "motivo", Cases.T0.plusSeconds(3600), Cases.OFFICER))
                    .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.ILLEGAL_CASE_TRANSITION);
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(to);
                    });
            assertThat(c.status()).isEqualTo(from);
        }
    }

    @Test
    void statusTableMatchesTheSpecification() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(s.next()).as("next of %s", s).isEqualTo(ALLOWED.get(s));
        }
    }

    @Test
    void closedAndArchivedCasesAreNotOpen() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(s -> !s.open()))
                .containsExactlyInAnyOrder(CaseStatus.CLOSED, CaseStatus.ARCHIVED);
    }
}
