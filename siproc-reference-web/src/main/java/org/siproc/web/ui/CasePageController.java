package org.siproc.web.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.AssignCaseCommand;
import org.siproc.core.application.port.in.CaseChange;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.CompleteFollowUpCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.DismissReferralCommand;
import org.siproc.core.application.port.in.RaisePriorityCommand;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.web.CaseForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: the case as this user may see it (every view audited by the core), its timeline, referrals,
 * follow-ups, forms to print and the status changes this user may make; and the small forms that change it.
 * Each form builds one command and calls one use case; on a refusal the page comes back with the input kept.
 */
@Controller
class CasePageController {

    /**
     * One line of the timeline: actions, status changes, referral steps and follow-ups, newest first. The page
     * shows {@code when}, {@code heading} and {@code text} as they are: they are put together here, once, rather
     * than by a dozen template expressions per line.
     */
    public record TimelineEntry(Instant at, String when, String kind, String heading, String text, String by,
                                @Nullable String detail) {
    }

    /** The case page's forms used rarely, rendered only when asked for ({@code ?more=refer}) or when they failed. */
    static final java.util.Set<String> ON_DEMAND = java.util.Set.of("assign", "priority", "refer");

    private final SiprocCore core;
    private final FormErrors formErrors;
    private final CaseForms caseForms;
    private final MessageSource messages;
    private final ProfileLabels labels;

    CasePageController(SiprocCore core, FormErrors formErrors, CaseForms caseForms, MessageSource messages,
                       ProfileLabels labels) {
        this.core = core;
        this.formErrors = formErrors;
        this.caseForms = caseForms;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/cases/{number}")
    String view(Actor actor, @PathVariable String number, @RequestParam(required = false) @Nullable String more,
                Model model) {
        CaseForm form = new CaseForm();
        form.setForm(more != null && ON_DEMAND.contains(more) ? more : "");
        return page(actor, number, form, model);
    }

    @PostMapping("/cases/{number}/{operation}")
    String change(Actor actor, @PathVariable String number, @PathVariable String operation,
                  @ModelAttribute("caseForm") CaseForm f, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        f.setForm(operation);
        if (errors.hasErrors()) {
            return page(actor, number, f, model);
        }
        CaseChange change = formErrors.attempt(errors, () -> switch (operation) {
            case "action" -> core.recordAction().record(actor, new RecordActionCommand(number, f.getExpectedVersion(),
                    f.getKind(), null, nonNull(f.getText())));
            case "follow-up" -> core.followUps().schedule(actor, new ScheduleFollowUpCommand(number,
                    f.getExpectedVersion(), nonNull(f.getDescription()),
                    f.getDueDate() == null ? null : f.getDueDate().atTime(12, 0).toInstant(ZoneOffset.UTC), null));
            case "follow-up-done" -> core.followUps().complete(actor, new CompleteFollowUpCommand(number,
                    f.getExpectedVersion(), uuid(f.getEntryId()), nonNull(f.getOutcome())));
            case "status" -> core.changeStatus().changeStatus(actor, new ChangeCaseStatusCommand(number,
                    f.getExpectedVersion(), f.getTarget(), f.getReason()));
            case "priority" -> core.changeStatus().raisePriority(actor, new RaisePriorityCommand(number,
                    f.getExpectedVersion(), f.getPriority(), nonNull(f.getReason())));
            case "assign" -> core.assignCase().assign(actor, new AssignCaseCommand(number, f.getExpectedVersion(),
                    nonNull(f.getOfficer())));
            case "refer" -> core.referCase().refer(actor, new ReferCaseCommand(number, f.getExpectedVersion(),
                    nonNull(f.getInstitution()), nonNull(f.getReason()), f.isIncludeNarrative(), f.getLegalBasis()));
            case "confirm" -> core.referCase().confirm(actor, new ConfirmReferralCommand(number, f.getExpectedVersion(),
                    nonNull(f.getEntryId()), f.isIncludeNarrative(), f.getLegalBasis()));
            case "dismiss" -> core.referCase().dismiss(actor, new DismissReferralCommand(number, f.getExpectedVersion(),
                    nonNull(f.getEntryId()), nonNull(f.getReason())));
            case "respond" -> core.respondToReferral().respond(actor, new RespondToReferralCommand(number,
                    nonNull(f.getEntryId()), f.getResponse(), f.getNote()));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
        if (change == null) {
            return page(actor, number, f, model);
        }
        redirect.addFlashAttribute("saved", operation);
        return "redirect:/cases/" + change.caseNumber() + "#" + anchor(operation);
    }

    @GetMapping("/cases/{number}/forms/{form}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable String number, @PathVariable String form,
                                    @RequestParam(required = false) @Nullable String referral) {
        FormRenderer.RenderedForm rendered = core.renderForm().render(actor,
                new RenderFormCommand(number, form, LocaleContextHolder.getLocale(), referral));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number + "-" + form.toLowerCase(Locale.ROOT) + ".pdf").build().toString())
                .body(rendered.content());
    }

    private String page(Actor actor, String number, CaseForm form, Model model) {
        CaseView view = core.viewCase().view(actor, number);
        // The page shows the case as it is now: a form sent again after a conflict applies to this version.
        form.setExpectedVersion(view.version());
        model.addAttribute("c", view);
        model.addAttribute("number", view.number().toString());
        model.addAttribute("caseForm", form);
        model.addAttribute("more", ON_DEMAND.contains(form.getForm()) ? form.getForm() : "");
        model.addAttribute("dates", DisplayDates.INSTANCE);
        model.addAttribute("timeline", timeline(view, LocaleContextHolder.getLocale()));
        model.addAttribute("forms", caseForms.offer(view, LocaleContextHolder.getLocale()));
        model.addAttribute("openFollowUps", view.followUps().stream().filter(fu -> !fu.done()).toList());
        model.addAttribute("now", Instant.now());
        return "case";
    }

    List<TimelineEntry> timeline(CaseView view, Locale locale) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (CaseAction a : view.actions()) {
            entries.add(entry(a.occurredOn(), "action", "action." + a.kind().name(), a.text(), a.recordedBy().value(),
                    a.corrects() == null ? null : a.corrects().toString(), locale));
        }
        for (StatusChange s : view.history()) {
            entries.add(entry(s.at(), "status", "status." + s.to().name(), s.reason() == null ? "" : s.reason(),
                    s.by().value(), null, locale));
        }
        for (CaseView.ReferralView r : view.referrals()) {
            String institution = labels.institution(r.institution());
            for (Referral.Step step : r.steps()) {
                entries.add(entry(step.at(), "referral", "referral." + step.status().name(), institution,
                        step.by().value(), step.note(), locale));
            }
        }
        for (FollowUp f : view.followUps()) {
            if (f.done() && f.completedAt() != null) {
                entries.add(entry(f.completedAt(), "followup", "followUp.done", f.description(), f.owner().value(),
                        f.outcome(), locale));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private TimelineEntry entry(Instant at, String kind, String codeKey, String text, String by,
                                @Nullable String detail, Locale locale) {
        String heading = messages.getMessage("timeline." + kind, null, locale) + ": "
                + messages.getMessage(codeKey, null, codeKey, locale);
        return new TimelineEntry(at, DisplayDates.INSTANCE.dateTime(at), kind, heading, text, by, detail);
    }

    private static String anchor(String operation) {
        return switch (operation) {
            case "refer", "confirm", "dismiss", "respond" -> "referrals";
            case "follow-up", "follow-up-done" -> "follow-ups";
            default -> operation;
        };
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static UUID uuid(@Nullable String value) {
        try {
            return UUID.fromString(nonNull(value));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
