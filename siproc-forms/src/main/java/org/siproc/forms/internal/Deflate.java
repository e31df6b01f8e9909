package org.siproc.forms.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Flate compression of the streams a form writes (page contents, font programs, ToUnicode maps), with one reusable
 * {@link Deflater} per thread: creating a zlib stream per PDF stream costs more than compressing a page. Level 6
 * (zlib's default) balances size and speed for files that are kept for years.
 */
final class Deflate {

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(6));

    private Deflate() {
    }

    /** Writes {@code data} compressed into the stream, with {@code /Filter /FlateDecode}. */
    static void into(COSStream stream, byte[] data) throws IOException {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, data.length / 2));
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        try (OutputStream os = stream.createRawOutputStream()) {
            out.writeTo(os);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }
}
