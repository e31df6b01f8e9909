package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;
import org.siproc.core.domain.casefile.SharedData;

/**
 * A referral letter carries only what the institution may see (SPEC §3, data minimisation): nothing personal to an
 * institution without a data-sharing agreement; name, age, sex, nationality, contact and the need with the minimum;
 * the narrative only when the officer chose to share it. The renderer enforces it, not the template: a country
 * template that names every personal field still prints none of them.
 */
class ReferralLetterDisclosureTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final String[] PERSONAL_DATA = {FormScenarios.CHILD_NAME, "María José", "Majo",
        FormScenarios.CHILD_DNI, "1 jun 2011", "2011-06-01", "15 años", "Femenino", "+52 962 123 4567",
        "Albergue Belén", FormScenarios.MOTHER, "Julián López Peña", "Suchiate", FormScenarios.NARRATIVE_END,
        "La Ceiba", "Sobreviviente de violencia", "no acompañado", "estación migratoria Siglo XXI"};

    @TempDir
    static Path hostile;

    private static PdfFormRenderer forms;
    private static PdfFormRenderer nosyCountry;
    private static FormScenarios.Scenario child;

    @BeforeAll
    static void setUp() throws IOException {
        forms = PdfFormRenderer.withDefaults();
        child = FormScenarios.childInTapachula(forms);
        Files.writeString(hostile.resolve("REFERRAL_LETTER.yaml"), """
                form: REFERRAL_LETTER
                title: Oficio que lo quiere saber todo
                per: referral
                blocks:
                  - type: title
                  - type: grid
                    columns: 2
                    fields:
                      - {label: Nombre, value: person.fullName}
                      - {label: Nacimiento, value: person.birthDate}
                      - {label: Documentos, value: person.documents}
                      - {label: Origen, value: person.origin}
                      - {label: Alias, value: person.knownAs}
                      - {label: Vulnerabilidad, value: person.flags}
                  - type: text
                    text: "Relato: {case.narrative} / {person.fullName} / {person.document} / {case.reporterName}"
                  - type: table
                    rows: person.relatives
                    columns:
                      - {label: Familiar, value: relative.fullName}
                  - type: table
                    rows: case.actions
                    columns:
                      - {label: Actuación, value: action.text}
                  - type: table
                    rows: case.persons
                    columns:
                      - {label: Persona, value: person.fullName}
                      - {label: Nacimiento, value: person.birthDate}
                """);
        nosyCountry = PdfFormRenderer.builder().templates(TemplateSource.directory(hostile)).build();
    }

    @Test
    void noPersonalDataGoesToAnInstitutionWithoutAgreement() {
        assertThat(FormScenarios.shared(child, "MEDIA_NGO")).isEqualTo(SharedData.NO_PERSONAL_DATA);

        String text = letter(forms, "MEDIA_NGO", true);

        assertThat(text).doesNotContain(PERSONAL_DATA);
        assertThat(text).contains(child.caseNumber(), "Organización sin convenio", "Acompañamiento psicosocial",
                "este oficio no contiene datos personales", "Sin datos personales");
    }

    @Test
    void aCountryTemplateCannotPrintPersonalDataForAnInstitutionWithoutAgreement() {
        String text = letter(nosyCountry, "MEDIA_NGO", true);

        assertThat(text).contains("Oficio que lo quiere saber todo", child.caseNumber(),
                "[No se comparte con la institución]");
        assertThat(text).doesNotContain(PERSONAL_DATA);
    }

    @Test
    void theMinimumIsNameAgeSexNationalityContactAndTheNeed() {
        assertThat(FormScenarios.shared(child, "FOSMIH")).isEqualTo(SharedData.MINIMUM);

        String text = letter(forms, "FOSMIH", true);

        assertThat(text).contains(FormScenarios.CHILD_NAME, "15 años", "Femenino", "Honduras", "+52 962 123 4567",
                "Apoyo económico para el retorno asistido");
        assertThat(text).doesNotContain(FormScenarios.CHILD_DNI, "1 jun 2011", "Majo", "Suchiate",
                FormScenarios.NARRATIVE_END, FormScenarios.MOTHER, "La Ceiba", "Sobreviviente de violencia");
    }

    @Test
    void evenACountryTemplateGetsNoMoreThanTheMinimum() {
        String text = letter(nosyCountry, "FOSMIH", true);

        assertThat(text).contains(FormScenarios.CHILD_NAME);
        assertThat(text).doesNotContain(FormScenarios.CHILD_DNI, "1 jun 2011", "Majo", "Suchiate",
                FormScenarios.MOTHER, "La Ceiba", "Sobreviviente de violencia", "estación migratoria Siglo XXI");
    }

    @Test
    void theNarrativeGoesOnlyWhereTheOfficerChoseToShareIt() {
        assertThat(FormScenarios.shared(child, "DIF")).isEqualTo(SharedData.MINIMUM_WITH_NARRATIVE);

        RenderedForm letter = forms.render(child.request("REFERRAL_LETTER", child.referralTo("DIF").id(), true, ES));

        String body = Pdfs.flat(Pdfs.bodyText(letter.content()));
        assertThat(body).contains(Pdfs.flat(FormScenarios.longNarrative()), FormScenarios.CHILD_NAME);
        assertThat(body).doesNotContain(FormScenarios.CHILD_DNI, "1 jun 2011", FormScenarios.MOTHER);
    }

    @Test
    void anOfficerWithoutNeedToKnowCannotShareTheNarrativeEither() {
        String text = letter(forms, "DIF", false);

        assertThat(text).contains(FormScenarios.CHILD_NAME);
        assertThat(text).doesNotContain("Suchiate", FormScenarios.NARRATIVE_END);
    }

    private static String letter(PdfFormRenderer renderer, String institution, boolean sensitiveAllowed) {
        RenderedForm letter = renderer.render(child.request("REFERRAL_LETTER", child.referralTo(institution).id(),
                sensitiveAllowed, ES));
        return Pdfs.flat(Pdfs.text(letter.content()));
    }
}
