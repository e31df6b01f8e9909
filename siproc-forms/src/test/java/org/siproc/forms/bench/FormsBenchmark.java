package org.siproc.forms.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.out.FormRenderer.FormRequest;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.fixtures.CaseFixtures;
import org.siproc.core.fixtures.TestProfiles;
import org.siproc.forms.FormScenarios;
import org.siproc.forms.PdfFormRenderer;

/**
 * How many intake sheets one thread renders per second, side by side, in the same run, with bare PDFBox writing the
 * same text: naively (the TrueType font read and parsed for every document, as most PDFBox examples do) and with
 * the font parsed once. Not a test; see {@code docs/benchmarks.md}. Run from the repository root:
 *
 * <pre>./mvnw -B -pl siproc-forms test-compile exec:java@bench</pre>
 *
 * System properties {@code bench.warmup} and {@code bench.seconds} (default 10 and 10) set the warm-up and the
 * measured time of each variant. Besides wall-clock forms per second, it reports forms per CPU-second of the
 * rendering thread, which is what "forms per second on one core" means on a machine busy with other work.
 */
public final class FormsBenchmark {

    private static final String FONT = "/liberation/LiberationSans-Regular.ttf";

    private FormsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double warmup = Double.parseDouble(System.getProperty("bench.warmup", "10"));
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));
        PdfFormRenderer forms = PdfFormRenderer.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-26T16:00:00Z"), ZoneOffset.UTC)).build();

        FormRequest typical = typicalIntake(forms);
        FormRequest longOne = FormScenarios.childInTapachula(forms).request("INTAKE_SHEET");
        List<String> typicalText = textOf(forms.render(typical).content());
        List<String> longText = textOf(forms.render(longOne).content());
        byte[] fontBytes = fontBytes();
        TrueTypeFont parsedOnce = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));

        System.out.printf(Locale.ROOT, "Java %s, %s, %d processors available; one thread; warm-up %.0f s, measured %.0f s%n",
                System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), warmup, seconds);
        System.out.printf(Locale.ROOT, "JVM: %s; system load average at start: %.2f%n",
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-60s %9s %9s %12s %6s %9s%n", "variant", "forms/s", "ms/form",
                "forms/CPU-s", "pages", "KiB/form");
        run("SIPROC intake sheet, typical case (PDF/A-2b, QR, hash)", warmup, seconds,
                () -> forms.render(typical).content());
        run("bare PDFBox, same text, font parsed per document (naive)", warmup, seconds,
                () -> barePage(typicalText, () -> load(fontBytes)));
        run("bare PDFBox, same text, font parsed once", warmup, seconds,
                () -> barePage(typicalText, () -> parsedOnce));
        run("SIPROC intake sheet, 6,000-character narrative", warmup, seconds,
                () -> forms.render(longOne).content());
        run("bare PDFBox, same text, font parsed per document (naive)", warmup, seconds,
                () -> barePage(longText, () -> load(fontBytes)));
        run("bare PDFBox, same text, font parsed once", warmup, seconds,
                () -> barePage(longText, () -> parsedOnce));
    }

    /** An adult detained in Tapachula, with a narrative of a few lines: the everyday intake sheet. */
    private static FormRequest typicalIntake(PdfFormRenderer forms) {
        SiprocCore.InMemory memory = SiprocCore.inMemory(TestProfiles.small(),
                Clock.fixed(FormScenarios.START, ZoneOffset.UTC)).formRenderer(forms);
        PersonData person = PersonData.named("José Ángel", "Núñez", "Peña", Sex.M)
                .withBirthDate(LocalDate.of(1990, 4, 12)).withDocument("DNI", "0801-1990-12345", "HN")
                .withOrigin("HN", "08", "0801");
        String number = memory.core().registerCase().register(Actor.officer("ana.tapachula", TestProfiles.TAPACHULA),
                CaseFixtures.command("MXTAP", person, "MIGRATORY", "MIGRATION_STATION", LocalDate.of(2026, 11, 20),
                        "MX", "Detenido en la estación migratoria Siglo XXI desde hace tres días; pide comunicarse "
                                + "con su madre en Tegucigalpa y teme por su salud: necesita su medicamento para la "
                                + "presión, que quedó en el albergue.")).caseNumber().toString();
        ProtectionCase.Snapshot snapshot = memory.cases().findByNumber(CaseNumber.parse(number)).orElseThrow().snapshot();
        return new FormRequest("INTAKE_SHEET", snapshot, memory.persons().findAllById(snapshot.persons()),
                memory.core().profile(), Locale.forLanguageTag("es"), null, true);
    }

    private static void run(String name, double warmup, double seconds, Supplier<byte[]> render) {
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            render.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        end = start + (long) (seconds * 1e9);
        int count = 0;
        long bytes = 0;
        byte[] last = null;
        while (System.nanoTime() < end) {
            last = render.get();
            bytes += last.length;
            count++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%-60s %9.1f %9.2f %12.1f %6d %9.1f%n", name, count / elapsed,
                1000 * elapsed / count, count / cpu, pages(last), bytes / 1024.0 / count);
    }

    /** The naive way: every line of the text drawn with an embedded subset of the font, on as many pages as needed. */
    private static byte[] barePage(List<String> lines, Supplier<TrueTypeFont> font) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            PDType0Font type0 = PDType0Font.load(doc, font.get(), true);
            int index = 0;
            while (index < lines.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(type0, 9.5f);
                    cs.setLeading(12.6f);
                    cs.newLineAtOffset(42, 800);
                    for (int y = 800; y > 60 && index < lines.size(); y -= 12.6f) {
                        cs.showText(lines.get(index++));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont load(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> textOf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontBytes() throws IOException {
        try (InputStream in = FormsBenchmark.class.getResourceAsStream(FONT)) {
            return in.readAllBytes();
        }
    }
}
