package org.siproc.core.domain.casefile;

/** Kinds of attention given on a case (SPEC §3 "Actions"). */
public enum ActionKind {
    INTERVIEW,
    VISIT_DETENTION_CENTRE,
    VISIT_HOSPITAL,
    VISIT_SHELTER,
    CALL,
    LEGAL_ADVICE,
    DOCUMENT_ISSUED,
    FINANCIAL_AID_REQUESTED,
    FINANCIAL_AID_GRANTED,
    REPATRIATION_ARRANGED,
    NOTE,
    /** A correction of an earlier entry: its text replaces the original's, which stays visible. */
    CORRECTION
}
