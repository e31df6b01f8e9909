package org.siproc.forms.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code's modules, encoded with ZXing (error correction M, no quiet zone: the page leaves white around it). Drawn
 * as vector squares, so it prints sharp at any resolution and needs no image in the PDF.
 */
public record QrCode(int size, boolean[] dark) {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    public static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
            int n = matrix.getWidth();
            boolean[] dark = new boolean[n * n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    dark[y * n + x] = matrix.get(x, y);
                }
            }
            return new QrCode(n, dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode '" + text + "' as a QR code", e);
        }
    }

    /** Whether the module at column x, row y (from the top) is dark. */
    public boolean dark(int x, int y) {
        return dark[y * size + x];
    }
}
