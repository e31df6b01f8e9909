package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;

/** Every form is PDF/A-2b as veraPDF sees it: embedded subset fonts, sRGB output intent, XMP metadata. */
class PdfaConformanceTest {

    private static PdfFormRenderer forms;
    private static FormScenarios.Scenario child;
    private static FormScenarios.Scenario deceased;

    @BeforeAll
    static void cases() {
        forms = PdfFormRenderer.withDefaults();
        child = FormScenarios.childInTapachula(forms);
        deceased = FormScenarios.deceasedInSaltilloClosed(forms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTAKE_SHEET", "CONSENT", "FOSMIH_REQUEST", "VISIT_REPORT", "CLOSING_REPORT"})
    void everyCaseFormIsPdfA2b(String form) {
        RenderedForm rendered = forms.render(child.request(form));
        assertThat(Pdfs.pdfa2bFailures(rendered.content())).as(form).isEmpty();
        assertThat(Pdfs.pdfa2bFailures(forms.render(deceased.request(form)).content())).as(form).isEmpty();
    }

    @Test
    void referralLettersArePdfA2bAtEveryLevelOfSharedData() {
        for (String institution : new String[] {"DIF", "FOSMIH", "MEDIA_NGO"}) {
            RenderedForm letter = forms.render(child.request("REFERRAL_LETTER", child.referralTo(institution).id(), true,
                    Locale.forLanguageTag("es")));
            assertThat(Pdfs.pdfa2bFailures(letter.content())).as(institution).isEmpty();
        }
    }

    @Test
    void theCheckFailsOnAPlainPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Not archival");
                cs.endText();
            }
            doc.save(out);
            assertThat(Pdfs.pdfa2bFailures(out.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void englishFormWithoutNeedToKnowIsPdfA2b() {
        RenderedForm rendered = forms.render(child.request("INTAKE_SHEET", null, false, Locale.ENGLISH));
        assertThat(Pdfs.pdfa2bFailures(rendered.content())).isEmpty();
    }
}
