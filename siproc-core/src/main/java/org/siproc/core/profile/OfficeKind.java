package org.siproc.core.profile;

/** What kind of office: a consulate, a consular section of an embassy, or a headquarters unit. */
public enum OfficeKind {
    CONSULATE, CONSULAR_SECTION, HQ_UNIT
}
