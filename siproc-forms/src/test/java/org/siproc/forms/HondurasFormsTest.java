package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.ConfirmReferralCommand;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.FormDefinition;
import org.siproc.profiles.CountryProfiles;

/**
 * Every form of the Honduras profile ({@code siproc-profiles}, {@code profiles/hn/}), printed through the use case
 * for a case its rules apply to: the forms its rules require, and one referral letter per referral. Each is
 * PDF/A-2b, carries the case number, the name with its accents and its hash; the letter to an institution without a
 * data-sharing agreement (DIF, in Mexico) carries no personal data.
 */
class HondurasFormsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final String NAME = "María José López Ávila";
    private static CountryProfile honduras;
    private static SiprocCore.InMemory memory;
    private static SiprocCore core;
    private static Actor officer;
    private static RegistrationResult registered;

    @BeforeAll
    static void aChildAloneInTapachula() {
        honduras = CountryProfiles.load("hn");
        memory = SiprocCore.inMemory(honduras, Clock.fixed(FormScenarios.START, ZoneOffset.UTC))
                .formRenderer(PdfFormRenderer.withDefaults());
        core = memory.core();
        officer = Actor.officer("ana.tapachula", OfficeCode.of("MXTAP"));
        PersonData child = PersonData.named("María José", "López", "Ávila", Sex.F)
                .withBirthDate(LocalDate.of(2011, 6, 1)).withDocument("DNI", "0101-2011-00345", "HN")
                .withOrigin("HN", "01", "0101").withFlags(Set.of(VulnerabilityFlag.UNACCOMPANIED_CHILD));
        registered = core.registerCase().register(officer, CaseFixtures.command("MXTAP", child, "MIGRATORY",
                "MIGRATION_STATION", LocalDate.of(2026, 11, 21), "MX", FormScenarios.longNarrative()));
        String number = registered.caseNumber().toString();
        registered.suggestedReferrals().forEach(s -> core.referCase().confirm(officer,
                new ConfirmReferralCommand(number, null, s.id(), true, null)));
        core.referCase().refer(officer, new ReferCaseCommand(number, null, "FOSMIH",
                "Apoyo para el retorno y la reunificación familiar", false, null));
    }

    @Test
    void everyFormOfTheProfileHasATemplate() {
        PdfFormRenderer forms = PdfFormRenderer.withDefaults();
        assertThat(honduras.forms()).extracting(FormDefinition::code).isNotEmpty()
                .allSatisfy(code -> assertThat(forms.form(code)).as(code).isPresent());
    }

    @Test
    void theFormsTheRulesRequireArePrintedAsArchivalPdf() {
        assertThat(registered.requiredForms()).isNotEmpty();
        String number = registered.caseNumber().toString();
        for (var required : registered.requiredForms()) {
            RenderedForm form = core.renderForm().render(officer, new RenderFormCommand(number, required.form(), ES,
                    null));

            String title = honduras.form(required.form()).orElseThrow().title().in(ES);
            assertThat(Pdfs.flat(Pdfs.text(form.content()))).as(required.form())
                    .contains(number, NAME, form.verificationHash(), title);
            assertThat(Pdfs.pdfa2bFailures(form.content())).as(required.form()).isEmpty();
        }
    }

    @Test
    void everyOtherFormOfTheProfilePrintsToo() {
        String number = registered.caseNumber().toString();
        for (FormDefinition definition : honduras.forms()) {
            if (definition.code().equals("REFERRAL_LETTER")) {
                continue;
            }
            RenderedForm form = core.renderForm().render(officer, new RenderFormCommand(number, definition.code(), ES,
                    null));
            assertThat(form.form()).isEqualTo(definition.code());
            assertThat(Pdfs.flat(Pdfs.text(form.content()))).as(definition.code())
                    .contains(number, definition.title().in(ES), NAME);
        }
    }

    @Test
    void oneLetterPerReferralWithOnlyWhatTheInstitutionMaySee() {
        String number = registered.caseNumber().toString();
        List<Referral> referrals = memory.cases().findByNumber(CaseNumber.parse(number)).orElseThrow().referrals();
        assertThat(referrals).extracting(Referral::institution).contains("DIF", "FOSMIH");
        for (Referral referral : referrals) {
            RenderedForm letter = core.renderForm().render(officer, new RenderFormCommand(number, "REFERRAL_LETTER", ES,
                    referral.id().toString()));
            String text = Pdfs.flat(Pdfs.text(letter.content()));
            String institution = honduras.requireInstitution(referral.institution()).name();
            assertThat(text).contains(number, institution, letter.verificationHash());
            assertThat(Pdfs.pdfa2bFailures(letter.content())).isEmpty();
            if (referral.sharedData() == SharedData.NO_PERSONAL_DATA) {
                assertThat(text).doesNotContain(NAME, "María José", "0101-2011-00345", "1 jun 2011",
                        FormScenarios.NARRATIVE_START, "Suchiate");
            } else {
                assertThat(text).contains(NAME).doesNotContain("0101-2011-00345", "1 jun 2011", "Suchiate");
            }
        }
    }
}
