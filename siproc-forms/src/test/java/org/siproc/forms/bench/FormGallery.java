package org.siproc.forms.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.siproc.core.application.port.out.FormRenderer.FormRequest;
import org.siproc.core.application.port.out.FormRenderer.RenderedForm;
import org.siproc.forms.FormScenarios;
import org.siproc.forms.PdfFormRenderer;

/**
 * Renders every default form for the realistic scenarios and writes a PNG of its pages (and the PDF) into a folder:
 * the page images of {@code docs/forms.md}. Not a test. Run from the repository root:
 *
 * <pre>./mvnw -B -pl siproc-forms test-compile exec:java@gallery</pre>
 *
 * (arguments: the output folder, default {@code docs/forms}; {@code --pdf} to keep the PDFs too).
 */
public final class FormGallery {

    private FormGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/forms");
        boolean keepPdf = args.length > 1 && args[1].equals("--pdf");
        Files.createDirectories(out);
        PdfFormRenderer forms = PdfFormRenderer.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-26T16:00:00Z"), ZoneOffset.UTC)).build();
        FormScenarios.Scenario child = FormScenarios.childInTapachula(forms);
        FormScenarios.Scenario deceased = FormScenarios.deceasedInSaltilloClosed(forms);
        Locale es = Locale.forLanguageTag("es");
        write(out, "intake-sheet", forms.render(child.request("INTAKE_SHEET")), keepPdf, 2);
        write(out, "consent", forms.render(child.request("CONSENT")), keepPdf, 1);
        write(out, "referral-letter", forms.render(child.request("REFERRAL_LETTER",
                child.referralTo("DIF").id(), true, es)), keepPdf, 1);
        write(out, "referral-letter-no-agreement", forms.render(child.request("REFERRAL_LETTER",
                child.referralTo("MEDIA_NGO").id(), true, es)), keepPdf, 1);
        write(out, "fosmih-request", forms.render(deceased.request("FOSMIH_REQUEST")), keepPdf, 1);
        write(out, "visit-report", forms.render(child.request("VISIT_REPORT")), keepPdf, 1);
        write(out, "closing-report", forms.render(deceased.request("CLOSING_REPORT")), keepPdf, 1);
        FormRequest english = child.request("INTAKE_SHEET", null, false, Locale.ENGLISH);
        write(out, "intake-sheet-en-no-need-to-know", forms.render(english), keepPdf, 1);
        System.out.println("Page images written to " + out.toAbsolutePath());
    }

    private static void write(Path out, String name, RenderedForm form, boolean keepPdf, int pages) throws IOException {
        if (keepPdf) {
            Files.write(out.resolve(name + ".pdf"), form.content());
        }
        try (PDDocument doc = Loader.loadPDF(form.content())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(pages, doc.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 80, ImageType.RGB);
                String file = name + (i == 0 ? "" : "-page" + (i + 1)) + ".png";
                ImageIO.write(image, "png", out.resolve(file).toFile());
                System.out.println(file + "  (" + doc.getNumberOfPages() + " pages, hash " + form.verificationHash() + ")");
            }
        }
    }
}
