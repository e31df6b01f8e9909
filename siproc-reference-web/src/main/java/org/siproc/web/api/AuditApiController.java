package org.siproc.web.api;

import java.util.List;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.web.AuditReader;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for headquarters, oldest first, paged by position. */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditApiController {

    private final AuditReader audit;

    AuditApiController(AuditReader audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEvent> entries(Actor actor, @RequestParam(defaultValue = "0") long after,
                             @RequestParam(defaultValue = "100") int limit) {
        return audit.entries(actor, after, limit);
    }
}
