package org.siproc.core.domain.casefile;

/**
 * How much of the case a referral carries to the institution (data minimisation).
 */
public enum SharedData {
    /** No personal data: case number, case type, office and what is asked. For institutions without an agreement. */
    NO_PERSONAL_DATA,
    /** Name, age or birth date, sex, contact, nationality and the need: the minimum to act. */
    MINIMUM,
    /** The minimum plus the narrative, chosen explicitly by the officer. */
    MINIMUM_WITH_NARRATIVE
}
