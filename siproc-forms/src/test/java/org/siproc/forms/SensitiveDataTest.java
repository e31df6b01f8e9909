package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.fixtures.TestProfiles;

/** Without need-to-know, forms leave the narrative and the sensitive fields out, and say so. */
class SensitiveDataTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static PdfFormRenderer forms;
    private static FormScenarios.Scenario child;

    @BeforeAll
    static void setUp() {
        forms = PdfFormRenderer.withDefaults();
        child = FormScenarios.childInTapachula(forms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTAKE_SHEET", "FOSMIH_REQUEST"})
    void withoutNeedToKnowTheNarrativeIsLeftOut(String form) {
        RenderedForm rendered = forms.render(child.request(form, null, false, ES));
        String text = Pdfs.flat(Pdfs.text(rendered.content()));

        assertThat(text).doesNotContain(FormScenarios.NARRATIVE_START, "Suchiate", FormScenarios.NARRATIVE_END);
        assertThat(text).contains("[Reservado: requiere necesidad de conocer]", FormScenarios.CHILD_NAME,
                child.caseNumber());
    }

    @Test
    void withoutNeedToKnowSensitiveFlagsAreLeftOutAndOthersStay() {
        String text = Pdfs.flat(Pdfs.text(forms.render(child.request("INTAKE_SHEET", null, false, ES)).content()));

        assertThat(text).doesNotContain("Sobreviviente de violencia sexual");
        assertThat(text).contains("Niña, niño o adolescente no acompañado");
    }

    @Test
    void withNeedToKnowTheyAreThere() {
        String text = Pdfs.flat(Pdfs.text(forms.render(child.request("INTAKE_SHEET", null, true, ES)).content()));

        assertThat(text).contains("Sobreviviente de violencia sexual", "Suchiate").doesNotContain("[Reservado");
    }

    @Test
    void anotherOfficerOfTheOfficePrintsTheFileWithoutTheNarrative() {
        Actor colleague = Actor.officer("pedro.tapachula", TestProfiles.TAPACHULA);

        RenderedForm intake = child.memory().core().renderForm().render(colleague,
                new RenderFormCommand(child.caseNumber(), "INTAKE_SHEET", ES, null));

        String text = Pdfs.flat(Pdfs.text(intake.content()));
        assertThat(text).contains(FormScenarios.CHILD_NAME).doesNotContain("Suchiate", "Sobreviviente de violencia");
    }

    @Test
    void theHashCoversWhatWasPrinted() {
        RenderedForm full = forms.render(child.request("INTAKE_SHEET", null, true, ES));
        RenderedForm redacted = forms.render(child.request("INTAKE_SHEET", null, false, ES));

        assertThat(redacted.verificationHash()).isNotEqualTo(full.verificationHash());
        assertThat(forms.canonicalContent(child.request("INTAKE_SHEET", null, false, ES)))
                .doesNotContain("case.narrative", "SGBV_SURVIVOR");
        assertThat(forms.canonicalContent(child.request("INTAKE_SHEET", null, true, ES)))
                .contains("case.narrative=" + FormScenarios.NARRATIVE_START, "SGBV_SURVIVOR");
    }
}
