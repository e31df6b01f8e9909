package org.siproc.core.domain.casefile;

import org.siproc.core.domain.shared.Code;

/**
 * Case type and subtype, as codes of the country profile's catalogue (e.g. {@code MISSING} /
 * {@code SEARCH_REQUEST}). The profile checks that the pair exists before a case is built with it.
 */
public record CaseClassification(String type, String subtype) {
    public CaseClassification {
        type = Code.normalise("caseType", type);
        subtype = Code.normalise("caseSubtype", subtype);
    }

    public static CaseClassification of(String type, String subtype) {
        return new CaseClassification(type, subtype);
    }
}
