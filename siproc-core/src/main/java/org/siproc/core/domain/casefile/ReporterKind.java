package org.siproc.core.domain.casefile;

/** Who reported the case to the consulate. */
public enum ReporterKind {
    THE_PERSON, RELATIVE, CALL_CENTRE, PARTNER_ORGANISATION, DETENTION_CENTRE_VISIT, MEDIA, AUTHORITY, OTHER
}
