package org.siproc.core.domain.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;

/** Builds protection cases directly on the aggregate, for domain tests. */
final class Cases {
    static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");
    static final UserId OFFICER = UserId.of("ana.officer");
    static final OfficeCode OFFICE = OfficeCode.of("MXTAP");

    private Cases() {
    }

    static Consent consent(ConsentPurpose purpose) {
        return new Consent(purpose, Consent.State.GIVEN, SharingBasis.CONSENT, null, T0, OFFICER);
    }

    static ProtectionCase registered(String type, List<Consent> consents) {
        CaseNumber number = new CaseNumber(CountryCode.of("HN"), OFFICE, 2026, 1);
        return ProtectionCase.register(CaseId.newId(), number, new ProtectionCase.Intake(OFFICE,
                        List.of(PersonId.newId()), Reporter.thePerson(), IntakeChannel.IN_PERSON,
                        new Incident(LocalDate.of(2026, 11, 19), CountryCode.of("MX"), "Chiapas", "Tapachula"),
                        "Relato del caso con acentos: ñandú, corazón.", CaseClassification.of(type, "SUBTYPE"),
                        CaseDemographics.unknown(), java.util.Set.of()),
                PriorityAssessment.computed(Priority.NORMAL, null, "no triage rule applies"), consents, T0, OFFICER);
    }

    static ProtectionCase registered() {
        return registered("MIGRATORY", List.of(consent(ConsentPurpose.REGISTRATION), consent(ConsentPurpose.REFERRAL)));
    }

    /** A case moved along the workflow to {@code status} by the shortest legal path. */
    static ProtectionCase inStatus(CaseStatus status) {
        ProtectionCase c = registered();
        List<CaseStatus> path = switch (status) {
            case REGISTERED -> List.of();
            case IN_ASSESSMENT -> List.of(CaseStatus.IN_ASSESSMENT);
            case IN_PROGRESS -> List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS);
            case AWAITING_RESPONSE -> List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_RESPONSE);
            case RESOLVED -> List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);
            case CLOSED -> List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED);
            case REOPENED -> List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.REOPENED);
            case ARCHIVED -> List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED,
                    CaseStatus.ARCHIVED);
        };
        Instant at = T0;
        for (CaseStatus s : path) {
            at = at.plusSeconds(60);
            c.changeStatus(s, "paso", at, OFFICER);
        }
        return c;
    }
}
