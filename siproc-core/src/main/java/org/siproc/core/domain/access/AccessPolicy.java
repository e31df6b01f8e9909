package org.siproc.core.domain.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * The access policy of SPEC §6, in one place. Every use case asks it before touching a case, so the rules hold
 * whatever adapter calls the core (web, REST, CLI, a ministry's own system).
 *
 * <ul>
 * <li>OFFICER: registers and works on the cases of the own office.</li>
 * <li>CONSUL: as an officer, plus assigning, approving closure, reopening and archiving, in the own office.</li>
 * <li>HQ_ANALYST: everything on every office's cases, plus merging persons and reading the audit trail.</li>
 * <li>OBSERVER: published statistics only. ADMIN: users and profile, no case content.</li>
 * <li>PARTNER: responds to the referrals sent to its institution; sees no case.</li>
 * </ul>
 * Sensitive fields (narrative, SGBV, trafficking, health, criminal record, gender identity, ethnicity) need
 * need-to-know: the assigned officer, the officer who registered the case, the consul of the office, or an HQ
 * analyst granted need-to-know.
 */
public final class AccessPolicy {

    private static final Map<Role, Set<Permission>> GRANTS = Map.of(
            Role.OFFICER, EnumSet.of(Permission.REGISTER_CASE, Permission.VIEW_CASE, Permission.WORK_ON_CASE,
                    Permission.VIEW_STATISTICS, Permission.VIEW_UNPUBLISHED_STATISTICS),
            Role.CONSUL, EnumSet.of(Permission.REGISTER_CASE, Permission.VIEW_CASE, Permission.WORK_ON_CASE,
                    Permission.ASSIGN_CASE, Permission.APPROVE_CLOSURE, Permission.VIEW_STATISTICS,
                    Permission.VIEW_UNPUBLISHED_STATISTICS),
            Role.HQ_ANALYST, EnumSet.of(Permission.REGISTER_CASE, Permission.VIEW_CASE, Permission.WORK_ON_CASE,
                    Permission.ASSIGN_CASE, Permission.APPROVE_CLOSURE, Permission.MERGE_PERSONS,
                    Permission.VIEW_STATISTICS, Permission.VIEW_UNPUBLISHED_STATISTICS, Permission.VIEW_AUDIT),
            Role.OBSERVER, EnumSet.of(Permission.VIEW_STATISTICS),
            Role.ADMIN, EnumSet.of(Permission.MANAGE_USERS),
            Role.PARTNER, EnumSet.of(Permission.RESPOND_TO_REFERRAL));

    /** Whether the role carries the permission at all, whatever the office. */
    public boolean grants(Role role, Permission permission) {
        return GRANTS.get(role).contains(permission);
    }

    /**
     * Whether the actor may do this on something that belongs to {@code office} (a case's office).
     * Officers and consuls act on their own office only; HQ on all.
     */
    public boolean allows(Actor actor, Permission permission, @Nullable OfficeCode office) {
        if (!grants(actor.role(), permission)) {
            return false;
        }
        return switch (actor.role()) {
            case OFFICER, CONSUL -> office == null || office.equals(actor.office());
            default -> true;
        };
    }

    /** Refuses with {@link AccessDeniedException} unless {@link #allows} says yes. */
    public void require(Actor actor, Permission permission, @Nullable OfficeCode office, @Nullable Object target) {
        if (!allows(actor, permission, office)) {
            throw new AccessDeniedException(actor, permission, target);
        }
    }

    /**
     * Whether the actor may read the case's sensitive fields.
     *
     * @param caseOffice   the case's office
     * @param assignee     the officer the case is assigned to (may be null)
     * @param registeredBy the officer who registered it
     */
    public boolean mayReadSensitive(Actor actor, OfficeCode caseOffice, @Nullable UserId assignee, UserId registeredBy) {
        if (!allows(actor, Permission.VIEW_CASE, caseOffice)) {
            return false;
        }
        return switch (actor.role()) {
            case CONSUL -> true;
            case OFFICER -> actor.user().equals(assignee) || actor.user().equals(registeredBy);
            case HQ_ANALYST -> actor.needToKnow();
            default -> false;
        };
    }

    /** Whether a partner actor may respond to a referral addressed to {@code institution}. */
    public boolean mayRespondFor(Actor actor, String institution) {
        if (actor.role() == Role.PARTNER) {
            return institution.equals(actor.institution());
        }
        // Staff record an institution's answer received by phone or letter.
        return grants(actor.role(), Permission.WORK_ON_CASE);
    }
}
