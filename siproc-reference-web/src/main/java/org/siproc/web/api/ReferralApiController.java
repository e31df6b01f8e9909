package org.siproc.web.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.out.ReferralQuery;
import org.siproc.core.application.port.out.ReferralSummary;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.shared.OfficeCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The referrals inbox over HTTP (core's {@code ListReferralsUseCase}): staff get their office's referrals
 * (headquarters any office's), a partner institution only those sent to it; due soonest first, paged, audited.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralApiController {

    private final SiprocCore core;

    ReferralApiController(SiprocCore core) {
        this.core = core;
    }

    @GetMapping("/referrals")
    List<ReferralSummary> list(Actor actor, @RequestParam(required = false) @Nullable String office,
                               @RequestParam(required = false) @Nullable String institution,
                               @RequestParam(required = false) @Nullable ReferralStatus status,
                               @RequestParam(defaultValue = "false") boolean overdue,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return core.listReferrals().list(actor, new ReferralQuery(office == null ? null : OfficeCode.of(office),
                institution, status, overdue, page, size));
    }
}
