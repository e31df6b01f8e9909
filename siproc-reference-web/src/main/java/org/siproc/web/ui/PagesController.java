package org.siproc.web.ui;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.OverdueItem;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.web.AuditReader;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login, dashboard, case list, person search, referrals inbox and audit pages. */
@Controller
class PagesController {

    private final SiprocCore core;
    private final AccessPolicy policy;
    private final AuditReader audit;
    private final FormErrors formErrors;

    PagesController(SiprocCore core, AccessPolicy policy, AuditReader audit, FormErrors formErrors) {
        this.core = core;
        this.policy = policy;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** My cases, overdue follow-ups, unanswered referrals; other roles see where to go. */
    @GetMapping("/")
    String dashboard(Actor actor, Model model) {
        if (policy.grants(actor.role(), Permission.VIEW_CASE)) {
            String assignee = actor.role() == Role.OFFICER ? actor.user().value() : null;
            model.addAttribute("myCases", core.viewCase().list(actor,
                    new CaseQuery(actor.office(), null, null, null, assignee, false, 0, 10)));
            List<OverdueItem> overdue = core.findOverdue().findOverdue(actor);
            model.addAttribute("overdueFollowUps", overdue.stream()
                    .filter(i -> i.kind() == OverdueItem.Kind.FOLLOW_UP).limit(15).toList());
            model.addAttribute("unansweredReferrals", overdue.stream()
                    .filter(i -> i.kind() == OverdueItem.Kind.REFERRAL).limit(15).toList());
            model.addAttribute("urgent", core.viewCase().list(actor,
                    new CaseQuery(actor.office(), null, null, Priority.URGENT, null, false, 0, 10)).stream()
                    .filter(c -> c.status().open()).toList());
            model.addAttribute("overdueCount", overdue.size());
        }
        return "dashboard";
    }

    @GetMapping("/cases")
    String cases(Actor actor, @RequestParam(required = false) @Nullable CaseStatus status,
                 @RequestParam(required = false) @Nullable String type,
                 @RequestParam(required = false) @Nullable Priority priority,
                 @RequestParam(required = false) @Nullable String office,
                 @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        OfficeCode officeCode = office == null || office.isBlank() ? actor.office() : OfficeCode.of(office);
        String caseType = type == null || type.isBlank() ? null : type;
        model.addAttribute("cases", core.viewCase().list(actor,
                new CaseQuery(officeCode, status, caseType, priority, null, overdue, Math.max(page, 0), 25)));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("priorities", Priority.values());
        return "cases";
    }

    @GetMapping("/persons")
    String persons(Actor actor, @RequestParam(name = "q", required = false) @Nullable String text,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   @Nullable LocalDate birthDate, Model model) {
        if (text != null && !text.isBlank()) {
            model.addAttribute("results", core.searchPersons().search(actor,
                    new PersonSearchQuery(text, birthDate, 0, 20)));
        }
        model.addAttribute("q", text == null ? "" : text);
        return "persons";
    }

    /** Lines per page of the referrals inbox. */
    static final int REFERRALS_PAGE = 25;

    /**
     * The referrals inbox, from core's {@code ListReferralsUseCase}: the referrals that left the consulate, due
     * soonest first, filtered by status, institution, office (headquarters) and overdue, paged. Staff see their
     * office's (headquarters: all), a partner institution only the referrals sent to it, and records its answers
     * here from the case number and referral id printed on the letter (partners see no case, SPEC §6).
     */
    @GetMapping("/referrals")
    String referrals(Actor actor, @ModelAttribute("filter") ReferralFilter filter, Model model) {
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute("caseForm", new CaseForm());
        }
        model.addAttribute("referrals", core.listReferrals().list(actor, filter.query(actor, REFERRALS_PAGE)));
        model.addAttribute("pageSize", REFERRALS_PAGE);
        model.addAttribute("partner", actor.role() == Role.PARTNER);
        return "referrals";
    }

    @PostMapping("/referrals/respond")
    String respond(Actor actor, @ModelAttribute("caseForm") CaseForm f, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        f.setForm("respond");
        Object done = errors.hasErrors() ? null : formErrors.attempt(errors, () -> core.respondToReferral().respond(actor,
                new RespondToReferralCommand(f.getCaseNumber() == null ? "" : f.getCaseNumber().strip(),
                        f.getEntryId() == null ? "" : f.getEntryId().strip(), f.getResponse(), f.getNote())));
        if (done == null) {
            return referrals(actor, new ReferralFilter(), model);
        }
        redirect.addFlashAttribute("saved", "respond");
        return "redirect:/referrals";
    }

    @GetMapping("/audit")
    String audit(Actor actor, @RequestParam(defaultValue = "0") long after, Model model) {
        model.addAttribute("entries", audit.entries(actor, after, 100));
        model.addAttribute("after", after);
        return "audit";
    }
}
