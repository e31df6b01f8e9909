package org.siproc.forms;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helpers: a PDF's text as PDFBox extracts it, and veraPDF's verdict on PDF/A-2b. */
final class Pdfs {
    private static volatile boolean veraReady;

    private Pdfs() {
    }

    /** The text of every page, as PDFBox extracts it. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the page bodies only, page after page, without the header and footer every page repeats: to read
     * a narrative that flows over pages as one text.
     */
    static String bodyText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder sb = new StringBuilder();
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.setSortByPosition(true);
                stripper.addRegion("body", new Rectangle2D.Float(0, 100, box.getWidth(), box.getHeight() - 100 - 64));
                stripper.extractRegions(page);
                sb.append(stripper.getTextForRegion("body")).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space made one space, to compare with wrapped paragraphs. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** veraPDF's failed PDF/A-2b rules, empty when the document is compliant. */
    static List<String> pdfa2bFailures(byte[] pdf) {
        if (!veraReady) {
            synchronized (Pdfs.class) {
                VeraGreenfieldFoundryProvider.initialise();
                veraReady = true;
            }
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().collect(Collectors.toList());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }
}
