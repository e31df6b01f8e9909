package org.siproc.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.ChangeCaseStatusCommand;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RespondToReferralCommand;
import org.siproc.core.application.port.in.ScheduleFollowUpCommand;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.application.port.out.FormRenderer.FormRequest;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.ReferralId;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;

/**
 * Realistic cases walked through the real use cases on in-memory adapters, for the form tests, the benchmark and
 * the gallery of page images: a Honduran girl alone in Tapachula with a 6,000-character narrative and three
 * referrals (with narrative, minimum data, and to an institution without a data-sharing agreement), and a man who
 * died in Saltillo, repatriated and closed.
 */
public final class FormScenarios {

    public static final Instant START = Instant.parse("2026-11-21T15:00:00Z");
    public static final String CHILD_NAME = "María José López Ávila";
    public static final String CHILD_DNI = "0101-2011-00345";
    public static final String MOTHER = "Rosa Ávila Núñez";
    public static final String NARRATIVE_START = "Relato de María José:";
    public static final String NARRATIVE_END = "Fin del relato, leído y aprobado por la niña.";

    /** A case and the in-memory core it lives in. */
    public record Scenario(SiprocCore.InMemory memory, String caseNumber, Actor officer) {

        public ProtectionCase.Snapshot snapshot() {
            return memory.cases().findByNumber(CaseNumber.parse(caseNumber)).orElseThrow().snapshot();
        }

        public List<Person> persons() {
            return memory.persons().findAllById(snapshot().persons());
        }

        public Referral referralTo(String institution) {
            return snapshot().referrals().stream().filter(r -> r.institution().equals(institution)).findFirst()
                    .orElseThrow();
        }

        public FormRequest request(String form, @Nullable ReferralId referral, boolean sensitiveAllowed, Locale locale) {
            return new FormRequest(form, snapshot(), persons(), memory.core().profile(), locale, referral,
                    sensitiveAllowed);
        }

        public FormRequest request(String form) {
            return request(form, null, true, Locale.forLanguageTag("es"));
        }
    }

    /** A clock the scenarios move forward. */
    public static final class StepClock extends Clock {
        private Instant now;

        public StepClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
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

    private FormScenarios() {
    }

    /** A narrative of a little over 6,000 characters, Spanish with every accent, beginning and ending recognisably. */
    public static String longNarrative() {
        String[] sentences = {
            "Salió de La Ceiba, Atlántida, con su prima mayor y un grupo de vecinos en agosto.",
            "Cruzó el río Suchiate en una balsa de cámaras de llanta; allí la separaron de su prima.",
            "Durmió tres noches en la plaza de Tapachula y después en un albergue de la Iglesia.",
            "Dice que un hombre le ofreció trabajo en una cocina de Tuxtla Gutiérrez y que no aceptó.",
            "Su mamá, que vive en Houston, pagó a un coyote; la niña no sabe cuánto ni a quién.",
            "Pide hablar con su madre y no quiere volver a Honduras por miedo a la mara del barrio.",
            "El Instituto Nacional de Migración la localizó en la terminal de autobuses el día 21.",
            "Tiene una herida leve en el pie izquierdo, atendida por la enfermera del albergue.",
            "Habla español; entiende algo de garífuna porque su abuela lo hablaba en casa.",
            "Se le explicó su derecho a pedir asilo en México y a ser escuchada en su idioma.",
            "Pregunta por su cuaderno y su cédula escolar, que se quedaron en la mochila robada.",
            "Se compromete a no salir del albergue sin avisar a la trabajadora social asignada."};
        StringBuilder sb = new StringBuilder(NARRATIVE_START).append(' ');
        int i = 0;
        while (sb.length() < 6000 - NARRATIVE_END.length()) {
            sb.append(sentences[i % sentences.length]).append(i % 5 == 4 ? "\n" : " ");
            i++;
        }
        return sb.append(NARRATIVE_END).toString();
    }

    /**
     * The girl's case, registered in Tapachula: rules suggest the child-protection referral (sent with the
     * narrative); the officer also refers to FOSMIH (minimum data) and to an NGO without agreement; records an
     * interview, a visit to the migration station and a document; schedules a follow-up.
     */
    public static Scenario childInTapachula(FormRenderer forms) {
        StepClock clock = new StepClock(START);
        SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), clock).formRenderer(forms);
        SiprocCore core = memory.core();
        Actor officer = Actor.officer("ana.tapachula", TestProfiles.TAPACHULA);
        PersonData child = new PersonData("María José", "López", "Ávila", "Majo", LocalDate.of(2011, 6, 1), null, null,
                Sex.F, null, "HN", List.of(new PersonData.DocumentData("DNI", CHILD_DNI, "HN")), "HN", "01", "0101",
                List.of(new PersonData.ContactData(Contact.Kind.PHONE, "+52 962 123 4567"),
                        new PersonData.ContactData(Contact.Kind.ADDRESS, "Albergue Belén, Tapachula, Chiapas")),
                List.of(new PersonData.RelativeData(MOTHER, "madre", "+1 713 555 0199", false),
                        new PersonData.RelativeData("Julián López Peña", "padre", null, true)),
                List.of("español"), null,
                Set.of(VulnerabilityFlag.UNACCOMPANIED_CHILD, VulnerabilityFlag.SGBV_SURVIVOR));
        RegisterCaseCommand command = new RegisterCaseCommand("MXTAP", child, null, ReporterKind.AUTHORITY,
                "Instituto Nacional de Migración", "+52 962 000 0000", IntakeChannel.DETENTION_VISIT,
                LocalDate.of(2026, 11, 21), "MX", "Chiapas", "Tapachula", longNarrative(), "MIGRATORY",
                "MIGRATION_STATION", List.of(RegisterCaseCommand.ConsentData.given(ConsentPurpose.REGISTRATION),
                        RegisterCaseCommand.ConsentData.given(ConsentPurpose.REFERRAL)));
        RegistrationResult r = core.registerCase().register(officer, command);
        String n = r.caseNumber().toString();
        clock.advance(Duration.ofHours(1));
        String dif = r.suggestedReferrals().stream().filter(s -> s.institution().equals("DIF")).findFirst()
                .orElseThrow().id();
        core.referCase().confirm(officer, new ConfirmReferralCommand(n, null, dif, true, null));
        core.referCase().refer(officer, new ReferCaseCommand(n, null, "FOSMIH",
                "Apoyo económico para el retorno asistido y el reencuentro familiar", false, null));
        core.referCase().refer(officer, new ReferCaseCommand(n, null, "MEDIA_NGO",
                "Acompañamiento psicosocial en el albergue", true, null));
        core.recordAction().record(officer, new RecordActionCommand(n, null, ActionKind.INTERVIEW, null,
                "Entrevista inicial con apoyo de la psicóloga del albergue; la niña está tranquila."));
        clock.advance(Duration.ofHours(20));
        core.recordAction().record(officer, new RecordActionCommand(n, null, ActionKind.VISIT_DETENTION_CENTRE, null,
                "Visita a la estación migratoria Siglo XXI: la niña está en el área de familias, separada de "
                        + "adultos; recibe alimentación; se pidió atención médica para la herida del pie."));
        core.recordAction().record(officer, new RecordActionCommand(n, null, ActionKind.DOCUMENT_ISSUED, null,
                "Constancia de nacionalidad hondureña n.º 2026-0457."));
        core.followUps().schedule(officer, new ScheduleFollowUpCommand(n, null,
                "Confirmar con la Procuraduría la evaluación del interés superior", null, null));
        clock.advance(Duration.ofHours(2));
        return new Scenario(memory, n, officer);
    }

    /** The man who died in Saltillo: FOSMIH repatriates the remains; the consul closes the case. */
    public static Scenario deceasedInSaltilloClosed(FormRenderer forms) {
        StepClock clock = new StepClock(Instant.parse("2026-11-19T14:00:00Z"));
        SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(), clock).formRenderer(forms);
        SiprocCore core = memory.core();
        Actor officer = Actor.officer("luis.saltillo", TestProfiles.SALTILLO);
        Actor consul = Actor.consul("consul.saltillo", TestProfiles.SALTILLO);
        RegistrationResult r = core.registerCase().register(officer, CaseFixtures.deceasedInSaltillo());
        String n = r.caseNumber().toString();
        String referral = r.suggestedReferrals().get(0).id();
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.IN_ASSESSMENT, null));
        clock.advance(Duration.ofHours(2));
        core.referCase().confirm(officer, new ConfirmReferralCommand(n, null, referral, false, null));
        core.recordAction().record(officer, new RecordActionCommand(n, null, ActionKind.DOCUMENT_ISSUED, null,
                "Certificado de defunción apostillado y permiso de traslado internacional de restos."));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.IN_PROGRESS, null));
        clock.advance(Duration.ofDays(1));
        Actor fosmih = Actor.partner("fosmih.tegucigalpa", "FOSMIH");
        core.respondToReferral().respond(fosmih, new RespondToReferralCommand(n, referral, ReferralResponse.ACCEPT,
                "Apoyo aprobado"));
        clock.advance(Duration.ofDays(4));
        core.respondToReferral().respond(fosmih, new RespondToReferralCommand(n, referral, ReferralResponse.COMPLETE,
                "Restos entregados a la familia en San Pedro Sula"));
        core.recordAction().record(officer, new RecordActionCommand(n, null, ActionKind.REPATRIATION_ARRANGED, null,
                "Traslado aéreo Monterrey–San Pedro Sula; la familia recibió los restos el día 24."));
        core.changeStatus().changeStatus(officer, new ChangeCaseStatusCommand(n, null, CaseStatus.RESOLVED,
                "Restos repatriados y entregados a la familia con apoyo del FOSMIH."));
        core.changeStatus().changeStatus(consul, new ChangeCaseStatusCommand(n, null, CaseStatus.CLOSED,
                "Sin gestiones pendientes."));
        return new Scenario(memory, n, officer);
    }

    /** The shared-data level of a referral, for assertions. */
    public static @Nullable SharedData shared(Scenario s, String institution) {
        return s.referralTo(institution).sharedData();
    }
}
