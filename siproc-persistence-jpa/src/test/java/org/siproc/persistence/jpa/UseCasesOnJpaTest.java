package org.siproc.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.VersionConflictException;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/**
 * The core's use cases on the JPA adapters: registration end to end, no edit lost when two officers edit one case
 * at once, and nothing half-written when a use case fails. Runs on H2 and on PostgreSQL.
 */
class UseCasesOnJpaTest {

    static final Instant NOW = Instant.parse("2026-11-22T16:00:00Z");
    static final Actor OFFICER = Actor.officer("ana.tapachula", TestProfiles.TAPACHULA);

    @Nested
    class OnH2 extends Scenarios {
        OnH2() {
            super(TestDatabases.h2());
        }
    }

    @Nested
    class OnPostgres extends Scenarios {
        OnPostgres() {
            super(TestDatabases.postgres());
        }
    }

    abstract static class Scenarios {
        final JpaPersistence db;

        Scenarios(JpaPersistence db) {
            this.db = db;
        }

        SiprocCore core(ProtectionCases cases) {
            return SiprocCore.builder(TestProfiles.small()).cases(cases).persons(db.persons())
                    .caseNumbers(db.caseNumbers()).auditTrail(db.auditTrail()).transactions(db.transactions())
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        }

        @BeforeEach
        void empty() {
            TestDatabases.clean(db);
        }

        @Test
        void registersACaseWithTriageReferralsFollowUpAndAnIntactAuditChain() {
            SiprocCore core = db.wire(SiprocCore.builder(TestProfiles.small())).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .build();
            RegistrationResult r = core.registerCase().register(OFFICER, CaseFixtures.unaccompaniedChildInTapachula());

            ProtectionCase stored = db.transactions().inTransaction(() -> db.cases().findByNumber(r.caseNumber()))
                    .orElseThrow();
            assertThat(r.caseNumber().toString()).isEqualTo("HN-MXTAP-2026-000001");
            assertThat(stored.version()).isEqualTo(r.version()).isEqualTo(1);
            assertThat(stored.referrals()).extracting(x -> x.institution()).containsExactly("DIF");
            assertThat(stored.followUps()).hasSize(1);
            assertThat(db.persons().findById(r.personId())).isPresent();
            assertThat(db.auditEntries(0, 100)).extracting(e -> e.event())
                    .contains("PERSON_REGISTERED", "REGISTERED", "REFERRAL_SUGGESTED", "FOLLOW_UP_SCHEDULED");
            assertThat(db.auditChainVerifier().verify().intact()).isTrue();

            RegistrationResult again = core.registerCase().register(OFFICER, CaseFixtures.unaccompaniedChildInTapachula());
            assertThat(again.caseNumber().sequence()).isEqualTo(2);
            assertThat(again.duplicateCandidates()).extracting(d -> d.personId()).containsExactly(r.personId());
            List<CaseSummary> list = core.viewCase().list(OFFICER, CaseQuery.all());
            assertThat(list).extracting(CaseSummary::mainPersonName).containsOnly("María José López Ávila");
        }

        @Test
        void twoOfficersEditingOneCaseAThousandTimesLoseNoEdit() throws Exception {
            // Both threads read the case before either saves on their first attempt: at least one conflict is certain.
            CyclicBarrier firstRead = new CyclicBarrier(2);
            ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
            ProtectionCases cases = new DelegatingCases(db.cases()) {
                @Override
                public Optional<ProtectionCase> findByNumber(CaseNumber number) {
                    Optional<ProtectionCase> found = super.findByNumber(number);
                    if (!waited.get()) {
                        waited.set(true);
                        await(firstRead);
                    }
                    return found;
                }
            };
            SiprocCore core = core(cases);
            CaseNumber number = core.registerCase().register(OFFICER, CaseFixtures.adultInMigrationStation()).caseNumber();
            int editsPerThread = 500;
            AtomicInteger conflicts = new AtomicInteger();
            ExecutorService officers = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> done = List.of(
                        officers.submit(() -> edit(core, number, "ana", editsPerThread, conflicts)),
                        officers.submit(() -> edit(core, number, "luis", editsPerThread, conflicts)));
                for (Future<Integer> f : done) {
                    assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(editsPerThread);
                }
            } finally {
                officers.shutdownNow();
            }

            ProtectionCase stored = db.transactions().inTransaction(() -> db.cases().findByNumber(number)).orElseThrow();
            assertThat(stored.actions()).hasSize(2 * editsPerThread);
            assertThat(stored.actions()).extracting(a -> a.text()).doesNotHaveDuplicates();
            assertThat(stored.version()).isEqualTo(1 + 2L * editsPerThread);
            assertThat(conflicts.get()).as("conflicts reported and retried").isPositive();
            System.out.printf("%s: %d edits by two officers, %d version conflicts reported and retried%n",
                    getClass().getSimpleName(), 2 * editsPerThread, conflicts.get());
        }

        private static int edit(SiprocCore core, CaseNumber number, String officer, int edits, AtomicInteger conflicts) {
            Actor actor = Actor.officer(officer, TestProfiles.TAPACHULA);
            for (int i = 0; i < edits; i++) {
                while (true) {
                    try {
                        core.recordAction().record(actor, new RecordActionCommand(number.toString(), null,
                                ActionKind.NOTE, null, officer + " note " + i));
                        break;
                    } catch (VersionConflictException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }
            return edits;
        }

        @Test
        void aRegistrationThatFailsLeavesNothingHalfWritten() {
            ProtectionCases failing = new DelegatingCases(db.cases()) {
                @Override
                public long save(ProtectionCase protectionCase) {
                    super.save(protectionCase);
                    throw new IllegalStateException("disk full after the case was written");
                }
            };
            SiprocCore core = core(failing);

            assertThatThrownBy(() -> core.registerCase().register(OFFICER, CaseFixtures.adultInMigrationStation()))
                    .hasMessageContaining("disk full");

            assertThat(db.transactions().inTransaction(() -> db.cases().find(CaseQuery.all(), NOW))).isEmpty();
            assertThat(db.transactions().inTransaction(() -> db.persons().search(
                    org.siproc.core.application.port.out.PersonSearchQuery.of("José Ángel Núñez Peña")))).isEmpty();
            assertThat(db.auditEntries(0, 100)).isEmpty();
            assertThat(db.auditChainVerifier().verify().intact()).isTrue();
        }

        private static void await(CyclicBarrier barrier) {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Passes every call to the real adapter; tests override one method to inject a pause or a failure. */
    static class DelegatingCases implements ProtectionCases {
        private final ProtectionCases delegate;

        DelegatingCases(ProtectionCases delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<ProtectionCase> findByNumber(CaseNumber number) {
            return delegate.findByNumber(number);
        }

        @Override
        public long save(ProtectionCase protectionCase) {
            return delegate.save(protectionCase);
        }

        @Override
        public List<ProtectionCase> findByPerson(PersonId person) {
            return delegate.findByPerson(person);
        }

        @Override
        public List<CaseSummary> find(CaseQuery query, Instant now) {
            return delegate.find(query, now);
        }

        @Override
        public List<ProtectionCase> findWithOverdueItems(OfficeCode office, Instant now) {
            return delegate.findWithOverdueItems(office, now);
        }

        @Override
        public List<ProtectionCase> findResolvedBefore(Instant before) {
            return delegate.findResolvedBefore(before);
        }

        @Override
        public List<org.siproc.core.application.port.out.ReferralSummary> findReferrals(
                org.siproc.core.application.port.out.ReferralQuery query, Instant now) {
            return delegate.findReferrals(query, now);
        }
    }
}
