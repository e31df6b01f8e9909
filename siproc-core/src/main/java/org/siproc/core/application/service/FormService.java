package org.siproc.core.application.service;

import java.util.Map;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.in.RenderFormUseCase;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.ReferralId;

/** Prints a form of a case through the form-renderer port; every print is audited. */
final class FormService implements RenderFormUseCase {
    private final CaseWork work;
    private final FormRenderer renderer;

    FormService(CaseWork work, FormRenderer renderer) {
        this.work = work;
        this.renderer = renderer;
    }

    @Override
    public FormRenderer.RenderedForm render(Actor actor, RenderFormCommand command) {
        work.validator.validate(command);
        CaseNumber number = CaseNumber.parse(command.caseNumber());
        return work.guarded(actor, number.toString(), () -> work.transactions.inTransaction(() -> {
            ProtectionCase c = work.load(number);
            work.policy.require(actor, Permission.VIEW_CASE, c.office(), number);
            ReferralId referral = command.referralId() == null ? null : c.referral(ReferralId.of(command.referralId())).id();
            FormRenderer.RenderedForm form = renderer.render(new FormRenderer.FormRequest(command.form(), c.snapshot(),
                    work.persons.findAllById(c.persons()), work.profile, command.locale(), referral,
                    work.policy.mayReadSensitive(actor, c.office(), c.assignee(), c.registeredBy())));
            work.audit.record(new AuditEvent(work.now(), actor.user(), actor.role(), actor.origin(), AuditAction.PRINT,
                    "FORM_RENDERED", number.toString(), Map.of("form", command.form(), "hash", form.verificationHash())));
            return form;
        }));
    }
}
