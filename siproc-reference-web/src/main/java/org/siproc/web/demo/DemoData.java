package org.siproc.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.CompleteFollowUpCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.DismissReferralCommand;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Territory;
import org.siproc.web.ShiftableClock;
import org.siproc.web.security.WebAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo data set of the {@code demo} Spring profile: the demo accounts and a few hundred cases across offices,
 * case types and states, with actions, follow-ups and referrals, all made through the use cases (so triage,
 * referral rules, audit and numbering are the real ones). The core's clock is set back while the history is made,
 * so the cases spread over the last months; it runs before the web server opens, once per database.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private static final String[] OFFICES = {"MXTAP", "MXTAP", "MXTAP", "MXSAL", "MXSAL", "MXMTY", "MXVHS", "MXCDM",
            "USHOU", "USMCA", "USNOL", "USMIA", "ESMAD"};
    private static final String[] GIVEN_F = {"María José", "Ana Lucía", "Karla Patricia", "Dania", "Sofía", "Lesly",
            "Gabriela", "Yessenia", "Rosa Elena", "Fátima", "Keila", "Nohemí", "Belkis", "Ingrid Marisol"};
    private static final String[] GIVEN_M = {"José Luis", "Carlos Alberto", "Juan Ramón", "Wilmer", "Óscar Danilo",
            "Kevin Josué", "Marvin", "Edgardo", "Jonathan", "Héctor Manuel", "Elvin", "Nelson", "Dagoberto", "Brayan"};
    private static final String[] SURNAMES = {"López", "Martínez", "Hernández", "Rodríguez", "Mejía", "Zelaya",
            "Flores", "Reyes", "Castro", "Ávila", "Maradiaga", "Funes", "Cáceres", "Aguilar", "Pineda", "Núñez",
            "Andino", "Ordóñez", "Banegas", "Matamoros", "Sánchez", "Cruz", "Gutiérrez", "Euceda"};

    /** Case types with a subtype, a narrative, the intake channel and the vulnerabilities typical of it. */
    private record Scenario(String type, String subtype, String narrative, IntakeChannel channel,
                            ReporterKind reporter, int minAge, int maxAge, Set<VulnerabilityFlag> flags, int weight) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("MIGRATORY", "MIGRATION_STATION", "Retenido en la estación migratoria Siglo XXI desde hace"
                    + " cinco días; solicita comunicarse con su familia y conocer su situación migratoria.",
                    IntakeChannel.DETENTION_VISIT, ReporterKind.DETENTION_CENTRE_VISIT, 18, 45, Set.of(), 14),
            new Scenario("MIGRATORY", "CHILD_IN_CUSTODY", "Adolescente no acompañado bajo custodia del DIF; refiere"
                    + " que viajaba con un primo que fue separado en el retén de Huixtla.", IntakeChannel.PARTNER_REFERRAL,
                    ReporterKind.AUTHORITY, 13, 17, Set.of(VulnerabilityFlag.UNACCOMPANIED_CHILD), 8),
            new Scenario("MIGRATORY", "ASYLUM_REQUEST", "Manifiesta temor fundado de regresar por amenazas de una"
                    + " pandilla en su colonia; desea solicitar la condición de refugiado.", IntakeChannel.IN_PERSON,
                    ReporterKind.THE_PERSON, 19, 40, Set.of(VulnerabilityFlag.INTERNATIONAL_PROTECTION_NEED), 7),
            new Scenario("MIGRATORY", "TRAVEL_DOCUMENT", "Solicita constancia de nacionalidad para trámite de"
                    + " regularización; perdió su DNI durante el trayecto.", IntakeChannel.IN_PERSON,
                    ReporterKind.THE_PERSON, 20, 55, Set.of(), 9),
            new Scenario("HUMAN_RIGHTS", "EXTORTION_OR_KIDNAPPING", "Víctima de secuestro en Coatzacoalcos; los"
                    + " captores exigieron a la familia en Honduras un pago por su liberación.", IntakeChannel.PHONE,
                    ReporterKind.RELATIVE, 18, 40, Set.of(), 5),
            new Scenario("HUMAN_RIGHTS", "AUTHORITY_ABUSE", "Denuncia que agentes en un retén le quitaron su dinero"
                    + " y su teléfono y lo golpearon.", IntakeChannel.IN_PERSON, ReporterKind.THE_PERSON, 18, 50,
                    Set.of(), 5),
            new Scenario("HUMAN_RIGHTS", "TRAFFICKING", "Indicadores de trata con fines de explotación laboral en una"
                    + " finca; le retienen los documentos y le deben tres meses de salario.", IntakeChannel.PARTNER_REFERRAL,
                    ReporterKind.PARTNER_ORGANISATION, 17, 35, Set.of(VulnerabilityFlag.TRAFFICKING_INDICATORS), 4),
            new Scenario("CRIMINAL", "DETAINED", "Detenido por la policía estatal; se solicita visita consular y"
                    + " verificación de su derecho a defensa.", IntakeChannel.DETENTION_VISIT, ReporterKind.AUTHORITY,
                    19, 50, Set.of(VulnerabilityFlag.DEPRIVED_OF_LIBERTY), 6),
            new Scenario("HEALTH", "HOSPITALISED", "Hospitalizado tras caer del tren en Palenque; fractura expuesta en"
                    + " la pierna derecha, requiere acompañamiento.", IntakeChannel.HOSPITAL_VISIT,
                    ReporterKind.AUTHORITY, 18, 45, Set.of(VulnerabilityFlag.SERIOUS_MEDICAL_CONDITION), 6),
            new Scenario("DECEASED", "REPATRIATION_OF_REMAINS", "Falleció en un accidente de tránsito; la familia"
                    + " solicita la repatriación de los restos a su municipio.", IntakeChannel.PHONE,
                    ReporterKind.RELATIVE, 20, 60, Set.of(), 5),
            new Scenario("MISSING", "SEARCH_REQUEST", "La madre reporta que no sabe de él desde que salió de"
                    + " Tenosique hace tres semanas; último contacto por mensaje.", IntakeChannel.CALL_CENTRE,
                    ReporterKind.RELATIVE, 16, 40, Set.of(), 7),
            new Scenario("FAMILY", "FAMILY_REUNIFICATION", "Solicita apoyo para reunirse con sus dos hijos que"
                    + " permanecen con la abuela en Choloma.", IntakeChannel.IN_PERSON, ReporterKind.THE_PERSON, 22, 45,
                    Set.of(VulnerabilityFlag.SINGLE_PARENT), 4),
            new Scenario("LABOR", "UNPAID_WAGES", "El empleador de la construcción no le ha pagado las últimas seis"
                    + " semanas de trabajo.", IntakeChannel.EMAIL, ReporterKind.THE_PERSON, 20, 55, Set.of(), 5),
            new Scenario("ASSISTANCE", "CALAMITY_AID", "Perdió sus pertenencias y no tiene recursos para alimentación"
                    + " ni alojamiento.", IntakeChannel.IN_PERSON, ReporterKind.THE_PERSON, 18, 70, Set.of(), 4),
            new Scenario("RETURN", "REINTEGRATION_REFERRAL", "Retornado con su familia tras amenazas; desplazado por"
                    + " violencia, necesita apoyo en su municipio de origen.", IntakeChannel.IN_PERSON,
                    ReporterKind.THE_PERSON, 18, 50, Set.of(VulnerabilityFlag.DISPLACED_BY_VIOLENCE), 3));

    private final SiprocCore core;
    private final WebAccounts accounts;
    private final ShiftableClock clock;
    private final CountryProfile profile;
    private final int cases;

    DemoData(SiprocCore core, WebAccounts accounts, ShiftableClock clock, CountryProfile profile,
             @Value("${siproc.demo.cases:320}") int cases) {
        this.core = core;
        this.accounts = accounts;
        this.clock = clock;
        this.profile = profile;
        this.cases = cases;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (WebAccounts.NewAccount account : DemoAccounts.ALL) {
            if (!accounts.exists(account.username())) {
                accounts.create(account);
            }
        }
        Actor hq = Actor.hqAnalyst("demo-generator", true).from("demo");
        if (!core.viewCase().list(hq, new CaseQuery(null, null, null, null, null, false, 0, 1)).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            generate(new Random(2019));
        } finally {
            clock.reset();
        }
        LOG.info("Demo data: {} cases generated in {} ms", cases, (System.nanoTime() - started) / 1_000_000);
    }

    private void generate(Random random) {
        Instant now = Instant.now();
        int totalWeight = SCENARIOS.stream().mapToInt(Scenario::weight).sum();
        for (int i = 0; i < cases; i++) {
            // Older cases first, so numbers grow with time; the last few are from today.
            long ageHours = (long) ((cases - i) * (180.0 * 24 / cases)) - random.nextInt(12);
            Instant registeredAt = now.minus(Duration.ofHours(Math.max(1, ageHours)));
            Scenario scenario = pick(random, totalWeight);
            String office = OFFICES[random.nextInt(OFFICES.length)];
            try {
                oneCase(random, scenario, office, registeredAt, now);
            } catch (SiprocException e) {
                LOG.debug("Demo case skipped: {}", e.getMessage());
            }
        }
    }

    private void oneCase(Random random, Scenario s, String office, Instant registeredAt, Instant now) {
        Actor officer = new Actor(org.siproc.core.domain.access.UserId.of(officerOf(office)),
                org.siproc.core.domain.access.Role.OFFICER, OfficeCode.of(office), null, false, "demo");
        Actor consul = Actor.consul("consul." + office.toLowerCase(Locale.ROOT), OfficeCode.of(office)).from("demo");
        clock.shiftTo(registeredAt);
        RegistrationResult r = core.registerCase().register(officer, command(random, s, office, registeredAt));
        String number = r.caseNumber().toString();
        long ageDays = Duration.between(registeredAt, now).toDays();
        // How far the case got: older cases went further.
        int stage = ageDays < 2 ? random.nextInt(2) : ageDays < 20 ? 1 + random.nextInt(3) : 2 + random.nextInt(4);
        Instant t = registeredAt;
        if (stage == 0) {
            return;
        }
        t = step(t, now, 2 + random.nextInt(20));
        core.recordAction().record(officer, new RecordActionCommand(number, null, ActionKind.INTERVIEW, null,
                "Entrevista inicial: se confirman los datos y se explica el procedimiento y sus derechos."));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null, CaseStatus.IN_ASSESSMENT, null));
        // Confirm most suggested referrals, dismiss a few.
        for (CaseView.ReferralView referral : r.suggestedReferrals()) {
            t = step(t, now, 1 + random.nextInt(6));
            if (random.nextInt(10) < 8) {
                core.referCase().confirm(officer, new ConfirmReferralCommand(number, null, referral.id(), false, null));
            } else {
                core.referCase().dismiss(officer, new DismissReferralCommand(number, null, referral.id(),
                        "La persona prefiere no ser remitida por ahora."));
            }
        }
        if (stage == 1) {
            return;
        }
        t = step(t, now, 12 + random.nextInt(48));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null, CaseStatus.IN_PROGRESS, null));
        core.recordAction().record(officer, new RecordActionCommand(number, null, pickAction(random, s), null,
                "Se da seguimiento con la institución y se informa a la familia por teléfono."));
        answerReferrals(number, officer, random, now, t);
        completeDueFollowUps(number, officer, now, random);
        if (stage == 2) {
            return;
        }
        t = step(t, now, 24 + random.nextInt(96));
        core.followUps().schedule(officer, new ScheduleFollowUpCommand(number, null,
                "Llamar a la familia para confirmar la situación", null, null));
        if (stage == 3) {
            if (random.nextBoolean()) {
                core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null,
                        CaseStatus.AWAITING_RESPONSE, null));
            }
            return;
        }
        t = step(t, now, 48 + random.nextInt(200));
        completeDueFollowUps(number, officer, t, random);
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(number, null, CaseStatus.RESOLVED,
                "Atención concluida; las remisiones pendientes siguen su curso en la institución."));
        if (stage == 5 && !"MISSING".equals(s.type())) {
            step(t, now, 24 + random.nextInt(72));
            core.changeStatus().changeStatus(consul, new ChangeCaseStatusCommand(number, null, CaseStatus.CLOSED,
                    "Cierre aprobado por el cónsul."));
        }
    }

    private void answerReferrals(String number, Actor officer, Random random, Instant now, Instant t) {
        CaseView view = core.viewCase().view(officer, number);
        for (CaseView.ReferralView referral : view.referrals()) {
            if (referral.status() != ReferralStatus.SENT || random.nextInt(10) < 3) {
                continue; // some stay unanswered: the inbox and alerts have something to show
            }
            Actor partner = Actor.partner("enlace." + referral.institution().toLowerCase(Locale.ROOT),
                    referral.institution()).from("demo");
            step(t, now, 24 + random.nextInt(72));
            core.respondToReferral().respond(partner, new RespondToReferralCommand(number, referral.id(),
                    ReferralResponse.ACKNOWLEDGE, "Recibido; se asigna a un técnico."));
            if (random.nextBoolean()) {
                core.respondToReferral().respond(partner, new RespondToReferralCommand(number, referral.id(),
                        random.nextInt(6) == 0 ? ReferralResponse.DECLINE : ReferralResponse.ACCEPT, null));
            }
        }
    }

    private void completeDueFollowUps(String number, Actor officer, Instant until, Random random) {
        CaseView view = core.viewCase().view(officer, number);
        for (FollowUp f : view.followUps()) {
            if (!f.done() && f.dueAt().isBefore(until) && random.nextInt(4) > 0) {
                core.followUps().complete(officer, new CompleteFollowUpCommand(number, null, f.id(),
                        "Se habló con la persona; la situación se mantiene estable."));
            }
        }
    }

    /** Moves the clock on by some hours, never past now. */
    private Instant step(Instant from, Instant now, int hours) {
        Instant next = from.plus(Duration.ofHours(hours));
        if (next.isAfter(now.minusSeconds(60))) {
            next = now.minusSeconds(60);
        }
        if (next.isBefore(from)) {
            next = from;
        }
        clock.shiftTo(next);
        return next;
    }

    private RegisterCaseCommand command(Random random, Scenario s, String office, Instant registeredAt) {
        boolean female = random.nextInt(100) < 38;
        String given = female ? GIVEN_F[random.nextInt(GIVEN_F.length)] : GIVEN_M[random.nextInt(GIVEN_M.length)];
        String first = SURNAMES[random.nextInt(SURNAMES.length)];
        String second = random.nextInt(10) == 0 ? null : SURNAMES[random.nextInt(SURNAMES.length)];
        LocalDate today = registeredAt.atZone(ZoneOffset.UTC).toLocalDate();
        int age = s.minAge() + random.nextInt(s.maxAge() - s.minAge() + 1);
        Territory.Department department = profile.territory().departments()
                .get(random.nextInt(profile.territory().departments().size()));
        Territory.Municipality municipality = department.municipalities()
                .get(random.nextInt(department.municipalities().size()));
        Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
        flags.addAll(s.flags());
        if (female && age >= 18 && age < 40 && random.nextInt(12) == 0) {
            flags.add(VulnerabilityFlag.PREGNANT);
        }
        PersonData person = PersonData.named(given, first, second, female ? Sex.F : Sex.M)
                .withOrigin("HN", department.code(), municipality.code())
                .withFlags(flags);
        if (random.nextInt(3) == 0) {
            person = person.withEstimatedAge(age);
        } else {
            LocalDate birth = today.minusYears(age).minusDays(random.nextInt(360));
            person = person.withBirthDate(birth);
            if (random.nextInt(3) > 0 && municipality.code().length() == 4) {
                person = person.withDocument("DNI", municipality.code() + "-" + birth.getYear() + "-"
                        + String.format(Locale.ROOT, "%05d", 100 + random.nextInt(99_000)), "HN");
            }
        }
        person = new PersonData(person.givenNames(), person.firstSurname(), person.secondSurname(), null,
                person.birthDate(), person.birthYear(), person.estimatedAge(), person.sex(), null, "HN",
                person.documents(), person.originCountry(), person.originDepartment(), person.originMunicipality(),
                List.of(new PersonData.ContactData(Contact.Kind.PHONE, "+52 962 " + (100 + random.nextInt(900))
                        + " " + (1000 + random.nextInt(9000)))),
                s.reporter() == ReporterKind.RELATIVE
                        ? List.of(new PersonData.RelativeData(GIVEN_F[random.nextInt(GIVEN_F.length)] + " " + first,
                        "madre", "+504 9" + (100 + random.nextInt(900)) + "-" + (1000 + random.nextInt(9000)), true))
                        : List.of(),
                List.of("es"), null, person.flags());
        String incidentCountry = office.substring(0, 2);
        List<RegisterCaseCommand.ConsentData> consents = new ArrayList<>(List.of(
                RegisterCaseCommand.ConsentData.given(ConsentPurpose.REGISTRATION),
                RegisterCaseCommand.ConsentData.given(ConsentPurpose.STATISTICS)));
        if (random.nextInt(10) < 9) {
            consents.add(RegisterCaseCommand.ConsentData.given(ConsentPurpose.REFERRAL));
        }
        @Nullable String reporterName = s.reporter() == ReporterKind.RELATIVE ? "Familiar en Honduras" : null;
        return new RegisterCaseCommand(office, person, null, s.reporter(), reporterName, null, s.channel(),
                today.minusDays(random.nextInt(10)), incidentCountry, null, null, s.narrative(), s.type(),
                s.subtype(), consents);
    }

    private Scenario pick(Random random, int totalWeight) {
        int n = random.nextInt(totalWeight);
        for (Scenario s : SCENARIOS) {
            n -= s.weight();
            if (n < 0) {
                return s;
            }
        }
        return SCENARIOS.get(0);
    }

    private static ActionKind pickAction(Random random, Scenario s) {
        return switch (s.type()) {
            case "CRIMINAL", "MIGRATORY" -> ActionKind.VISIT_DETENTION_CENTRE;
            case "HEALTH" -> ActionKind.VISIT_HOSPITAL;
            case "DECEASED" -> ActionKind.REPATRIATION_ARRANGED;
            default -> random.nextBoolean() ? ActionKind.CALL : ActionKind.LEGAL_ADVICE;
        };
    }

    private static String officerOf(String office) {
        return switch (office) {
            case "MXTAP" -> "oficial.tapachula";
            case "MXSAL" -> "oficial.saltillo";
            default -> "oficial." + office.toLowerCase(Locale.ROOT);
        };
    }
}
