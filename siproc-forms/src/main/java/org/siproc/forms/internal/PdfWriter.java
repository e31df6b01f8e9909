package org.siproc.forms.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.siproc.forms.internal.Layout.LineOp;
import org.siproc.forms.internal.Layout.Op;
import org.siproc.forms.internal.Layout.QrOp;
import org.siproc.forms.internal.Layout.RectOp;
import org.siproc.forms.internal.Layout.TextOp;

/**
 * Writes a {@link Layout} as a PDF/A-2b document with PDFBox: the two faces embedded as subsets, an sRGB output
 * intent, XMP metadata (title, case number, office, form, issue date, verification hash, PDF/A identification with
 * the extension schema of SIPROC's own properties) matching the document information dictionary, and a document
 * id. The sRGB ICC profile is the Java platform's, deflated once per JVM.
 */
public final class PdfWriter {

    static final String PRODUCER = "SIPROC forms (Apache PDFBox)";
    static final String CREATOR = "SIPROC";
    static final String NAMESPACE = "http://siproc.org/ns/forms/1.0/";

    private static final byte[] SRGB_DEFLATED;

    static {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(icc);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(icc.length);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        SRGB_DEFLATED = out.toByteArray();
    }

    private PdfWriter() {
    }

    /** The PDF bytes of the layout. */
    public static byte[] write(Layout layout) {
        Fonts fonts = Fonts.get();
        SubsetFont regular = new SubsetFont(fonts.face(Fonts.Face.REGULAR));
        SubsetFont bold = new SubsetFont(fonts.face(Fonts.Face.BOLD));
        for (List<Op> ops : layout.pages()) {
            for (Op op : ops) {
                if (op instanceof TextOp t) {
                    (t.face() == Fonts.Face.BOLD ? bold : regular).use(t.text());
                }
            }
        }
        try (PDDocument doc = new PDDocument()) {
            TrueTypeFont[] pair = fonts.borrow();
            try {
                regular.build(pair[0]);
                bold.build(pair[1]);
            } finally {
                fonts.release(pair);
            }
            doc.setVersion(1.7f);
            COSDictionary fontResources = new COSDictionary();
            fontResources.setItem(REGULAR, regular.write(doc));
            fontResources.setItem(BOLD, bold.write(doc));
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, fontResources);
            PDRectangle size = new PDRectangle(layout.paper().width(), layout.paper().height());
            for (List<Op> ops : layout.pages()) {
                PDPage page = new PDPage(size);
                page.getCOSObject().setItem(COSName.RESOURCES, resources);
                Painter painter = new Painter(regular, bold);
                painter.paint(ops);
                COSStream contents = doc.getDocument().createCOSStream();
                Deflate.into(contents, painter.bytes());
                page.setContents(new PDStream(contents));
                doc.addPage(page);
            }
            describe(doc, layout.metadata());
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of form " + layout.metadata().form(), e);
        }
    }

    private static final COSName REGULAR = COSName.getPDFName("F1");
    private static final COSName BOLD = COSName.getPDFName("F2");

    /**
     * Writes the operations as a page's content stream, by hand: PDFBox's content-stream text operator runs the
     * font's GSUB rules (ligatures) through regular expressions on every call, which costs more than all the rest of
     * a form, and forms want no ligatures anyway (text search and extraction stay exact). Font, colour and line width
     * are set only when they change.
     */
    private static final class Painter {
        private final StringBuilder out = new StringBuilder(16 * 1024);
        private final SubsetFont regular;
        private final SubsetFont bold;
        private SubsetFont font;
        private float fontSize = -1;
        private int fillColor = -1;
        private int strokeColor = -1;
        private float lineWidth = -1;

        Painter(SubsetFont regular, SubsetFont bold) {
            this.regular = regular;
            this.bold = bold;
        }

        byte[] bytes() {
            return out.toString().getBytes(StandardCharsets.US_ASCII);
        }

        void paint(List<Op> ops) {
            for (Op op : ops) {
                if (op instanceof TextOp t) {
                    if (!t.text().isEmpty()) {
                        text(t);
                    }
                } else if (op instanceof LineOp l) {
                    stroke(l.color(), l.width());
                    num(l.x1()).num(l.y1()).op("m").num(l.x2()).num(l.y2()).op("l").op("S");
                } else if (op instanceof RectOp r) {
                    if (r.fill() != null) {
                        fill(r.fill());
                        num(r.x()).num(r.y()).num(r.width()).num(r.height()).op("re").op("f");
                    }
                    if (r.stroke() != null) {
                        stroke(r.stroke(), r.lineWidth());
                        num(r.x()).num(r.y()).num(r.width()).num(r.height()).op("re").op("S");
                    }
                } else if (op instanceof QrOp q) {
                    qr(q);
                }
            }
        }

        private void text(TextOp t) {
            SubsetFont f = t.face() == Fonts.Face.BOLD ? bold : regular;
            fill(t.color());
            out.append("BT\n");
            if (f != font || t.size() != fontSize) {
                out.append('/').append((f == bold ? BOLD : REGULAR).getName()).append(' ');
                num(t.size()).op("Tf");
                font = f;
                fontSize = t.size();
            }
            num(t.x()).num(t.y()).op("Td");
            f.appendHex(out, t.text());
            out.append(" Tj\nET\n");
        }
        private void qr(QrOp q) {
            QrCode code = q.code();
            float module = q.size() / code.size();
            float top = q.y() + q.size();
            fill(0x000000);
            for (int row = 0; row < code.size(); row++) {
                int col = 0;
                while (col < code.size()) {
                    if (!code.dark(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < code.size() && code.dark(col, row)) {
                        col++;
                    }
                    num(q.x() + start * module).num(top - (row + 1) * module).num((col - start) * module).num(module)
                            .op("re");
                }
            }
            op("f");
        }

        private void fill(int rgb) {
            if (rgb != fillColor) {
                color(rgb).op("rg");
                fillColor = rgb;
            }
        }

        private void stroke(int rgb, float width) {
            if (rgb != strokeColor) {
                color(rgb).op("RG");
                strokeColor = rgb;
            }
            if (width != lineWidth) {
                num(width).op("w");
                lineWidth = width;
            }
        }

        private Painter color(int rgb) {
            return num(((rgb >> 16) & 0xFF) / 255f).num(((rgb >> 8) & 0xFF) / 255f).num((rgb & 0xFF) / 255f);
        }

        /** A number with at most three decimals, as PDF wants it (no exponent). */
        private Painter num(float value) {
            long thousandths = Math.round(value * 1000.0);
            if (thousandths < 0) {
                out.append('-');
                thousandths = -thousandths;
            }
            out.append(thousandths / 1000);
            long fraction = thousandths % 1000;
            if (fraction != 0) {
                out.append('.');
                if (fraction < 100) {
                    out.append('0');
                }
                if (fraction < 10) {
                    out.append('0');
                }
                while (fraction % 10 == 0) {
                    fraction /= 10;
                }
                out.append(fraction);
            }
            out.append(' ');
            return this;
        }

        private Painter op(String operator) {
            out.append(operator).append('\n');
            return this;
        }
    }

    // ---- PDF/A ---------------------------------------------------------------------------------------------------

    private static void describe(PDDocument doc, Layout.Metadata m) throws IOException {
        Instant issued = m.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(issued.toEpochMilli());
        String title = m.title() + " \u2014 " + m.caseNumber();
        String keywords = m.caseNumber() + ", " + m.form() + ", " + m.office();

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setKeywords(keywords);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(m.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(m, title, keywords, issued).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        COSStream icc = doc.getDocument().createCOSStream();
        try (OutputStream os = icc.createRawOutputStream()) {
            os.write(SRGB_DEFLATED);
        }
        icc.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        icc.setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, "sRGB IEC61966-2.1");
        intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
        intent.setString(COSName.REGISTRY_NAME, "http://www.color.org");
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, icc);
        catalog.addOutputIntent(new PDOutputIntent(intent));

        byte[] id = documentId(m);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    /** 16 bytes from the content hash, form and issue time: the same print always has the same id. */
    private static byte[] documentId(Layout.Metadata m) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] full = digest.digest((m.verificationHash() + "|" + m.form() + "|" + m.issuedAt())
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xmp(Layout.Metadata m, String title, String keywords, Instant issued) {
        String date = issued.toString();
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:identifier>" + xml(m.caseNumber()) + "</dc:identifier>\n"
                + "<dc:publisher><rdf:Bag><rdf:li>" + xml(m.office()) + "</rdf:li></rdf:Bag></dc:publisher>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(m.language()) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<dc:date><rdf:Seq><rdf:li>" + date + "</rdf:li></rdf:Seq></dc:date>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "<xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + xml(PRODUCER) + "</pdf:Producer>\n"
                + "<pdf:Keywords>" + xml(keywords) + "</pdf:Keywords>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n"
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>SIPROC case form</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>" + NAMESPACE + "</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>siproc</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq>\n"
                + property("caseNumber", "Number of the protection case the form belongs to")
                + property("form", "Code of the form in the country profile")
                + property("office", "Consular office of the case")
                + property("issued", "When the form was printed (ISO 8601, UTC)")
                + property("verificationHash", "SHA-256 of the canonical content fields of the form")
                + "</rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:siproc=\"" + NAMESPACE + "\">\n"
                + "<siproc:caseNumber>" + xml(m.caseNumber()) + "</siproc:caseNumber>\n"
                + "<siproc:form>" + xml(m.form()) + "</siproc:form>\n"
                + "<siproc:office>" + xml(m.office()) + "</siproc:office>\n"
                + "<siproc:issued>" + date + "</siproc:issued>\n"
                + "<siproc:verificationHash>" + m.verificationHash() + "</siproc:verificationHash>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String property(String name, String description) {
        return "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>" + name + "</pdfaProperty:name>"
                + "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
                + "<pdfaProperty:category>external</pdfaProperty:category>"
                + "<pdfaProperty:description>" + xml(description) + "</pdfaProperty:description></rdf:li>\n";
    }

    private static String xml(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
