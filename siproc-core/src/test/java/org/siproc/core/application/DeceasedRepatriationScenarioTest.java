package org.siproc.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siproc.core.fixtures.TestProfiles.SALTILLO;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/**
 * A whole case walked through the real services on in-memory adapters: a Honduran man dies in Saltillo, his sister
 * calls, the consulate registers the case, FOSMIH repatriates the remains, the consul closes the file and
 * headquarters archives it.
 */
class DeceasedRepatriationScenarioTest {

    @Test
    void repatriationOfRemainsFromRegistrationToArchive() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-19T14:00:00Z"));
        SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), clock);
        SiprocCore core = memory.core();
        Actor officer = Actor.officer("luis.saltillo", SALTILLO);
        Actor consul = Actor.consul("consul.saltillo", SALTILLO);
        Actor fosmih = Actor.partner("fosmih.tegucigalpa", "FOSMIH");
        Actor hq = Actor.hqAnalyst("hq.analyst", true);

        RegistrationResult r = core.registerCase().register(officer, CaseFixtures.deceasedInSaltillo());
        String n = r.caseNumber().toString();
        assertThat(r.priority().priority()).isEqualTo(Priority.HIGH);
        assertThat(r.requiredForms()).extracting(f -> f.form()).containsExactly("INTAKE_SHEET", "FOSMIH_REQUEST");
        String referral = r.suggestedReferrals().get(0).id();

        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, r.version(), CaseStatus.IN_ASSESSMENT, null));
        clock.advance(Duration.ofHours(2));
        core.referCase().confirm(officer, new ConfirmReferralCommand(n, null, referral, false, null));
        core.recordAction().record(officer, new RecordActionCommand(n, null, ActionKind.DOCUMENT_ISSUED, null,
                "Certificado de defunción apostillado y permiso de traslado"));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.IN_PROGRESS, null));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.AWAITING_RESPONSE, null));

        clock.advance(Duration.ofDays(1));
        core.respondToReferral().respond(fosmih, new RespondToReferralCommand(n, referral, ReferralResponse.ACCEPT,
                "Apoyo aprobado"));
        clock.advance(Duration.ofDays(4));
        core.respondToReferral().respond(fosmih, new RespondToReferralCommand(n, referral, ReferralResponse.COMPLETE,
                "Restos entregados a la familia en San Pedro Sula"));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.IN_PROGRESS, null));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.RESOLVED, null));
        core.changeStatus().changeStatus(consul, new ChangeCaseStatusCommand(n, null, CaseStatus.CLOSED, null));
        core.changeStatus().changeStatus(hq, new ChangeCaseStatusCommand(n, null, CaseStatus.ARCHIVED, null));

        CaseView file = core.viewCase().view(hq, n);
        assertThat(file.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(file.history()).extracting(StatusChange::to).containsExactly(CaseStatus.REGISTERED,
                CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_RESPONSE, CaseStatus.IN_PROGRESS,
                CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.ARCHIVED);
        assertThat(file.referrals()).singleElement().satisfies(ref -> {
            assertThat(ref.status()).isEqualTo(ReferralStatus.COMPLETED);
            assertThat(ref.steps()).hasSize(4);
        });
        assertThat(file.narrative()).contains("repatriación de los restos");
        assertThat(file.allowedTransitions()).isEmpty();
        assertThat(memory.audit().entries()).extracting(e -> e.action())
                .contains(AuditAction.REGISTER, AuditAction.REFER, AuditAction.CHANGE, AuditAction.VIEW);
        assertThat(memory.audit().entries()).filteredOn(e -> e.user().equals(fosmih.user())).hasSize(2);
    }
}
