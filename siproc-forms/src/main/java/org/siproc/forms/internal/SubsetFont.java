package org.siproc.forms.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One face embedded in one document as a subset: the characters the document shows, subset with FontBox's
 * {@link TTFSubsetter} (glyphs renumbered from 0, composites' parts included) and written as a Type 0 font with an
 * Identity-H encoding, a CIDFontType2 descendant whose CIDs are the subset's glyph ids ({@code /CIDToGIDMap
 * /Identity}), widths from the font's own metrics and a ToUnicode map for text extraction. Built by hand rather than
 * with PDFBox's {@code PDType0Font}, which derives all of this from the whole font again for every document.
 */
final class SubsetFont {

    /** The tables PDFBox keeps when it subsets a TrueType font for a CIDFont: glyphs, metrics and hinting. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp");

    private final Fonts.FaceData face;
    private final BitSet used = new BitSet(0x10000);
    private int[] newGlyph = new int[0];
    private int[] oldOfNew = new int[0];
    private String tag = "";
    private byte[] program = new byte[0];
    private int glyphCount;

    SubsetFont(Fonts.FaceData face) {
        this.face = face;
    }

    /** Registers the characters of printable text (BMP, as {@link Fonts#printable} leaves it). */
    void use(String text) {
        for (int i = 0; i < text.length(); i++) {
            used.set(text.charAt(i));
        }
    }

    boolean isUsed() {
        return !used.isEmpty();
    }

    /** Subsets the font program; {@code ttf} is this face, lent for the call. */
    void build(TrueTypeFont ttf) throws IOException {
        Set<Integer> codePoints = new HashSet<>();
        used.stream().forEach(codePoints::add);
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addAll(codePoints);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        glyphCount = newToOld.size();
        newGlyph = new int[face.glyphWidth().length];
        int[] oldOfNew = new int[glyphCount];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            newGlyph[e.getValue()] = e.getKey();
            oldOfNew[e.getKey()] = e.getValue();
        }
        tag = tag(oldOfNew);
        subsetter.setPrefix(tag);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(out);
        program = out.toByteArray();
        this.oldOfNew = oldOfNew;
    }

    /** Appends the text as the hexadecimal string of its CIDs (the subset's glyph ids, two bytes each). */
    void appendHex(StringBuilder out, String text) {
        out.append('<');
        for (int i = 0; i < text.length(); i++) {
            int gid = newGlyph[face.glyphOf()[text.charAt(i)]];
            out.append(HEX[(gid >> 12) & 0xF]).append(HEX[(gid >> 8) & 0xF]).append(HEX[(gid >> 4) & 0xF])
                    .append(HEX[gid & 0xF]);
        }
        out.append('>');
    }

    /** The Type 0 font dictionary, with its descendant, descriptor, font file and ToUnicode streams. */
    COSDictionary write(PDDocument doc) throws IOException {
        String baseFont = tag + "+" + face.postScriptName();

        COSStream fontFile = doc.getDocument().createCOSStream();
        Deflate.into(fontFile, program);
        fontFile.setInt(COSName.LENGTH1, program.length);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, baseFont);
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (float v : face.bbox()) {
            bbox.add(COSInteger.get(Math.round(v)));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setItem(COSName.ITALIC_ANGLE, new COSFloat(face.italicAngle()));
        descriptor.setInt(COSName.ASCENT, Math.round(face.ascent()));
        descriptor.setInt(COSName.DESCENT, Math.round(face.descent()));
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round(face.capHeight()));
        descriptor.setInt(COSName.STEM_V, Math.round(face.stemV()));
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSArray widths = new COSArray();
        for (int gid = 0; gid < glyphCount; gid++) {
            widths.add(COSInteger.get(Math.round(face.glyphWidth()[oldOfNew[gid]])));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ZERO);
        w.add(widths);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, w);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSStream toUnicode = doc.getDocument().createCOSStream();
        Deflate.into(toUnicode, toUnicode().getBytes(StandardCharsets.US_ASCII));

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, baseFont);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }

    /** The ToUnicode CMap: each glyph of the subset to the character it shows (the first, when several share one). */
    private String toUnicode() {
        int[] unicodeOf = new int[glyphCount];
        used.stream().forEach(c -> {
            int gid = newGlyph[face.glyphOf()[c]];
            if (gid > 0 && unicodeOf[gid] == 0) {
                unicodeOf[gid] = c;
            }
        });
        StringBuilder sb = new StringBuilder(512 + glyphCount * 16);
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int count = 0;
        for (int gid = 1; gid < glyphCount; gid++) {
            if (unicodeOf[gid] != 0) {
                count++;
            }
        }
        int written = 0;
        for (int gid = 1; gid < glyphCount; gid++) {
            if (unicodeOf[gid] == 0) {
                continue;
            }
            if (written % 100 == 0) {
                if (written > 0) {
                    sb.append("endbfchar\n");
                }
                sb.append(Math.min(100, count - written)).append(" beginbfchar\n");
            }
            sb.append('<').append(hex4(gid)).append("> <").append(hex4(unicodeOf[gid])).append(">\n");
            written++;
        }
        if (written > 0) {
            sb.append("endbfchar\n");
        }
        return sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    /** Six capital letters naming the subset (PDF 9.6.4), the same for the same glyphs. */
    private static String tag(int[] glyphs) {
        long h = 1125899906842597L;
        for (int g : glyphs) {
            h = 31 * h + g;
        }
        h = Math.abs(h % 308_915_776L);
        char[] letters = new char[6];
        for (int i = 0; i < 6; i++) {
            letters[i] = (char) ('A' + h % 26);
            h /= 26;
        }
        return new String(letters);
    }

    private static String hex4(int v) {
        return new String(new char[] {HEX[(v >> 12) & 0xF], HEX[(v >> 8) & 0xF], HEX[(v >> 4) & 0xF], HEX[v & 0xF]});
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
