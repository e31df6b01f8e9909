package org.siproc.core.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.domain.access.Permission.APPROVE_CLOSURE;
import static org.siproc.core.domain.access.Permission.ASSIGN_CASE;
import static org.siproc.core.domain.access.Permission.MANAGE_USERS;
import static org.siproc.core.domain.access.Permission.MERGE_PERSONS;
import static org.siproc.core.domain.access.Permission.REGISTER_CASE;
import static org.siproc.core.domain.access.Permission.RESPOND_TO_REFERRAL;
import static org.siproc.core.domain.access.Permission.VIEW_AUDIT;
import static org.siproc.core.domain.access.Permission.VIEW_CASE;
import static org.siproc.core.domain.access.Permission.VIEW_STATISTICS;
import static org.siproc.core.domain.access.Permission.VIEW_UNPUBLISHED_STATISTICS;
import static org.siproc.core.domain.access.Permission.WORK_ON_CASE;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.siproc.core.domain.shared.OfficeCode;

/** The access matrix of SPEC §6, written out: every role × permission × own or other office. */
class AccessPolicyTest {
    private static final OfficeCode OWN = OfficeCode.of("MXTAP");
    private static final OfficeCode OTHER = OfficeCode.of("MXSAL");
    private final AccessPolicy policy = new AccessPolicy();

    /** What each role may do on its own office's records (HQ and others: any office). */
    private static final Map<Role, Set<Permission>> EXPECTED = Map.of(
            Role.OFFICER, EnumSet.of(REGISTER_CASE, VIEW_CASE, WORK_ON_CASE, VIEW_STATISTICS, VIEW_UNPUBLISHED_STATISTICS),
            Role.CONSUL, EnumSet.of(REGISTER_CASE, VIEW_CASE, WORK_ON_CASE, ASSIGN_CASE, APPROVE_CLOSURE, VIEW_STATISTICS,
                    VIEW_UNPUBLISHED_STATISTICS),
            Role.HQ_ANALYST, EnumSet.of(REGISTER_CASE, VIEW_CASE, WORK_ON_CASE, ASSIGN_CASE, APPROVE_CLOSURE, MERGE_PERSONS,
                    VIEW_STATISTICS, VIEW_UNPUBLISHED_STATISTICS, VIEW_AUDIT),
            Role.OBSERVER, EnumSet.of(VIEW_STATISTICS),
            Role.ADMIN, EnumSet.of(MANAGE_USERS),
            Role.PARTNER, EnumSet.of(RESPOND_TO_REFERRAL));

    static Actor actor(Role role) {
        return switch (role) {
            case OFFICER -> Actor.officer("o", OWN);
            case CONSUL -> Actor.consul("c", OWN);
            case HQ_ANALYST -> Actor.hqAnalyst("h", false);
            case OBSERVER -> Actor.observer("ob");
            case ADMIN -> Actor.admin("a");
            case PARTNER -> Actor.partner("p", "DIF");
        };
    }

    static Stream<Arguments> matrix() {
        return Stream.of(Role.values()).flatMap(role -> Stream.of(Permission.values()).map(p -> Arguments.of(role, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void allowsOnTheOwnOfficeExactlyWhatTheRoleGrants(Role role, Permission permission) {
        assertThat(policy.allows(actor(role), permission, OWN)).isEqualTo(EXPECTED.get(role).contains(permission));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void officersAndConsulsAreRefusedOtherOffices(Role role, Permission permission) {
        boolean officeBound = role == Role.OFFICER || role == Role.CONSUL;
        boolean expected = EXPECTED.get(role).contains(permission) && !officeBound;
        assertThat(policy.allows(actor(role), permission, OTHER)).isEqualTo(expected);
        if (!expected) {
            assertThatThrownBy(() -> policy.require(actor(role), permission, OTHER, "HN-MXSAL-2026-000001"))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.permission()).isEqualTo(permission));
        }
    }

    @Test
    void sensitiveFieldsNeedToKnow() {
        UserId registeredBy = UserId.of("o");
        assertThat(policy.mayReadSensitive(Actor.officer("o", OWN), OWN, null, registeredBy)).isTrue();
        assertThat(policy.mayReadSensitive(Actor.officer("x", OWN), OWN, UserId.of("x"), registeredBy)).isTrue();
        assertThat(policy.mayReadSensitive(Actor.officer("y", OWN), OWN, UserId.of("x"), registeredBy)).isFalse();
        assertThat(policy.mayReadSensitive(Actor.officer("o", OTHER), OWN, null, registeredBy)).isFalse();
        assertThat(policy.mayReadSensitive(Actor.consul("c", OWN), OWN, null, registeredBy)).isTrue();
        assertThat(policy.mayReadSensitive(Actor.consul("c", OTHER), OWN, null, registeredBy)).isFalse();
        assertThat(policy.mayReadSensitive(Actor.hqAnalyst("h", false), OWN, null, registeredBy)).isFalse();
        assertThat(policy.mayReadSensitive(Actor.hqAnalyst("h", true), OWN, null, registeredBy)).isTrue();
        assertThat(policy.mayReadSensitive(Actor.admin("a"), OWN, null, registeredBy)).isFalse();
        assertThat(policy.mayReadSensitive(Actor.observer("ob"), OWN, null, registeredBy)).isFalse();
    }

    @Test
    void partnersRespondOnlyForTheirInstitution() {
        assertThat(policy.mayRespondFor(Actor.partner("p", "DIF"), "DIF")).isTrue();
        assertThat(policy.mayRespondFor(Actor.partner("p", "DIF"), "COMAR")).isFalse();
        assertThat(policy.mayRespondFor(Actor.observer("ob"), "DIF")).isFalse();
    }
}
