package org.siproc.forms.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.forms.Paper;

/**
 * A form laid out on pages: positioned drawing operations in PDF points (origin bottom left), ready for the
 * {@link PdfWriter}. Text is already {@linkplain Fonts#printable printable} and measured.
 */
public record Layout(Paper paper, List<List<Op>> pages, Metadata metadata) {

    /** A drawing operation. Colours are 0xRRGGBB. */
    public sealed interface Op {
    }

    /** Text whose baseline starts at (x, y). */
    public record TextOp(float x, float y, String text, Fonts.Face face, float size, int color) implements Op {
    }

    /** A straight line. */
    public record LineOp(float x1, float y1, float x2, float y2, float width, int color) implements Op {
    }

    /** A rectangle, filled and/or stroked (a null colour for neither). */
    public record RectOp(float x, float y, float width, float height, @Nullable Integer fill, @Nullable Integer stroke,
                         float lineWidth) implements Op {
    }

    /** A QR code: square modules {@code size} points wide in all, lower left corner at (x, y). */
    public record QrOp(float x, float y, float size, QrCode code) implements Op {
    }

    /** What the document says about itself (PDF/A XMP metadata and document information). */
    public record Metadata(String title, String caseNumber, String form, String office, String language,
                           java.time.Instant issuedAt, String verificationHash) {
    }
}
