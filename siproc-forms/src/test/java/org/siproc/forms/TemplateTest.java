package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siproc.core.application.port.out.FormRenderer.FormRequest;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.FormDefinition;
import org.siproc.forms.internal.Template;
import org.siproc.forms.internal.TemplateLibrary;

/**
 * Templates are data: a country overrides the defaults file by file (and common.yaml key by key, word by word),
 * adds forms of its own, and a broken template is refused when the renderer is built, with a message that names
 * the file, the place in it and the problem.
 */
class TemplateTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static FormScenarios.Scenario child;

    @TempDir
    Path folder;

    @BeforeAll
    static void aCase() {
        child = FormScenarios.childInTapachula(PdfFormRenderer.withDefaults());
    }

    // ---- overrides ---------------------------------------------------------------------------------------------

    @Test
    void aCountryChangesOneFormsWordingAndPaperWithoutTouchingTheOthers() throws IOException {
        Files.writeString(folder.resolve("CONSENT.yaml"), """
                form: CONSENT
                title: {es: "Autorización para el uso de datos", en: "Authorisation to use data"}
                paper: LETTER
                blocks:
                  - type: title
                  - type: text
                    text: {es: "Yo, {person.fullName}, autorizo.", en: "I, {person.fullName}, authorise."}
                  - type: signatures
                    boxes:
                      - {label: Firma}
                      - {label: Huella, kind: thumbprint}
                """);
        PdfFormRenderer forms = PdfFormRenderer.builder().templates(TemplateSource.directory(folder)).build();

        RenderedForm consent = forms.render(child.request("CONSENT"));
        RenderedForm intake = forms.render(child.request("INTAKE_SHEET"));

        assertThat(Pdfs.flat(Pdfs.text(consent.content())))
                .contains("Autorización para el uso de datos", "Yo, " + FormScenarios.CHILD_NAME + ", autorizo.");
        assertThat(pageSize(consent)).containsExactly(612f, 792f);
        assertThat(pageSize(intake)).containsExactly(595.276f, 841.89f);
        assertThat(Pdfs.text(intake.content())).contains("Ficha de registro del caso");
    }

    @Test
    void aCountryOnTheClasspathChangesTheHeaderPaperAndWordsOfEveryFormAndAddsAForm() {
        PdfFormRenderer forms = PdfFormRenderer.builder()
                .templates(TemplateSource.classpath("profiles/xx/forms/", "MISSING_PERSON_NOTICE")).build();

        RenderedForm intake = forms.render(child.request("INTAKE_SHEET"));
        RenderedForm notice = forms.render(child.request("MISSING_PERSON_NOTICE"));

        String text = Pdfs.flat(Pdfs.text(intake.content()));
        assertThat(text).contains("República de Ejemplo", "Secretaría de Relaciones Exteriores", "Mujer", "Urgente")
                .doesNotContain("Test profile", "Femenino");
        assertThat(pageSize(intake)).containsExactly(612f, 792f);
        assertThat(Pdfs.flat(Pdfs.text(notice.content()))).contains("Aviso de persona desaparecida",
                FormScenarios.CHILD_NAME, "República de Ejemplo", "citando el expediente " + child.caseNumber());
        assertThat(forms.forms()).extracting(FormDescription::code).contains("MISSING_PERSON_NOTICE");
        assertThat(Pdfs.pdfa2bFailures(notice.content())).isEmpty();
    }

    @Test
    void laterSourcesWin() throws IOException {
        Files.writeString(folder.resolve("common.yaml"), "vocabulary:\n  sex.F: {es: \"Mujer (F)\"}\n");
        PdfFormRenderer forms = PdfFormRenderer.builder()
                .templates(TemplateSource.classpath("profiles/xx/forms/"))
                .templates(TemplateSource.directory(folder)).build();

        String text = Pdfs.text(forms.render(child.request("INTAKE_SHEET")).content());

        assertThat(text).contains("Mujer (F)", "República de Ejemplo");
    }

    @Test
    void aProfileMayNameADefaultFormDifferentlyAndGiveItItsOwnTitle() {
        PdfFormRenderer forms = PdfFormRenderer.withDefaults();
        CountryProfile p = child.memory().core().profile();
        CountryProfile honduranNames = new CountryProfile(p.country(), p.name(), p.languages(), p.offices(),
                p.caseTypes(), p.institutions(), p.documentTypes(), p.territory(), p.followUpPeriods(), p.rules(),
                p.disclosureThreshold(), p.flagLabels(), p.circumstances(), List.of(new FormDefinition(
                        "INFORMED_CONSENT", LocalizedText.of("Consentimiento informado y libre", "Free informed consent"))));
        FormRequest asked = child.request("INFORMED_CONSENT");
        FormRequest request = new FormRequest(asked.form(), asked.protectionCase(), asked.persons(), honduranNames,
                asked.locale(), null, true);

        RenderedForm consent = forms.render(request);

        assertThat(consent.form()).isEqualTo("INFORMED_CONSENT");
        assertThat(Pdfs.text(consent.content())).contains("Consentimiento informado y libre", "INFORMED_CONSENT");
        assertThat(forms.canonicalContent(request)).startsWith("siproc-form-hash/1\nform=INFORMED_CONSENT\n");
        assertThat(forms.form("detention_visit_report")).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo("DETENTION_VISIT_REPORT");
            assertThat(f.perReferral()).isFalse();
        });
    }

    // ---- broken templates --------------------------------------------------------------------------------------

    @Test
    void refusesAMisspeltFieldAndSuggestsTheRightOne() throws IOException {
        write("INTAKE_SHEET", """
                form: INTAKE_SHEET
                title: Ficha
                blocks:
                  - type: grid
                    fields:
                      - {label: Número, value: case.nmber}
                """);

        assertThatThrownBy(this::build).isInstanceOfSatisfying(FormTemplateException.class, e -> {
            assertThat(e.source()).endsWith("INTAKE_SHEET.yaml");
            assertThat(e.path()).isEqualTo("blocks[0].fields[0].value");
            assertThat(e.problem()).isEqualTo("unknown field 'case.nmber' (did you mean 'case.number'?)");
        });
    }

    @Test
    void refusesAnUnknownBlockType() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\nblocks:\n  - type: tabel\n    rows: case.actions\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("CONSENT.yaml: blocks[0].type: unknown block type 'tabel' (did you mean 'table'?)");
    }

    @Test
    void refusesBrokenYamlNamingTheLine() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\nblocks:\n  - type: text\n    text: [unclosed\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("CONSENT.yaml: line ").hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesADuplicateKey() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\ntitle: Y\nblocks:\n  - type: title\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("not valid YAML").hasMessageContaining("title");
    }

    @Test
    void refusesAnUnknownKey() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\nblocks:\n  - type: grid\n    colums: 2\n    fields: []\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("blocks[0].colums: unknown key 'colums' (did you mean 'columns'?)");
    }

    @Test
    void refusesARowFieldOutsideItsTable() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\nblocks:\n  - type: text\n    text: \"Hecho: {action.text}\"\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("blocks[0].text: field 'action.text' is read from a table row")
                .hasMessageContaining("case.actions");
    }

    @Test
    void refusesAnUnclosedPlaceholder() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: \"Caso {case.number\"\nblocks:\n  - type: title\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("title: '{' at position 5 is not closed");
    }

    @Test
    void refusesACellWithBothAValueAndAText() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\nblocks:\n  - type: grid\n    fields:\n"
                + "      - {label: A, value: case.number, text: B}\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("blocks[0].fields[0]: give either 'value'").hasMessageContaining("not both");
    }

    @Test
    void refusesATemplateForAnotherForm() throws IOException {
        write("CONSENT", "form: INTAKE_SHEET\ntitle: X\nblocks:\n  - type: title\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("the template is for form 'INTAKE_SHEET' but its file is named for 'CONSENT'");
    }

    @Test
    void refusesATemplateWithoutBlocks() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("CONSENT.yaml: blocks: is required");
    }

    @Test
    void refusesAnUnknownRowSource() throws IOException {
        write("CONSENT", "form: CONSENT\ntitle: X\nblocks:\n  - type: table\n    rows: case.acts\n"
                + "    columns:\n      - {label: A, value: action.text}\n");

        assertThatThrownBy(this::build).isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("unknown row source 'case.acts' (did you mean 'case.actions'?)");
    }

    @Test
    void blamesCommonYamlForItsOwnMistakes() throws IOException {
        write("common", "paper: A5\n");

        assertThatThrownBy(this::build).isInstanceOfSatisfying(FormTemplateException.class, e -> {
            assertThat(e.source()).endsWith("common.yaml");
            assertThat(e.path()).isEqualTo("paper");
            assertThat(e.problem()).isEqualTo("expected A4 or LETTER, not 'A5'");
        });
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        assertThatThrownBy(() -> PdfFormRenderer.builder()
                .templates(TemplateSource.directory(folder.resolve("missing"))).build())
                .isInstanceOf(FormTemplateException.class).hasMessageContaining("the template folder does not exist");
    }

    // ---- the defaults ------------------------------------------------------------------------------------------

    @Test
    void theDefaultVocabularyLabelsEveryCodedValueInSpanishAndEnglish() {
        Template.Vocabulary words = TemplateLibrary.load(List.of()).get("INTAKE_SHEET").vocabulary();
        List<Enum<?>[]> groups = List.of(Sex.values(), CaseStatus.values(), Priority.values(), IntakeChannel.values(),
                ReporterKind.values(), ActionKind.values(), ConsentPurpose.values(), Consent.State.values(),
                SharingBasis.values(), ReferralStatus.values(), SharedData.values(), Contact.Kind.values(),
                VulnerabilityFlag.values());
        String[] prefixes = {"sex", "status", "priority", "channel", "reporter", "action", "consentPurpose",
            "consentState", "basis", "referralStatus", "sharedData", "contact", "flag"};
        for (int g = 0; g < groups.size(); g++) {
            for (Enum<?> value : groups.get(g)) {
                String key = prefixes[g] + "." + value.name();
                assertThat(words.entries()).as(key).containsKey(key);
                assertThat(words.entries().get(key)).as(key).containsKeys("es", "en");
            }
        }
    }

    @Test
    void everyDefaultFormHasASpanishAndAnEnglishTitle() {
        for (FormDescription form : PdfFormRenderer.withDefaults().forms()) {
            assertThat(form.title().byLanguage()).as(form.code()).containsKeys("es", "en");
        }
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(folder.resolve(name + ".yaml"), yaml);
    }

    private PdfFormRenderer build() {
        return PdfFormRenderer.builder().templates(TemplateSource.directory(folder)).build();
    }

    private static float[] pageSize(RenderedForm form) {
        try (PDDocument doc = Loader.loadPDF(form.content())) {
            return new float[] {doc.getPage(0).getMediaBox().getWidth(), doc.getPage(0).getMediaBox().getHeight()};
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
