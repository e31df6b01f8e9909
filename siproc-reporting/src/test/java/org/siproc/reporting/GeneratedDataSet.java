package org.siproc.reporting;

import static org.siproc.core.fixtures.TestProfiles.SALTILLO;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/**
 * A larger, mixed data set (seeded, so always the same) for the disclosure-control tests: enough cases that some
 * cells are large and many are small, registered through the real use cases over March 2026.
 */
final class GeneratedDataSet {
    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

    private static final String[][] CATALOGUE = {
            {"MIGRATORY", "MIGRATION_STATION"}, {"MIGRATORY", "MIGRATION_STATION"}, {"MIGRATORY", "DEPORTATION"},
            {"MIGRATORY", "TRAVEL_DOCUMENT"}, {"CRIMINAL", "DETAINED"}, {"CRIMINAL", "VICTIM_OF_CRIME"},
            {"DECEASED", "REPATRIATION_OF_REMAINS"}, {"MISSING", "SEARCH_REQUEST"}};
    private static final String[] GIVEN = {"Ana", "Luis", "María", "José", "Karla", "Wilmer", "Dania", "Óscar",
            "Iris", "Néstor", "Belkis", "Franklin"};
    private static final String[] SURNAMES = {"López", "Martínez", "Reyes", "Castro", "Mejía", "Zelaya", "Ordóñez",
            "Fuentes", "Paz", "Amaya", "Cruz", "Banegas"};

    final MutableClock clock = new MutableClock(FROM);
    final SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), clock);
    private final SiprocCore core = memory.core();

    private GeneratedDataSet() {
    }

    /** {@code cases} cases registered between 20 February and 31 March 2026; the report date is 1 May. */
    static GeneratedDataSet of(int cases, long seed) {
        GeneratedDataSet set = new GeneratedDataSet();
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-02-20T08:00:00Z");
        for (int i = 0; i < cases; i++) {
            set.clock.set(start.plus(Duration.ofMinutes(i * (long) (39 * 24 * 60 / cases))));
            set.registerOne(random, i);
        }
        set.clock.set(Instant.parse("2026-05-01T00:00:00Z"));
        return set;
    }

    private void registerOne(Random random, int i) {
        OfficeCode office = random.nextInt(3) == 0 ? SALTILLO : TAPACHULA;
        Actor officer = Actor.officer("officer." + office.value().toLowerCase(), office);
        Actor consul = Actor.consul("consul." + office.value().toLowerCase(), office);
        String[] kind = CATALOGUE[random.nextInt(CATALOGUE.length)];
        Sex sex = random.nextInt(10) < 4 ? Sex.F : random.nextInt(10) < 9 ? Sex.M : Sex.X;
        LocalDate incident = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1 + random.nextInt(3));
        PersonData person = PersonData.named(GIVEN[random.nextInt(GIVEN.length)] + " " + i,
                SURNAMES[random.nextInt(SURNAMES.length)], SURNAMES[random.nextInt(SURNAMES.length)], sex);
        int age = random.nextInt(10) < 2 ? 5 + random.nextInt(13) : 18 + random.nextInt(55);
        if (random.nextInt(12) > 0) {
            person = person.withBirthDate(incident.minusYears(age).minusDays(1 + random.nextInt(300)));
        }
        if (random.nextInt(5) > 0) {
            String department = random.nextBoolean() ? "08" : "01";
            person = person.withOrigin("HN", department, department + "01");
        }
        if (random.nextInt(8) == 0) {
            person = person.withFlags(Set.of(VulnerabilityFlag.DISPLACED_BY_VIOLENCE));
        }
        String country = random.nextInt(6) == 0 ? "US" : "MX";
        RegistrationResult r = core.registerCase().register(officer, CaseFixtures.command(office.value(), person,
                kind[0], kind[1], incident, country, "Caso generado para las pruebas de estadística."));
        String n = r.caseNumber().toString();
        Instant registered = clock.instant();
        if (random.nextInt(4) > 0) {
            clock.set(registered.plus(Duration.ofHours(1 + random.nextInt(72))));
            core.recordAction().record(officer, new RecordActionCommand(n, null, ActionKind.INTERVIEW, null, "Entrevista"));
        }
        if (!r.suggestedReferrals().isEmpty() && random.nextBoolean()) {
            String referral = r.suggestedReferrals().get(0).id();
            core.referCase().confirm(officer, new ConfirmReferralCommand(n, null, referral, false, null));
            int answer = random.nextInt(4);
            if (answer > 0) {
                clock.set(clock.instant().plus(Duration.ofDays(1 + random.nextInt(5))));
                String institution = r.suggestedReferrals().get(0).institution();
                Actor partner = Actor.partner(institution.toLowerCase() + ".user", institution);
                core.respondToReferral().respond(partner, new RespondToReferralCommand(n, referral,
                        answer == 1 ? ReferralResponse.DECLINE : ReferralResponse.ACCEPT, null));
                if (answer == 3) {
                    core.respondToReferral().respond(partner, new RespondToReferralCommand(n, referral,
                            ReferralResponse.COMPLETE, null));
                }
            }
        }
        if (random.nextInt(3) == 0) {
            clock.set(clock.instant().plus(Duration.ofDays(2 + random.nextInt(10))));
            for (CaseStatus target : List.of(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS)) {
                core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, target, null));
            }
            core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.RESOLVED,
                    "Resuelto para la prueba"));
            core.changeStatus().changeStatus(consul, new ChangeCaseStatusCommand(n, null, CaseStatus.CLOSED, null));
        }
    }
}
