package org.siproc.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;
import org.siproc.core.domain.casefile.ActionKind;

/**
 * The verification hash is SHA-256 of the canonical content of the fields a form printed: the same content printed
 * again, on another day or in another language, gives the same hash; a change in what the form shows changes it.
 */
class VerificationHashTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void theSameContentGivesTheSameHashOnAnyDayAndInAnyLanguage() {
        PdfFormRenderer monday = renderer("2026-11-23T10:00:00Z");
        PdfFormRenderer friday = renderer("2026-11-27T18:30:00Z");
        FormScenarios.Scenario child = FormScenarios.childInTapachula(monday);

        RenderedForm spanish = monday.render(child.request("INTAKE_SHEET", null, true, ES));
        RenderedForm english = friday.render(child.request("INTAKE_SHEET", null, true, Locale.ENGLISH));

        assertThat(english.verificationHash()).isEqualTo(spanish.verificationHash());
        assertThat(english.content()).isNotEqualTo(spanish.content());
    }

    @Test
    void aChangeInWhatTheFormShowsChangesTheHashAndOnlyThen() {
        PdfFormRenderer forms = renderer("2026-11-23T10:00:00Z");
        FormScenarios.Scenario child = FormScenarios.childInTapachula(forms);
        String intake = forms.render(child.request("INTAKE_SHEET")).verificationHash();
        String closing = forms.render(child.request("CLOSING_REPORT")).verificationHash();

        child.memory().core().recordAction().record(child.officer(), new RecordActionCommand(child.caseNumber(), null,
                ActionKind.CALL, null, "Llamada a la madre en Houston: confirma que viajará a Tapachula."));

        assertThat(forms.render(child.request("CLOSING_REPORT")).verificationHash()).isNotEqualTo(closing);
        assertThat(forms.render(child.request("INTAKE_SHEET")).verificationHash()).isEqualTo(intake);
    }

    @Test
    void anyoneCanRecomputeTheHashFromTheCanonicalContent() throws Exception {
        PdfFormRenderer forms = renderer("2026-11-23T10:00:00Z");
        FormScenarios.Scenario child = FormScenarios.childInTapachula(forms);

        String canonical = forms.canonicalContent(child.request("INTAKE_SHEET"));
        RenderedForm intake = forms.render(child.request("INTAKE_SHEET"));

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(sha256).isEqualTo(intake.verificationHash());
        List<String> lines = canonical.lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly("siproc-form-hash/1", "form=INTAKE_SHEET",
                "case=" + child.caseNumber());
        assertThat(lines.subList(3, lines.size())).isSorted()
                .contains("case.number=" + child.caseNumber(), "person.fullName=" + FormScenarios.CHILD_NAME,
                        "person.birthDate=2011-06-01", "person.relatives[0].relative.fullName=" + FormScenarios.MOTHER)
                .noneMatch(l -> l.startsWith("form.issued"));
        assertThat(canonical).contains("case.narrative=" + FormScenarios.NARRATIVE_START)
                .contains("\\n").doesNotContain("\r");
    }

    @Test
    void theDocumentDescribesItselfInItsMetadata() throws IOException {
        PdfFormRenderer forms = renderer("2026-11-23T10:00:00Z");
        FormScenarios.Scenario child = FormScenarios.childInTapachula(forms);

        RenderedForm consent = forms.render(child.request("CONSENT"));

        try (PDDocument doc = Loader.loadPDF(consent.content());
             InputStream xmp = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            String metadata = new String(xmp.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "Consentimiento informado \u2014 " + child.caseNumber(),
                    "<siproc:caseNumber>" + child.caseNumber() + "</siproc:caseNumber>",
                    "<siproc:office>Consulado en Tapachula</siproc:office>",
                    "<siproc:issued>2026-11-23T10:00:00Z</siproc:issued>",
                    "<siproc:verificationHash>" + consent.verificationHash() + "</siproc:verificationHash>");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Consentimiento informado \u2014 "
                    + child.caseNumber());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
        }
    }

    private static PdfFormRenderer renderer(String instant) {
        return PdfFormRenderer.builder().clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).build();
    }
}
