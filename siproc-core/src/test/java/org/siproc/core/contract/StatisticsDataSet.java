package org.siproc.core.contract;

import static org.siproc.core.fixtures.TestProfiles.SALTILLO;
import static org.siproc.core.fixtures.TestProfiles.TAPACHULA;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.CompleteFollowUpCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/**
 * The statistics contract's data set: eleven cases whose every figure can be worked out by hand, registered through
 * the real use cases on the ports under test, with a clock set for each step. The period is March 2026 (UTC); the
 * report is made on 5 April 2026. (The same cases as the reporting module's {@code SmallDataSet}.)
 *
 * <pre>
 * case office sex age dept  type/subtype                  country registered    what happens
 * A    MXTAP  M   35  08    MIGRATORY/MIGRATION_STATION   MX      2026-02-10    nothing (open)
 * B    MXSAL  M   27  -     MISSING/SEARCH_REQUEST        MX      2025-12-01    nothing (open, 121 days old at the end)
 * C    MXTAP  F   40  01    CRIMINAL/DETAINED             US      2026-02-20    action 02-21; closed 03-05 09:00 (312 h)
 * D    MXTAP  F   14  01    MIGRATORY/MIGRATION_STATION   MX      03-02 10:00   unaccompanied (URGENT); action +4 h;
 *                                                                                DIF sent 03-02, accepted; follow-up done on time
 * E    MXTAP  M   11  08    MIGRATORY/DEPORTATION         MX      03-05 10:00   child (HIGH); action +24 h; DIF sent, declined;
 *                                                                                closed 03-20 10:00 (360 h); follow-up never done
 * F    MXSAL  M   34  -     DECEASED/REPATRIATION_...     MX      03-10 10:00   HIGH; action +2 h; FOSMIH sent, accepted,
 *                                                                                completed; follow-up done a day late
 * G    MXSAL  F   66  08    MIGRATORY/TRAVEL_DOCUMENT     US      03-15 10:00   LOW; older person; nothing else
 * H    MXSAL  M   28  -     MISSING/SEARCH_REQUEST        MX      03-19 10:00   URGENT; action +48 h; SEARCH sent 03-19,
 *                                                                                unanswered (due 03-29: overdue); follow-up never done
 * I    MXTAP  X   ?   01    CRIMINAL/VICTIM_OF_CRIME      MX      03-25 10:00   flags SGBV + displaced; action +12 h;
 *                                                                                extra follow-up due 03-30, done 03-29
 * J    MXTAP  M   45  08    MIGRATORY/MIGRATION_STATION   MX      03-28 10:00   MEDIA_NGO referred by hand 03-28 (due 04-07)
 * K    MXTAP  F   30  08    MIGRATORY/MIGRATION_STATION   MX      2026-04-02    after the period: counts nowhere
 * </pre>
 */
final class StatisticsDataSet {
    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
    static final Instant REPORT_DATE = Instant.parse("2026-04-05T00:00:00Z");

    final MovingClock clock = new MovingClock(Instant.parse("2025-12-01T12:00:00Z"));
    final SiprocCore core;

    private final Actor officerTap = Actor.officer("ana.tapachula", TAPACHULA);
    private final Actor consulTap = Actor.consul("consul.tapachula", TAPACHULA);
    private final Actor officerSal = Actor.officer("luis.saltillo", SALTILLO);
    private final Actor hq = Actor.hqAnalyst("hq.analyst", true);

    private StatisticsDataSet(PortsUnderTest ports) {
        this.core = SiprocCore.builder(TestProfiles.small()).cases(ports.cases()).persons(ports.persons())
                .caseNumbers(ports.caseNumbers()).auditTrail(ports.auditTrail()).transactions(ports.transactions())
                .clock(clock).build();
    }

    /** Registers the eleven cases through the use cases on {@code ports}, then sets the clock to the report date. */
    static StatisticsDataSet build(PortsUnderTest ports) {
        StatisticsDataSet set = new StatisticsDataSet(ports);
        set.registerAll();
        set.clock.set(REPORT_DATE);
        return set;
    }

    private void registerAll() {
        // B: a missing person reported long before the period.
        at("2025-12-01T12:00:00Z");
        register(officerSal, "MXSAL", person("Luis Fernando", "Hernández", Sex.M, LocalDate.of(1998, 1, 30), null),
                "MISSING", "SEARCH_REQUEST", LocalDate.of(2025, 11, 1), "MX");

        // A: open since February.
        at("2026-02-10T10:00:00Z");
        register(officerTap, "MXTAP", person("José Ángel", "Núñez", Sex.M, LocalDate.of(1990, 4, 12), "08"),
                "MIGRATORY", "MIGRATION_STATION", LocalDate.of(2026, 2, 9), "MX");

        // C: registered in February, closed in March after 13 days.
        at("2026-02-20T09:00:00Z");
        String c = register(officerTap, "MXTAP", person("Marta Lidia", "Reyes", Sex.F, LocalDate.of(1985, 5, 5), "01"),
                "CRIMINAL", "DETAINED", LocalDate.of(2026, 2, 19), "US").caseNumber().toString();
        at("2026-02-21T09:00:00Z");
        act(officerTap, c, ActionKind.VISIT_DETENTION_CENTRE);
        move(officerTap, c, CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS);
        at("2026-03-05T08:00:00Z");
        move(officerTap, c, CaseStatus.RESOLVED);
        at("2026-03-05T09:00:00Z");
        move(consulTap, c, CaseStatus.CLOSED);

        // D: unaccompanied girl, referred to DIF, which accepts.
        at("2026-03-02T10:00:00Z");
        RegistrationResult d = register(officerTap, "MXTAP",
                person("María José", "López", Sex.F, LocalDate.of(2011, 6, 1), "01")
                        .withFlags(Set.of(VulnerabilityFlag.UNACCOMPANIED_CHILD)),
                "MIGRATORY", "MIGRATION_STATION", LocalDate.of(2026, 3, 1), "MX");
        String dn = d.caseNumber().toString();
        at("2026-03-02T14:00:00Z");
        act(officerTap, dn, ActionKind.INTERVIEW);
        at("2026-03-02T15:00:00Z");
        confirm(officerTap, dn, d);
        at("2026-03-02T16:00:00Z");
        completeFirstFollowUp(officerTap, dn);
        at("2026-03-05T12:00:00Z");
        respond(dn, d, "DIF", ReferralResponse.ACCEPT);

        // E: a boy, referred to DIF, which declines; closed on 20 March; the follow-up is never done.
        at("2026-03-05T10:00:00Z");
        RegistrationResult e = register(officerTap, "MXTAP",
                person("Kevin Josué", "Mejía", Sex.M, LocalDate.of(2015, 1, 10), "08"),
                "MIGRATORY", "DEPORTATION", LocalDate.of(2026, 3, 4), "MX");
        String en = e.caseNumber().toString();
        at("2026-03-05T12:00:00Z");
        confirm(officerTap, en, e);
        at("2026-03-06T10:00:00Z");
        act(officerTap, en, ActionKind.CALL);
        move(officerTap, en, CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS);
        at("2026-03-10T09:00:00Z");
        respond(en, e, "DIF", ReferralResponse.DECLINE);
        at("2026-03-20T09:00:00Z");
        move(officerTap, en, CaseStatus.RESOLVED);
        at("2026-03-20T10:00:00Z");
        move(consulTap, en, CaseStatus.CLOSED);

        // F: a man who died in Saltillo; FOSMIH repatriates the remains; the follow-up is done a day late.
        at("2026-03-10T10:00:00Z");
        RegistrationResult f = register(officerSal, "MXSAL",
                person("Carlos", "Martínez", Sex.M, LocalDate.of(1991, 7, 1), null),
                "DECEASED", "REPATRIATION_OF_REMAINS", LocalDate.of(2026, 3, 9), "MX");
        String fn = f.caseNumber().toString();
        at("2026-03-10T11:00:00Z");
        confirm(officerSal, fn, f);
        at("2026-03-10T12:00:00Z");
        act(officerSal, fn, ActionKind.DOCUMENT_ISSUED);
        at("2026-03-12T10:00:00Z");
        respond(fn, f, "FOSMIH", ReferralResponse.ACCEPT);
        at("2026-03-14T10:00:00Z");
        completeFirstFollowUp(officerSal, fn);
        at("2026-03-25T10:00:00Z");
        respond(fn, f, "FOSMIH", ReferralResponse.COMPLETE);

        // G: an older woman asking for a travel document (LOW), in the USA.
        at("2026-03-15T10:00:00Z");
        register(officerSal, "MXSAL", person("Gloria", "Fuentes", Sex.F, LocalDate.of(1960, 2, 1), "08"),
                "MIGRATORY", "TRAVEL_DOCUMENT", LocalDate.of(2026, 3, 14), "US");

        // H: a missing man reported the day after he was last seen; the search mechanism never answers.
        at("2026-03-19T10:00:00Z");
        RegistrationResult h = register(officerSal, "MXSAL",
                person("Wilmer", "Castro", Sex.M, LocalDate.of(1998, 1, 30), null),
                "MISSING", "SEARCH_REQUEST", LocalDate.of(2026, 3, 18), "MX");
        String hn = h.caseNumber().toString();
        at("2026-03-19T12:00:00Z");
        confirm(officerSal, hn, h);
        at("2026-03-21T10:00:00Z");
        act(officerSal, hn, ActionKind.CALL);

        // I: sex X, no birth date, two flags; an extra follow-up done on time.
        at("2026-03-25T10:00:00Z");
        String in = register(officerTap, "MXTAP", person("Alex", "Zelaya", Sex.X, null, "01")
                        .withFlags(Set.of(VulnerabilityFlag.SGBV_SURVIVOR, VulnerabilityFlag.DISPLACED_BY_VIOLENCE)),
                "CRIMINAL", "VICTIM_OF_CRIME", LocalDate.of(2026, 3, 24), "MX").caseNumber().toString();
        at("2026-03-25T12:00:00Z");
        core.followUps().schedule(officerTap, new ScheduleFollowUpCommand(in, null, "Acompañar la denuncia",
                Instant.parse("2026-03-30T10:00:00Z"), null));
        at("2026-03-25T22:00:00Z");
        act(officerTap, in, ActionKind.LEGAL_ADVICE);
        at("2026-03-29T10:00:00Z");
        UUID extra = core.viewCase().view(hq, in).followUps().stream()
                .filter(fu -> fu.description().startsWith("Acompañar")).findFirst().orElseThrow().id();
        core.followUps().complete(officerTap, new CompleteFollowUpCommand(in, null, extra, "Denuncia presentada"));

        // J: an adult man; a referral by hand to an organisation without agreement, not yet due on the report date.
        at("2026-03-28T10:00:00Z");
        String jn = register(officerTap, "MXTAP", person("Juan Carlos", "Ordóñez", Sex.M, LocalDate.of(1980, 8, 8), "08"),
                "MIGRATORY", "MIGRATION_STATION", LocalDate.of(2026, 3, 27), "MX").caseNumber().toString();
        at("2026-03-28T11:00:00Z");
        core.referCase().refer(officerTap, new ReferCaseCommand(jn, null, "MEDIA_NGO", "Albergue temporal", false, null));

        // K: after the period.
        at("2026-04-02T10:00:00Z");
        register(officerTap, "MXTAP", person("Karla", "Sánchez", Sex.F, LocalDate.of(1995, 9, 9), "08"),
                "MIGRATORY", "MIGRATION_STATION", LocalDate.of(2026, 4, 1), "MX");
    }

    private void at(String instant) {
        clock.set(instant);
    }

    private static PersonData person(String given, String surname, Sex sex, @Nullable LocalDate born,
                                     @Nullable String department) {
        PersonData p = PersonData.named(given, surname, null, sex);
        if (born != null) {
            p = p.withBirthDate(born);
        }
        if (department != null) {
            p = p.withOrigin("HN", department, department + "01");
        }
        return p;
    }

    private RegistrationResult register(Actor officer, String office, PersonData person, String type, String subtype,
                                        LocalDate incident, String country) {
        return core.registerCase().register(officer, CaseFixtures.command(office, person, type, subtype, incident,
                country, "Caso de prueba para estadísticas."));
    }

    private void act(Actor officer, String caseNumber, ActionKind kind) {
        core.recordAction().record(officer, new RecordActionCommand(caseNumber, null, kind, null, "Atención registrada"));
    }

    private void move(Actor actor, String caseNumber, CaseStatus... targets) {
        for (CaseStatus target : targets) {
            core.changeStatus().changeStatus(actor, new ChangeCaseStatusCommand(caseNumber, null, target, null));
        }
    }

    private void confirm(Actor officer, String caseNumber, RegistrationResult result) {
        core.referCase().confirm(officer, new ConfirmReferralCommand(caseNumber, null,
                result.suggestedReferrals().get(0).id(), false, null));
    }

    private void respond(String caseNumber, RegistrationResult result, String institution, ReferralResponse response) {
        core.respondToReferral().respond(Actor.partner(institution.toLowerCase() + ".user", institution),
                new RespondToReferralCommand(caseNumber, result.suggestedReferrals().get(0).id(), response, null));
    }

    private void completeFirstFollowUp(Actor officer, String caseNumber) {
        UUID id = core.viewCase().view(hq, caseNumber).followUps().get(0).id();
        core.followUps().complete(officer, new CompleteFollowUpCommand(caseNumber, null, id, "Atendido"));
    }

    /** A clock the data set sets by hand before each step. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void set(String instant) {
            set(Instant.parse(instant));
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
