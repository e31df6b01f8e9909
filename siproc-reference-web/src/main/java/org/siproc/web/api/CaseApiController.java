package org.siproc.web.api;

import java.net.URI;
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
import org.siproc.core.application.port.in.CorrectActionCommand;
import org.siproc.core.application.port.in.DismissReferralCommand;
import org.siproc.core.application.port.in.DuplicateCandidate;
import org.siproc.core.application.port.in.OverdueItem;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RaisePriorityCommand;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RecordConsentCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.web.CaseForms;
import org.siproc.web.api.ApiRequests.ActionRequest;
import org.siproc.web.api.ApiRequests.AssignmentRequest;
import org.siproc.web.api.ApiRequests.AutoClosureRequest;
import org.siproc.web.api.ApiRequests.CompletionRequest;
import org.siproc.web.api.ApiRequests.ConfirmationRequest;
import org.siproc.web.api.ApiRequests.ConsentRequest;
import org.siproc.web.api.ApiRequests.CorrectionRequest;
import org.siproc.web.api.ApiRequests.DismissalRequest;
import org.siproc.web.api.ApiRequests.FollowUpRequest;
import org.siproc.web.api.ApiRequests.PriorityRequest;
import org.siproc.web.api.ApiRequests.ReferralRequest;
import org.siproc.web.api.ApiRequests.ResponseRequest;
import org.siproc.web.api.ApiRequests.StatusRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case use cases over HTTP: register, list, view (audited), act, follow up, assign, change status, raise
 * priority, record consent, refer, confirm/dismiss suggested referrals, record an institution's answer, print a
 * form, and the alerts. Each method builds the core's command and calls the use case; the core decides access.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApiController {

    private final SiprocCore core;
    private final CaseForms caseForms;

    CaseApiController(SiprocCore core, CaseForms caseForms) {
        this.core = core;
        this.caseForms = caseForms;
    }

    @PostMapping("/cases")
    ResponseEntity<RegistrationResult> register(Actor actor, @RequestBody RegisterCaseCommand command) {
        RegistrationResult result = core.registerCase().register(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + result.caseNumber())).body(result);
    }

    @PostMapping("/cases/duplicates")
    List<DuplicateCandidate> duplicates(Actor actor, @RequestBody PersonData person) {
        return core.registerCase().findDuplicates(actor, person);
    }

    @GetMapping("/cases")
    List<CaseSummary> list(Actor actor, @RequestParam(required = false) @Nullable String office,
                           @RequestParam(required = false) @Nullable CaseStatus status,
                           @RequestParam(required = false) @Nullable String type,
                           @RequestParam(required = false) @Nullable Priority priority,
                           @RequestParam(required = false) @Nullable String assignee,
                           @RequestParam(defaultValue = "false") boolean overdue,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return core.viewCase().list(actor, new CaseQuery(office == null ? null : OfficeCode.of(office), status, type,
                priority, assignee, overdue, page, size));
    }

    @GetMapping("/cases/{number}")
    CaseView view(Actor actor, @PathVariable String number) {
        return core.viewCase().view(actor, number);
    }

    @PostMapping("/cases/{number}/actions")
    ResponseEntity<CaseChange> recordAction(Actor actor, @PathVariable String number, @RequestBody ActionRequest r) {
        return created(core.recordAction().record(actor,
                new RecordActionCommand(number, r.expectedVersion(), r.kind(), r.occurredOn(), r.text())));
    }

    @PostMapping("/cases/{number}/actions/{actionId}/corrections")
    ResponseEntity<CaseChange> correctAction(Actor actor, @PathVariable String number, @PathVariable UUID actionId,
                                             @RequestBody CorrectionRequest r) {
        return created(core.recordAction().correct(actor,
                new CorrectActionCommand(number, r.expectedVersion(), actionId, r.correctedText())));
    }

    @PostMapping("/cases/{number}/follow-ups")
    ResponseEntity<CaseChange> scheduleFollowUp(Actor actor, @PathVariable String number,
                                                @RequestBody FollowUpRequest r) {
        return created(core.followUps().schedule(actor,
                new ScheduleFollowUpCommand(number, r.expectedVersion(), r.description(), r.dueAt(), r.owner())));
    }

    @PostMapping("/cases/{number}/follow-ups/{followUpId}/completion")
    CaseChange completeFollowUp(Actor actor, @PathVariable String number, @PathVariable UUID followUpId,
                                @RequestBody CompletionRequest r) {
        return core.followUps().complete(actor,
                new CompleteFollowUpCommand(number, r.expectedVersion(), followUpId, r.outcome()));
    }

    @PostMapping("/cases/{number}/assignment")
    CaseChange assign(Actor actor, @PathVariable String number, @RequestBody AssignmentRequest r) {
        return core.assignCase().assign(actor, new AssignCaseCommand(number, r.expectedVersion(), r.officer()));
    }

    @PostMapping("/cases/{number}/status")
    CaseChange changeStatus(Actor actor, @PathVariable String number, @RequestBody StatusRequest r) {
        return core.changeStatus().changeStatus(actor,
                new ChangeCaseStatusCommand(number, r.expectedVersion(), r.target(), r.reason()));
    }

    @PostMapping("/cases/{number}/priority")
    CaseChange raisePriority(Actor actor, @PathVariable String number, @RequestBody PriorityRequest r) {
        return core.changeStatus().raisePriority(actor,
                new RaisePriorityCommand(number, r.expectedVersion(), r.priority(), r.reason()));
    }

    @PostMapping("/cases/{number}/consents")
    ResponseEntity<CaseChange> recordConsent(Actor actor, @PathVariable String number, @RequestBody ConsentRequest r) {
        return created(core.recordConsent().recordConsent(actor,
                new RecordConsentCommand(number, r.expectedVersion(), r.purpose(), r.state(), r.basis(), r.note())));
    }

    @PostMapping("/cases/{number}/referrals")
    ResponseEntity<CaseChange> refer(Actor actor, @PathVariable String number, @RequestBody ReferralRequest r) {
        return created(core.referCase().refer(actor, new ReferCaseCommand(number, r.expectedVersion(),
                r.institution(), r.reason(), r.includeNarrative(), r.legalBasis())));
    }

    @PostMapping("/cases/{number}/referrals/{referralId}/confirmation")
    CaseChange confirmReferral(Actor actor, @PathVariable String number, @PathVariable String referralId,
                               @RequestBody ConfirmationRequest r) {
        return core.referCase().confirm(actor, new ConfirmReferralCommand(number, r.expectedVersion(), referralId,
                r.includeNarrative(), r.legalBasis()));
    }

    @PostMapping("/cases/{number}/referrals/{referralId}/dismissal")
    CaseChange dismissReferral(Actor actor, @PathVariable String number, @PathVariable String referralId,
                               @RequestBody DismissalRequest r) {
        return core.referCase().dismiss(actor,
                new DismissReferralCommand(number, r.expectedVersion(), referralId, r.reason()));
    }

    @PostMapping("/cases/{number}/referrals/{referralId}/responses")
    CaseChange respondToReferral(Actor actor, @PathVariable String number, @PathVariable String referralId,
                                 @RequestBody ResponseRequest r) {
        return core.respondToReferral().respond(actor,
                new RespondToReferralCommand(number, referralId, r.response(), r.note()));
    }

    /**
     * The forms to print for this case: those the profile's rules require for it (with the rule), then those
     * available for every case; titles in the {@code Accept-Language}. A view of the case: audited.
     */
    @GetMapping("/cases/{number}/forms")
    List<CaseForms.OfferedForm> forms(Actor actor, @PathVariable String number) {
        return caseForms.offer(core.viewCase().view(actor, number), LocaleContextHolder.getLocale());
    }

    @GetMapping(path = "/cases/{number}/forms/{form}", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> renderForm(Actor actor, @PathVariable String number, @PathVariable String form,
                                      @RequestParam(required = false) @Nullable String referral,
                                      @RequestParam(defaultValue = "es") String lang) {
        FormRenderer.RenderedForm rendered = core.renderForm().render(actor,
                new RenderFormCommand(number, form, Locale.forLanguageTag(lang), referral));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendered.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number + "-" + form.toLowerCase(Locale.ROOT) + ".pdf").build().toString())
                .header("X-Siproc-Verification-Hash", rendered.verificationHash())
                .body(rendered.content());
    }

    @PostMapping("/cases/auto-closure")
    List<String> closeResolvedCases(Actor actor, @RequestBody AutoClosureRequest r) {
        return core.changeStatus().closeResolvedCases(actor, r.resolvedBefore());
    }

    @GetMapping("/alerts")
    List<OverdueItem> alerts(Actor actor) {
        return core.findOverdue().findOverdue(actor);
    }

    private static ResponseEntity<CaseChange> created(CaseChange change) {
        return ResponseEntity.status(201).body(change);
    }
}
