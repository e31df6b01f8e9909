package org.siproc.core.domain.shared;

/**
 * Stable error codes of SIPROC. Each code keys a message in the {@code org.siproc.core.messages} bundles
 * (Spanish and English), so adapters can show the message in the user's language and scripts can rely on
 * the code. Codes are never reused.
 */
public enum ErrorCode {
    /** A value does not have the required shape ({0} field, {1} what is wrong). */
    INVALID_VALUE("SIPROC-0001"),
    /** A command failed Bean Validation; one violation per field. */
    CONSTRAINT_VIOLATION("SIPROC-0002"),
    /** A Honduran DNI does not have the DDMM-YYYY-NNNNN shape, department or plausible year. */
    INVALID_DNI("SIPROC-0003"),
    /** A case number is not of the form COUNTRY-OFFICE-YEAR-SEQ. */
    INVALID_CASE_NUMBER("SIPROC-0004"),
    /** A code is not in the country profile (office, case type, institution, ...). */
    UNKNOWN_CODE("SIPROC-0005"),
    /** The case cannot move from its status to the requested one. */
    ILLEGAL_CASE_TRANSITION("SIPROC-0010"),
    /** The case cannot be resolved while referrals are pending, unless a reason is given. */
    REFERRALS_PENDING("SIPROC-0011"),
    /** A priority can be raised by hand, never lowered. */
    PRIORITY_CANNOT_BE_LOWERED("SIPROC-0012"),
    /** The action to correct does not belong to the case. */
    ACTION_NOT_FOUND("SIPROC-0013"),
    /** A follow-up that is done cannot be completed again. */
    FOLLOW_UP_ALREADY_COMPLETED("SIPROC-0014"),
    /** The referral cannot move from its status to the requested one. */
    ILLEGAL_REFERRAL_TRANSITION("SIPROC-0015"),
    /** Personal data is shared with an institution only with consent for referral or a legal basis. */
    REFERRAL_NEEDS_LEGAL_BASIS("SIPROC-0016"),
    /** The case is closed or archived: it takes no new actions, follow-ups or referrals. */
    CASE_NOT_OPEN("SIPROC-0017"),
    /** The case type is never closed automatically (missing persons). */
    NEVER_CLOSED_AUTOMATICALLY("SIPROC-0018"),
    /** The person was merged into another record and cannot be changed or merged again. */
    PERSON_ALREADY_MERGED("SIPROC-0019"),
    /** An attachment is too large or of a type that is not accepted. */
    ATTACHMENT_REJECTED("SIPROC-0020"),
    /** A reason is required for this change. */
    REASON_REQUIRED("SIPROC-0021"),
    /** The follow-up does not belong to the case. */
    FOLLOW_UP_NOT_FOUND("SIPROC-0022"),
    /** The referral does not belong to the case. */
    REFERRAL_NOT_FOUND("SIPROC-0023"),
    /** Personal data is registered only with consent for registration or another legal basis. */
    REGISTRATION_NEEDS_LEGAL_BASIS("SIPROC-0024"),
    /** Exactly one way of giving the birth date is expected. */
    AMBIGUOUS_BIRTH_DATE("SIPROC-0025"),
    /** The case already has a referral to that institution waiting for an answer. */
    REFERRAL_ALREADY_PENDING("SIPROC-0026"),
    /** A field of a row from a legacy case system is required and empty ({0} the field). */
    LEGACY_FIELD_REQUIRED("SIPROC-0060"),
    /** A field of a legacy row holds a value with no SIPROC equivalent ({0} field, {1} value, {2} accepted values). */
    LEGACY_VALUE_NOT_RECOGNISED("SIPROC-0061"),
    /** A field of a legacy row is not a date ({0} field, {1} value). */
    LEGACY_BAD_DATE("SIPROC-0062"),
    /** A date of a legacy case lies after the import ({0} field, {1} date). */
    LEGACY_DATE_IN_FUTURE("SIPROC-0063"),
    /** Two dates of a legacy case are in the wrong order ({0} field, {1} date, {2} other field, {3} its date). */
    LEGACY_DATES_OUT_OF_ORDER("SIPROC-0064"),
    /** A closed or archived legacy case has no closing date ({0} status). */
    LEGACY_CLOSED_WITHOUT_DATE("SIPROC-0065"),
    /** An open legacy case has a closing date ({0} status, {1} date). */
    LEGACY_OPEN_WITH_CLOSING_DATE("SIPROC-0066"),
    /** The legacy case number appears twice in one import file ({0} number, {1} the earlier line). */
    LEGACY_NUMBER_REPEATED("SIPROC-0067"),
    /** SIPROC case numbers start in 2000: an older registration date cannot be numbered ({0} date). */
    LEGACY_REGISTERED_BEFORE_2000("SIPROC-0068"),
    /** The actor's role or office does not allow the operation. */
    ACCESS_DENIED("SIPROC-0030"),
    /** No account with that user id ({0}). */
    UNKNOWN_ACCOUNT("SIPROC-0031"),
    /** The account is disabled: it may not act ({0}). */
    ACCOUNT_DISABLED("SIPROC-0032"),
    /** The first administrator is created once; an administrator exists already ({0}). */
    ADMINISTRATOR_EXISTS("SIPROC-0033"),
    /** An account with that user id exists already ({0}). */
    ACCOUNT_EXISTS("SIPROC-0034"),
    /** A password is shorter than the minimum ({0} characters). */
    PASSWORD_TOO_SHORT("SIPROC-0035"),
    /** The last enabled administrator cannot be disabled ({0}). */
    LAST_ADMINISTRATOR("SIPROC-0036"),
    /** No case with that number (or none the actor may see). */
    CASE_NOT_FOUND("SIPROC-0040"),
    /** No person with that id. */
    PERSON_NOT_FOUND("SIPROC-0041"),
    /** Someone else changed the case since it was read. */
    VERSION_CONFLICT("SIPROC-0050");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code SIPROC-0010}. */
    public String code() {
        return code;
    }
}
