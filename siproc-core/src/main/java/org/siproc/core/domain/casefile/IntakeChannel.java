package org.siproc.core.domain.casefile;

/** How the case reached the consulate. */
public enum IntakeChannel {
    IN_PERSON, PHONE, EMAIL, CALL_CENTRE, DETENTION_VISIT, HOSPITAL_VISIT, PARTNER_REFERRAL, MEDIA, OTHER
}
