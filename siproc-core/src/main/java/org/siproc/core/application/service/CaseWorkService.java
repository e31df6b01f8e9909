package org.siproc.core.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.siproc.core.application.port.in.AssignCaseCommand;
import org.siproc.core.application.port.in.AssignCaseUseCase;
import org.siproc.core.application.port.in.CaseChange;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.ChangeCaseStatusUseCase;
import org.siproc.core.application.port.in.CompleteFollowUpCommand;
import org.siproc.core.application.port.in.CorrectActionCommand;
import org.siproc.core.application.port.in.ManageFollowUpsUseCase;
import org.siproc.core.application.port.in.RaisePriorityCommand;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RecordActionUseCase;
import org.siproc.core.application.port.in.RecordConsentCommand;
import org.siproc.core.application.port.in.RecordConsentUseCase;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.shared.VersionConflictException;

/** The everyday work on a case: actions, follow-ups, assignment, workflow, priority, consent. */
final class CaseWorkService implements RecordActionUseCase, ManageFollowUpsUseCase, AssignCaseUseCase,
        ChangeCaseStatusUseCase, RecordConsentUseCase {

    private final CaseWork work;

    CaseWorkService(CaseWork work) {
        this.work = work;
    }

    @Override
    public CaseChange record(Actor actor, RecordActionCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> c.recordAction(command.kind(), command.occurredOn() == null ? now : command.occurredOn(),
                        command.text(), now, actor.user()).id().toString());
    }

    @Override
    public CaseChange correct(Actor actor, CorrectActionCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> c.correctAction(command.actionId(), command.correctedText(), now, actor.user()).id().toString());
    }

    @Override
    public CaseChange schedule(Actor actor, ScheduleFollowUpCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> {
                    Instant due = command.dueAt() != null ? command.dueAt()
                            : now.plus(work.profile.followUpPeriods().dueAfter(c.priority().priority()));
                    UserId owner = command.owner() == null ? actor.user() : UserId.of(command.owner());
                    return c.scheduleFollowUp(command.description(), due, owner, now, actor.user()).id().toString();
                });
    }

    @Override
    public CaseChange complete(Actor actor, CompleteFollowUpCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> c.completeFollowUp(command.followUpId(), command.outcome(), now, actor.user()).id().toString());
    }

    @Override
    public CaseChange assign(Actor actor, AssignCaseCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.ASSIGN_CASE,
                (c, now) -> {
                    c.assignTo(UserId.of(command.officer()), now, actor.user());
                    return null;
                });
    }

    @Override
    public CaseChange changeStatus(Actor actor, ChangeCaseStatusCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(),
                CaseViews.requiredPermission(command.target()),
                (c, now) -> {
                    c.changeStatus(command.target(), command.reason(), now, actor.user());
                    return null;
                });
    }

    @Override
    public CaseChange raisePriority(Actor actor, RaisePriorityCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> {
                    c.raisePriority(command.priority(), command.reason(), now, actor.user());
                    return null;
                });
    }

    @Override
    public List<String> closeResolvedCases(Actor actor, Instant resolvedBefore) {
        return work.guarded(actor, "cases", () -> {
            // Every office: only a role that approves closure everywhere may run this.
            work.policy.require(actor, Permission.APPROVE_CLOSURE, null, "cases");
            if (actor.office() != null) {
                throw new org.siproc.core.domain.access.AccessDeniedException(actor, Permission.APPROVE_CLOSURE, "cases");
            }
            List<String> closed = new ArrayList<>();
            for (ProtectionCase candidate : work.transactions.inTransaction(() -> work.cases.findResolvedBefore(resolvedBefore))) {
                boolean allowed = work.profile.requireClassification(candidate.classification()).closedAutomatically();
                if (!allowed || candidate.status() != CaseStatus.RESOLVED) {
                    continue; // e.g. missing persons: never closed automatically
                }
                try {
                    work.changeParsed(actor, candidate.number(), candidate.version(), c -> { },
                            (c, now) -> {
                                c.closeAutomatically(true, now, actor.user());
                                return null;
                            });
                    closed.add(candidate.number().toString());
                } catch (VersionConflictException changedMeanwhile) {
                    // Someone worked on it since it was listed: leave it for the next run.
                }
            }
            return closed;
        });
    }

    @Override
    public CaseChange recordConsent(Actor actor, RecordConsentCommand command) {
        return work.change(actor, command, command.caseNumber(), command.expectedVersion(), Permission.WORK_ON_CASE,
                (c, now) -> {
                    c.recordConsent(new Consent(command.purpose(), command.state(), command.basis(), command.note(), now,
                            actor.user()));
                    return null;
                });
    }
}
