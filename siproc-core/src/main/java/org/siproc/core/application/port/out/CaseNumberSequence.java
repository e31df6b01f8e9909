package org.siproc.core.application.port.out;

import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * Outgoing port: hands out case-number sequences per office and year. Never hands out the same number twice,
 * also when several processes share one database; gaps are allowed (a failed registration may burn a number).
 */
public interface CaseNumberSequence {

    /** The next sequence number (1, 2, ...) for the office in that year. */
    int next(CountryCode country, OfficeCode office, int year);
}
