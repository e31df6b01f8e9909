package org.siproc.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The embedded typeface, Liberation Sans regular and bold (SIL Open Font License; the font files and their
 * {@code liberation/LICENSE} come from {@code com.github.librepdf:openpdf-fonts-extra}). Never a system font.
 *
 * <p>Read once per JVM: the TTF bytes, and from them the advance widths and glyph coverage of every BMP character
 * (which the layout uses without touching PDFBox), the glyph id of every character and the font descriptor numbers
 * (which {@link SubsetFont} writes). Parsed {@link TrueTypeFont}s, which FontBox's subsetter reads for each document,
 * are not safe to share between threads, so they are lent from a pool: one pair per concurrent render, parsed once
 * and reused.
 */
public final class Fonts {

    /** Weight of a run of text. */
    public enum Face { REGULAR, BOLD }

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static final class Holder {
        static final Fonts INSTANCE = new Fonts();
    }

    /**
     * What the PDF needs of one face, read once: glyph id per BMP character, advance width per glyph (1/1000 em),
     * and the font descriptor's numbers.
     */
    public record FaceData(String postScriptName, int[] glyphOf, float[] glyphWidth, float[] bbox, float italicAngle,
                           float ascent, float descent, float capHeight, float stemV) {
    }

    private final byte[][] bytes = new byte[2][];
    private final float[][] widths = new float[2][];
    private final FaceData[] faces = new FaceData[2];
    private final BitSet covered = new BitSet(0x10000);
    private final ConcurrentLinkedDeque<TrueTypeFont[]> pool = new ConcurrentLinkedDeque<>();

    private Fonts() {
        bytes[0] = resource(REGULAR);
        bytes[1] = resource(BOLD);
        for (int face = 0; face < 2; face++) {
            try (TrueTypeFont ttf = parse(bytes[face])) {
                var cmap = ttf.getUnicodeCmapLookup();
                float scale = 1000f / ttf.getUnitsPerEm();
                float[] w = new float[0x10000];
                int[] glyphOf = new int[0x10000];
                for (int c = 0; c < 0x10000; c++) {
                    int gid = cmap.getGlyphId(c);
                    if (gid > 0) {
                        glyphOf[c] = gid;
                        w[c] = ttf.getAdvanceWidth(gid) * scale;
                        if (face == 0) {
                            covered.set(c);
                        }
                    }
                }
                widths[face] = w;
                float[] glyphWidth = new float[ttf.getNumberOfGlyphs()];
                for (int gid = 0; gid < glyphWidth.length; gid++) {
                    glyphWidth[gid] = ttf.getAdvanceWidth(gid) * scale;
                }
                var head = ttf.getHeader();
                float[] bbox = {head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale,
                    head.getYMax() * scale};
                var os2 = ttf.getOS2Windows();
                float capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() * scale
                        : ttf.getHorizontalHeader().getAscender() * scale * 0.7f;
                faces[face] = new FaceData(ttf.getName(), glyphOf, glyphWidth, bbox,
                        ttf.getPostScript().getItalicAngle(), ttf.getHorizontalHeader().getAscender() * scale,
                        ttf.getHorizontalHeader().getDescender() * scale, capHeight, (bbox[2] - bbox[0]) * 0.13f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedded font", e);
            }
        }
    }

    /** The fonts, read on first use. */
    public static Fonts get() {
        return Holder.INSTANCE;
    }

    /** The PDF data of a face. */
    public FaceData face(Face face) {
        return faces[face.ordinal()];
    }

    /** Width of {@code text} in points at {@code size}; the text must already be {@link #printable}. */
    public float width(Face face, String text, float size) {
        float[] w = widths[face.ordinal()];
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += w[text.charAt(i)];
        }
        return total * size / 1000f;
    }

    /**
     * The text as the font can print it: composed (NFC, so "e" + combining acute becomes "é"), tabs as spaces,
     * other control characters dropped (line breaks kept), and characters without a glyph (emoji, scripts the font
     * lacks) replaced by '?', so rendering never fails on what a user typed.
     */
    public String printable(String text) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        int i = 0;
        while (i < s.length() && printable(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (printable(c)) {
                out.append(c);
            } else if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append('?');
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    private boolean printable(char c) {
        return c == '\n' || (c >= 0x20 && c < 0x7F)
                || (!Character.isISOControl(c) && !Character.isSurrogate(c) && covered.get(c));
    }

    /** Lends a parsed regular/bold pair for one document; give it back with {@link #release}. */
    public TrueTypeFont[] borrow() {
        TrueTypeFont[] pair = pool.pollFirst();
        if (pair != null) {
            return pair;
        }
        try {
            return new TrueTypeFont[] {parse(bytes[0]), parse(bytes[1])};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded font", e);
        }
    }

    public void release(TrueTypeFont[] pair) {
        pool.offerFirst(pair);
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing: is com.github.librepdf:"
                        + "openpdf-fonts-extra on the class path?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + name, e);
        }
    }
}
