package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RenderFormCommand;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;
import org.siproc.core.profile.UnknownCodeException;

/**
 * Every form rendered for realistic cases and read back with PDFBox's text extraction: the case number, the names
 * with their accents, the narrative whole across pages, the hash, the header and "page n of m" on every page, and
 * the QR code read back as the case number.
 */
class FormRenderingTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static PdfFormRenderer forms;
    private static FormScenarios.Scenario child;
    private static FormScenarios.Scenario deceased;

    @BeforeAll
    static void cases() {
        forms = PdfFormRenderer.builder().clock(Clock.fixed(Instant.parse("2026-11-26T16:00:00Z"), ZoneOffset.UTC))
                .build();
        child = FormScenarios.childInTapachula(forms);
        deceased = FormScenarios.deceasedInSaltilloClosed(forms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTAKE_SHEET", "CONSENT", "FOSMIH_REQUEST", "VISIT_REPORT", "CLOSING_REPORT"})
    void everyFormCarriesTheCaseNumberTheNameWithAccentsAndTheHash(String form) {
        RenderedForm rendered = forms.render(child.request(form));

        assertThat(rendered.form()).isEqualTo(form);
        assertThat(rendered.mediaType()).isEqualTo("application/pdf");
        assertThat(rendered.verificationHash()).matches("[0-9a-f]{64}");
        String text = Pdfs.text(rendered.content());
        assertThat(text).contains(child.caseNumber(), FormScenarios.CHILD_NAME, rendered.verificationHash());
        everyPageHasHeaderAndFooter(rendered, child.caseNumber(), "CONFIDENCIAL", "Página %d de %d");
    }

    @Test
    void theLongNarrativeWrapsWholeOntoFurtherPagesWithTheHeaderRepeated() {
        String narrative = FormScenarios.longNarrative();
        assertThat(narrative).hasSizeGreaterThanOrEqualTo(6000);

        RenderedForm intake = forms.render(child.request("INTAKE_SHEET"));

        assertThat(Pdfs.pages(intake.content())).isGreaterThanOrEqualTo(3);
        assertThat(Pdfs.flat(Pdfs.bodyText(intake.content()))).contains(Pdfs.flat(narrative));
        everyPageHasHeaderAndFooter(intake, child.caseNumber(), "CONFIDENCIAL", "Página %d de %d");
    }

    @Test
    void theIntakeSheetShowsWhatWasRecordedWithItsAccents() {
        String text = Pdfs.flat(Pdfs.text(forms.render(child.request("INTAKE_SHEET")).content()));

        assertThat(text).contains("Ficha de registro del caso", "Consulado en Tapachula", FormScenarios.CHILD_DNI,
                "La Ceiba, Atlántida, Honduras", FormScenarios.MOTHER, "Julián López Peña",
                "Procuraduría de Protección de NNA", "Organización sin convenio", "Urgente", "Femenino",
                "Niña, niño o adolescente no acompañado", "Tapachula, Chiapas, México", "Datos mínimos y relato",
                "Sin datos personales");
    }

    @Test
    void theClosingReportTellsWhatWasDoneAndWhoClosed() {
        RenderedForm closing = forms.render(deceased.request("CLOSING_REPORT"));
        String text = Pdfs.flat(Pdfs.text(closing.content()));

        assertThat(text).contains(deceased.caseNumber(), "Carlos Martínez", "Informe de cierre del caso",
                "Restos repatriados y entregados a la familia con apoyo del FOSMIH.", "Concluida",
                "Restos entregados a la familia en San Pedro Sula", "consul.saltillo", "Cerrado",
                "Traslado aéreo Monterrey–San Pedro Sula", closing.verificationHash());
    }

    @Test
    void theFosmihRequestNamesTheApplicantAndTheDeceased() {
        String text = Pdfs.flat(Pdfs.text(forms.render(deceased.request("FOSMIH_REQUEST")).content()));

        assertThat(text).contains("Fondo de Solidaridad con el Migrante", "Carlos Martínez", "Ana Martínez",
                "Edad estimada de 34 años", "Saltillo, Coahuila, México", "Huella dactilar");
    }

    @Test
    void theVisitReportShowsTheLatestVisit() {
        String text = Pdfs.flat(Pdfs.text(forms.render(child.request("VISIT_REPORT")).content()));

        assertThat(text).contains("Visita a centro de detención", "estación migratoria Siglo XXI", "ana.tapachula");
    }

    @Test
    void oneReferralLetterPerReferralWithItsOwnNumberAndInstitution() {
        String[][] expected = {{"DIF", "-R1", "Procuraduría de Protección de NNA"},
            {"FOSMIH", "-R2", "Fondo de Solidaridad con el Migrante Hondureño"},
            {"MEDIA_NGO", "-R3", "Organización sin convenio"}};
        for (String[] e : expected) {
            RenderedForm letter = forms.render(child.request("REFERRAL_LETTER", child.referralTo(e[0]).id(), true, ES));
            String text = Pdfs.flat(Pdfs.text(letter.content()));
            assertThat(text).contains("Oficio n.º " + child.caseNumber() + e[1], e[2], letter.verificationHash(),
                    "Asunto: remisión del caso " + child.caseNumber());
        }
    }

    @Test
    void labelsFollowTheLanguageAsked() {
        RenderedForm intake = forms.render(child.request("INTAKE_SHEET", null, true, Locale.ENGLISH));
        String text = Pdfs.flat(Pdfs.text(intake.content()));

        assertThat(text).contains("Case intake sheet", "Full name", "Female", "Urgent", "CONFIDENTIAL",
                FormScenarios.CHILD_NAME);
        everyPageHasHeaderAndFooter(intake, child.caseNumber(), "CONFIDENTIAL", "Page %d of %d");
    }

    @Test
    void theQrCodeReadsAsTheCaseNumber() throws Exception {
        RenderedForm intake = forms.render(deceased.request("INTAKE_SHEET"));
        try (PDDocument doc = Loader.loadPDF(intake.content())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
            BufferedImage corner = page.getSubimage(page.getWidth() * 3 / 4, 0, page.getWidth() / 4, page.getHeight() / 6);
            int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels)));

            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(deceased.caseNumber());
        }
    }

    @Test
    void refusesAReferralLetterWithoutAReferral() {
        assertThatThrownBy(() -> forms.render(child.request("REFERRAL_LETTER")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("referralId")
                .hasMessageContaining("once per referral");
    }

    @Test
    void refusesAFormItHasNoTemplateFor() {
        assertThatThrownBy(() -> forms.render(child.request("BIRTH_CERTIFICATE")))
                .isInstanceOfSatisfying(UnknownCodeException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN_CODE))
                .hasMessageContaining("BIRTH_CERTIFICATE");
    }

    @Test
    void describesTheFormsItPrints() {
        assertThat(forms.forms()).extracting(FormDescription::code).containsExactly("INTAKE_SHEET", "CONSENT",
                "REFERRAL_LETTER", "FOSMIH_REQUEST", "VISIT_REPORT", "CLOSING_REPORT");
        assertThat(forms.form("referral_letter")).hasValueSatisfying(f -> {
            assertThat(f.perReferral()).isTrue();
            assertThat(f.paper()).isEqualTo(Paper.A4);
            assertThat(f.title().in(ES)).isEqualTo("Oficio de remisión");
        });
    }

    @Test
    void printingThroughTheUseCaseAuditsTheHash() {
        SiprocCore core = child.memory().core();

        RenderedForm printed = core.renderForm().render(child.officer(),
                new RenderFormCommand(child.caseNumber(), "CONSENT", ES, null));

        AuditEvent audit = child.memory().audit().entries().get(child.memory().audit().entries().size() - 1);
        assertThat(audit.action()).isEqualTo(AuditAction.PRINT);
        assertThat(audit.details()).containsEntry("form", "CONSENT")
                .containsEntry("hash", printed.verificationHash());
    }

    @Test
    void charactersTheFontLacksArePrintedAsQuestionMarksInsteadOfFailing() {
        SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(),
                Clock.fixed(FormScenarios.START, ZoneOffset.UTC)).formRenderer(forms);
        PersonData person = PersonData.named("Zoë \uD83D\uDE00 李", "Ñúñez", "Di\u0301az", Sex.X)
                .withBirthDate(LocalDate.of(1999, 2, 3));
        String number = memory.core().registerCase().register(Actor.officer("ana.tapachula", TestProfiles.TAPACHULA),
                CaseFixtures.command("MXTAP", person, "MIGRATORY", "DEPORTATION", LocalDate.of(2026, 11, 20), "MX",
                        "Tab\there; emoji \uD83D\uDE00; control \u0007 char."))
                .caseNumber().toString();

        RenderedForm intake = memory.core().renderForm().render(Actor.officer("ana.tapachula", TestProfiles.TAPACHULA),
                new RenderFormCommand(number, "INTAKE_SHEET", ES, null));

        String text = Pdfs.flat(Pdfs.text(intake.content()));
        assertThat(text).contains("Zoë ? ? Ñúñez Díaz", "Tab here; emoji ?; control char.");
        assertThat(Pdfs.pdfa2bFailures(intake.content())).isEmpty();
    }

    private static void everyPageHasHeaderAndFooter(RenderedForm form, String caseNumber, String marking,
                                                    String pageFormat) {
        try (PDDocument doc = Loader.loadPDF(form.content())) {
            int pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                assertThat(page).as("page %d", i).contains(caseNumber, marking, form.verificationHash(),
                        String.format(pageFormat, i, pages));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
