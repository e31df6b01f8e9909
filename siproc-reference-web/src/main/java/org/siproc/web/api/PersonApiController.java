package org.siproc.web.api;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.MergePersonsCommand;
import org.siproc.core.application.port.in.PersonSearchResult;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.access.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Person search (audited) and merging duplicate records (headquarters). */
@RestController
@RequestMapping(path = "/api/v1/persons", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonApiController {

    private final SiprocCore core;

    PersonApiController(SiprocCore core) {
        this.core = core;
    }

    @GetMapping
    List<PersonSearchResult> search(Actor actor, @RequestParam(name = "q", defaultValue = "") String text,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    @Nullable LocalDate birthDate,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "10") int size) {
        return core.searchPersons().search(actor, new PersonSearchQuery(text, birthDate, page, size));
    }

    /** Merges a duplicate record into the surviving one; answers the case numbers re-pointed to the survivor. */
    @PostMapping("/merges")
    List<String> merge(Actor actor, @RequestBody MergePersonsCommand command) {
        return core.mergePersons().merge(actor, command);
    }
}
