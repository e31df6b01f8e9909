package org.siproc.core.application.service;

import java.time.Instant;
import org.siproc.core.application.port.in.CaseChange;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.DismissReferralCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.ReferCaseUseCase;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.RespondToReferralUseCase;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.ReferralId;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.profile.Institution;

/** Referrals: by hand, confirming or dismissing suggestions, and the institutions' answers. */
final class ReferralService implements ReferCaseUseCase, RespondToReferralUseCase {
    private final CaseWork work;

    ReferralService(CaseWork work) {
        this.work = work;
    }

    @Override
    public CaseChange refer(Actor actor, ReferCaseCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> {
                    Institution institution = work.profile.requireInstitution(command.institution());
                    Referral referral = c.suggestReferral(institution.code(), command.reason(), null, now, actor.user())
                            .orElseThrow(() -> new RuleViolationException(ErrorCode.REFERRAL_ALREADY_PENDING,
                                    "institution", c.number(), institution.code()));
                    return send(c, referral.id(), institution, command.includeNarrative(), command.legalBasis(), now, actor);
                });
    }

    @Override
    public CaseChange confirm(Actor actor, ConfirmReferralCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> {
                    ReferralId id = ReferralId.of(command.referralId());
                    Institution institution = work.profile.requireInstitution(c.referral(id).institution());
                    return send(c, id, institution, command.includeNarrative(), command.legalBasis(), now, actor);
                });
    }

    private String send(ProtectionCase c, ReferralId id, Institution institution, boolean includeNarrative,
                        SharingBasis legalBasis, Instant now, Actor actor) {
        Instant due = now.plus(work.profile.followUpPeriods().referralResponse());
        return c.sendReferral(id, institution.dataSharingAgreement(), includeNarrative, legalBasis, due, now,
                actor.user()).id().toString();
    }

    @Override
    public CaseChange dismiss(Actor actor, DismissReferralCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> {
                    c.dismissReferral(ReferralId.of(command.referralId()), command.reason(), now, actor.user());
                    return command.referralId();
                });
    }

    @Override
    public CaseChange respond(Actor actor, RespondToReferralCommand command) {
        work.validator.validate(command);
        CaseNumber number = CaseNumber.parse(command.caseNumber());
        ReferralId id = ReferralId.of(command.referralId());
        return work.changeParsed(actor, number, null, c -> {
            String institution = c.referral(id).institution();
            boolean allowed = actor.role() == Role.PARTNER
                    ? work.policy.mayRespondFor(actor, institution)
                    : work.policy.allows(actor, Permission.WORK_ON_CASE, c.office());
            if (!allowed) {
                throw new AccessDeniedException(actor, Permission.RESPOND_TO_REFERRAL, number);
            }
        }, (c, now) -> {
            c.recordReferralResponse(id, command.response(), command.note(), now, actor.user());
            return command.referralId();
        });
    }
}
