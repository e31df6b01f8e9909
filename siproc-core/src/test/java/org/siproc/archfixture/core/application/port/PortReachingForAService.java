package org.siproc.archfixture.core.application.port;

import org.siproc.archfixture.core.application.service.FixtureService;

/** Breaks "ports do not depend on services" on purpose. */
public interface PortReachingForAService {
    FixtureService service();
}
