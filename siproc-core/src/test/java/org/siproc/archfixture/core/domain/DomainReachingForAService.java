package org.siproc.archfixture.core.domain;

import org.siproc.archfixture.core.application.service.FixtureService;

/** Breaks "the domain does not depend on the application" on purpose. */
public class DomainReachingForAService {
    public Object service() {
        return new FixtureService();
    }
}
