package org.siproc.forms.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.forms.Paper;
import org.siproc.forms.internal.FieldResolver.Kind;
import org.siproc.forms.internal.FieldResolver.Resolved;
import org.siproc.forms.internal.Fonts.Face;
import org.siproc.forms.internal.Layout.LineOp;
import org.siproc.forms.internal.Layout.Op;
import org.siproc.forms.internal.Layout.QrOp;
import org.siproc.forms.internal.Layout.RectOp;
import org.siproc.forms.internal.Layout.TextOp;
import org.siproc.forms.internal.Template.Block;
import org.siproc.forms.internal.Template.Content;
import org.siproc.forms.internal.Template.FieldContent;
import org.siproc.forms.internal.Template.TextContent;

/**
 * Lays a form out on pages: the template's blocks in order, text wrapped to the column and flowing onto new pages,
 * table rows kept whole when they fit a page (and split line by line when they do not) with the table header
 * repeated, headings kept with what follows, signature boxes kept together. Then, once the page count and the
 * verification hash are known, the header (country lines, case number, CONFIDENTIAL marking, QR code) and footer
 * (page n of m, hash) of every page. One engine per render; house style (type sizes, colours, margins) is here,
 * what is printed and in which order is the template's.
 */
public final class LayoutEngine {

    private static final float SIDE = 42f;
    private static final float TOP = 32f;
    private static final float BOTTOM = 26f;
    private static final float QR = 58f;
    private static final float PAD = 3.5f;
    private static final float GAP = 8f;

    private static final int INK = 0x1A1A1A;
    private static final int MUTED = 0x5F6B76;
    private static final int NAVY = 0x1F3A5F;
    private static final int BAR = 0xE4EBF3;
    private static final int GRID = 0xAEB9C4;
    private static final int RED = 0xB00020;

    private static final float BODY = 9.5f;
    private static final float BODY_LEADING = 12.6f;
    private static final float LABEL = 7f;
    private static final float LABEL_LEADING = 9f;
    private static final float CELL = 8.5f;
    private static final float CELL_LEADING = 11f;
    private static final String BLANK = "______________";

    private final Template template;
    private final FieldResolver resolver;
    private final FormContext context;
    private final Fonts fonts;
    private final Paper paper;
    private final float left;
    private final float right;
    private final float bodyWidth;
    private final Binding top;

    private float bodyTop;
    private float bodyBottom;
    private final List<List<Op>> pages = new ArrayList<>();
    private List<Op> page = new ArrayList<>();
    private float y;

    private LayoutEngine(Template template, FieldResolver resolver) {
        this.template = template;
        this.resolver = resolver;
        this.context = resolver.context();
        this.fonts = Fonts.get();
        this.paper = template.paper();
        this.left = SIDE;
        this.right = paper.width() - SIDE;
        this.bodyWidth = right - left;
        this.top = context.topBinding();
    }

    /** Lays out the whole form. */
    public static Layout layout(Template template, FieldResolver resolver) {
        return new LayoutEngine(template, resolver).run();
    }

    private Layout run() {
        String caseNumber = context.protectionCase().number().toString();
        resolver.resolve("case.number", top, "");
        String marking = fill(template.marking(), top, "", "");
        String caseLabel = word("caseNumber", "Case");

        float caseColumn = Math.max(fonts.width(Face.BOLD, caseNumber, 10f),
                fonts.width(Face.BOLD, marking, 8.5f) + 10f);
        float headerTextWidth = bodyWidth - QR - GAP - caseColumn - 2 * GAP;
        List<Line> headerLines = new ArrayList<>();
        for (Template.HeaderLine line : template.header()) {
            String text = fill(line.text(), top, "", "");
            float size = line.bold() ? 10.5f : 8.5f;
            Face face = line.bold() ? Face.BOLD : Face.REGULAR;
            for (String part : wrap(text, face, size, headerTextWidth)) {
                headerLines.add(new Line(part, face, size, line.bold() ? NAVY : INK, size * 1.28f));
            }
        }
        float headerHeight = Math.max(QR, heightOf(headerLines));
        bodyTop = paper.height() - TOP - headerHeight - 14f;

        String footerText = template.footer() == null ? "" : fill(template.footer(), top, "", "");
        String pageWord = word("page", "{0} / {1}");
        float rightColumn = Math.max(fonts.width(Face.BOLD, pageWord.replace("{0}", "99").replace("{1}", "99"), 8f),
                fonts.width(Face.REGULAR, "CONFIDENTIAL · " + context.formCode() + " · 00/00/0000 00:00", 6.5f)) + 4f;
        float footerWidth = bodyWidth - rightColumn - GAP;
        List<String> footerLines = new ArrayList<>(footerText.isEmpty() ? List.of()
                : wrap(footerText, Face.REGULAR, 6.5f, footerWidth));
        while (footerLines.size() > 3) {
            footerLines.remove(footerLines.size() - 1);
        }
        float footerHeight = (footerLines.size() + 2) * 8.5f;
        bodyBottom = BOTTOM + footerHeight + 10f;

        newPage();
        for (Block block : template.blocks()) {
            Template.Common common = block.common();
            if (common.when() != null && !resolver.holds(common.when(), top)) {
                continue;
            }
            if (common.unless() != null && resolver.holds(common.unless(), top)) {
                continue;
            }
            if (common.heading() != null) {
                heading(fill(common.heading(), top, "", BLANK), firstUnitHeight(block));
            }
            if (block instanceof Template.TitleBlock t) {
                title(t);
            } else if (block instanceof Template.GridBlock g) {
                grid(g);
            } else if (block instanceof Template.TextBlock t) {
                text(t);
            } else if (block instanceof Template.TableBlock t) {
                table(t);
            } else if (block instanceof Template.SignatureBlock s) {
                signatures(s);
            } else if (block instanceof Template.SpaceBlock s) {
                space(s.height());
            }
        }
        pages.add(page);

        String hash = resolver.hash();
        QrCode qr = QrCode.of(caseNumber);
        String verification = word("verification", "SHA-256") + ": " + hash;
        String issued = context.dateTime(context.issuedAt());
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            List<Op> ops = pages.get(i);
            decorate(ops, headerLines, caseLabel, caseNumber, marking, qr);
            float fy = BOTTOM + footerHeight;
            ops.add(new LineOp(left, fy + 2f, right, fy + 2f, 0.5f, GRID));
            float ly = fy - 7f;
            for (String line : footerLines) {
                ops.add(new TextOp(left, ly, line, Face.REGULAR, 6.5f, MUTED));
                ly -= 8.5f;
            }
            for (String line : wrap(verification, Face.REGULAR, 6.5f, footerWidth)) {
                ops.add(new TextOp(left, ly, line, Face.REGULAR, 6.5f, INK));
                ly -= 8.5f;
            }
            String pageText = fonts.printable(pageWord.replace("{0}", Integer.toString(i + 1))
                    .replace("{1}", Integer.toString(total)));
            ops.add(new TextOp(right - fonts.width(Face.BOLD, pageText, 8f), fy - 8f, pageText, Face.BOLD, 8f, INK));
            String stamp = fonts.printable(marking + " · " + context.formCode() + " · " + issued);
            ops.add(new TextOp(right - fonts.width(Face.REGULAR, stamp, 6.5f), fy - 17f, stamp, Face.REGULAR, 6.5f,
                    RED));
        }
        String title = fill(new TemplateText(java.util.Map.of("", List.of(new TemplateText.Placeholder("form.title")))),
                top, "", "");
        String office = context.office() != null ? context.office().name() : context.protectionCase().office().value();
        return new Layout(paper, pages, new Layout.Metadata(title, caseNumber, context.formCode(), office,
                context.language(), context.issuedAt(), hash));
    }

    private void decorate(List<Op> ops, List<Line> headerLines, String caseLabel, String caseNumber, String marking,
                          QrCode qr) {
        float topY = paper.height() - TOP;
        float cursor = topY;
        for (Line line : headerLines) {
            ops.add(new TextOp(left, baseline(cursor, line), line.text(), line.face(), line.size(), line.color()));
            cursor -= line.leading();
        }
        float qrX = right - QR;
        ops.add(new QrOp(qrX, topY - QR, QR, qr));
        float colRight = qrX - GAP;
        float markWidth = fonts.width(Face.BOLD, marking, 8.5f);
        ops.add(new RectOp(colRight - markWidth - 8f, topY - 14f, markWidth + 8f, 14f, null, RED, 1f));
        ops.add(new TextOp(colRight - markWidth - 4f, topY - 10.3f, marking, Face.BOLD, 8.5f, RED));
        float labelWidth = fonts.width(Face.REGULAR, caseLabel, 7f);
        ops.add(new TextOp(colRight - labelWidth, topY - 29f, caseLabel, Face.REGULAR, 7f, MUTED));
        float numberWidth = fonts.width(Face.BOLD, caseNumber, 10f);
        ops.add(new TextOp(colRight - numberWidth, topY - 41f, caseNumber, Face.BOLD, 10f, INK));
        float ruleY = bodyTop + 8f;
        ops.add(new LineOp(left, ruleY, right, ruleY, 0.8f, NAVY));
    }

    // ---- blocks ------------------------------------------------------------------------------------------------

    private void title(Template.TitleBlock block) {
        List<Line> lines = new ArrayList<>();
        for (String part : wrap(fill(block.text(), top, "", ""), Face.BOLD, 14f, bodyWidth)) {
            lines.add(new Line(part, Face.BOLD, 14f, NAVY, 17.5f));
        }
        if (block.subtitle() != null) {
            for (String part : wrap(fill(block.subtitle(), top, "", BLANK), Face.REGULAR, 9f, bodyWidth)) {
                lines.add(new Line(part, Face.REGULAR, 9f, MUTED, 12f));
            }
        }
        ensure(heightOf(lines) + 6f);
        for (Line line : lines) {
            float x = left + (bodyWidth - fonts.width(line.face(), line.text(), line.size())) / 2f;
            page.add(new TextOp(x, baseline(y, line), line.text(), line.face(), line.size(), line.color()));
            y -= line.leading();
        }
        y -= 8f;
    }

    private void heading(String text, float keepWith) {
        float height = 15f;
        if (y - height - 4f - keepWith < bodyBottom && y < bodyTop - 1f) {
            newPage();
        }
        page.add(new RectOp(left, y - height, bodyWidth, height, BAR, null, 0f));
        page.add(new TextOp(left + 5f, y - 10.6f, fit(text, Face.BOLD, 9f, bodyWidth - 10f), Face.BOLD, 9f, NAVY));
        y -= height + 4f;
    }

    private void grid(Template.GridBlock block) {
        float columnWidth = bodyWidth / block.columns();
        List<List<Template.GridCell>> rows = new ArrayList<>();
        List<Template.GridCell> row = new ArrayList<>();
        int used = 0;
        for (Template.GridCell cell : block.cells()) {
            if (used + cell.span() > block.columns()) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(cell);
            used += cell.span();
        }
        rows.add(row);
        for (List<Template.GridCell> cells : rows) {
            int spanSum = cells.stream().mapToInt(Template.GridCell::span).sum();
            List<Cell> laid = new ArrayList<>();
            float[] xs = new float[cells.size()];
            float[] ws = new float[cells.size()];
            float x = left;
            for (int i = 0; i < cells.size(); i++) {
                Template.GridCell cell = cells.get(i);
                int span = i == cells.size() - 1 ? cell.span() + (block.columns() - spanSum) : cell.span();
                xs[i] = x;
                ws[i] = columnWidth * span;
                x += ws[i];
                float inner = ws[i] - 2 * PAD;
                List<Line> lines = new ArrayList<>();
                for (String part : wrap(fill(cell.label(), top, "", BLANK), Face.BOLD, LABEL, inner)) {
                    lines.add(new Line(part, Face.BOLD, LABEL, MUTED, LABEL_LEADING));
                }
                CellText value = cellText(cell.content(), top, "");
                for (String part : wrap(value.text(), Face.REGULAR, BODY, inner)) {
                    lines.add(new Line(part, Face.REGULAR, BODY, value.muted() ? MUTED : INK, 12f));
                }
                laid.add(new Cell(lines, null));
            }
            flowRow(laid, xs, ws, null, null);
        }
        y -= GAP;
    }

    private void text(Template.TextBlock block) {
        float size = switch (block.style()) {
            case SMALL -> 8f;
            case LARGE -> 12f;
            default -> BODY;
        };
        Face face = block.style() == Template.Style.BOLD || block.style() == Template.Style.LARGE ? Face.BOLD
                : Face.REGULAR;
        float leading = size * 1.33f;
        CellText content = null;
        if (block.content() instanceof FieldContent f) {
            Resolved r = resolver.resolve(f.field(), top, "");
            content = r.kind() == Kind.VALUE ? new CellText(fonts.printable(r.value().display()), false)
                    : r.kind() == Kind.WITHHELD ? new CellText(withheld(), true) : null;
        } else if (block.content() instanceof TextContent t) {
            content = new CellText(fill(t.text(), top, "", BLANK), false);
        }
        if (content == null) {
            if (block.blankLines() > 0) {
                for (int i = 0; i < block.blankLines(); i++) {
                    ensure(18f);
                    page.add(new LineOp(left, y - 15f, right, y - 15f, 0.5f, GRID));
                    y -= 18f;
                }
                y -= GAP;
                return;
            }
            content = new CellText("\u2014", true);
        }
        for (String part : wrap(content.text(), face, size, bodyWidth)) {
            ensure(leading);
            float w = fonts.width(face, part, size);
            float x = switch (block.align()) {
                case CENTER -> left + (bodyWidth - w) / 2f;
                case RIGHT -> right - w;
                default -> left;
            };
            Line line = new Line(part, face, size, content.muted() ? MUTED : INK, leading);
            page.add(new TextOp(x, baseline(y, line), part, face, size, line.color()));
            y -= leading;
        }
        y -= GAP;
    }

    private void table(Template.TableBlock block) {
        List<Binding> rows = resolver.rows(block.rows(), top);
        int n = block.columns().size();
        float total = 0;
        for (Template.Column c : block.columns()) {
            total += c.width();
        }
        float[] xs = new float[n];
        float[] ws = new float[n];
        float x = left;
        for (int i = 0; i < n; i++) {
            xs[i] = x;
            ws[i] = bodyWidth * block.columns().get(i).width() / total;
            x += ws[i];
        }
        List<Cell> header = new ArrayList<>();
        for (Template.Column c : block.columns()) {
            List<Line> lines = new ArrayList<>();
            for (String part : wrap(fill(c.label(), top, "", ""), Face.BOLD, 7.5f, ws[header.size()] - 2 * PAD)) {
                lines.add(new Line(part, Face.BOLD, 7.5f, NAVY, 9.5f));
            }
            header.add(new Cell(lines, null));
        }
        if (rows == null || rows.isEmpty()) {
            String note = rows == null ? withheld()
                    : block.empty() != null ? fill(block.empty(), top, "", "") : word("none", "\u2014");
            flowRow(header, xs, ws, BAR, null);
            List<Line> lines = new ArrayList<>();
            for (String part : wrap(note, Face.REGULAR, CELL, bodyWidth - 2 * PAD)) {
                lines.add(new Line(part, Face.REGULAR, CELL, MUTED, CELL_LEADING));
            }
            flowRow(List.of(new Cell(lines, null)), new float[] {left}, new float[] {bodyWidth}, null, null);
            y -= GAP;
            return;
        }
        float firstRow = 0;
        List<List<Cell>> laidRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String prefix = block.rows() + "[" + r + "].";
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Template.Column column = block.columns().get(i);
                if (column.checkbox()) {
                    boolean checked = column.content() instanceof FieldContent f
                            && resolver.resolve(f.field(), rows.get(r), prefix).kind() == Kind.VALUE;
                    cells.add(new Cell(List.of(new Line("", Face.REGULAR, CELL, INK, CELL_LEADING)), checked));
                    continue;
                }
                CellText value = cellText(column.content(), rows.get(r), prefix);
                List<Line> lines = new ArrayList<>();
                for (String part : wrap(value.text(), Face.REGULAR, CELL, ws[i] - 2 * PAD)) {
                    lines.add(new Line(part, Face.REGULAR, CELL, value.muted() ? MUTED : INK, CELL_LEADING));
                }
                cells.add(new Cell(lines, null));
            }
            laidRows.add(cells);
            if (r == 0) {
                firstRow = rowHeight(cells);
            }
        }
        if (y - rowHeight(header) - Math.min(firstRow, 3 * CELL_LEADING + 2 * PAD) < bodyBottom && y < bodyTop - 1f) {
            newPage();
        }
        flowRow(header, xs, ws, BAR, null);
        for (List<Cell> cells : laidRows) {
            flowRow(cells, xs, ws, null, () -> flowRow(header, xs, ws, BAR, null));
        }
        y -= GAP;
    }

    private void signatures(Template.SignatureBlock block) {
        List<Template.SignatureBox> boxes = block.boxes();
        int start = 0;
        while (start < boxes.size()) {
            int end = start + 1;
            while (end < boxes.size() && end - start < 4 && signatureWidth(boxes.subList(start, end + 1)) >= 115f) {
                end++;
            }
            List<Template.SignatureBox> row = boxes.subList(start, end);
            start = end;
            float signatureWidth = signatureWidth(row);
            float boxHeight = row.stream().anyMatch(Template.SignatureBox::thumbprint) ? 80f : 52f;
            float height = 0;
            List<List<Line>> captions = new ArrayList<>();
            for (Template.SignatureBox box : row) {
                float w = box.thumbprint() ? 78f : signatureWidth;
                List<Line> lines = new ArrayList<>();
                for (String part : limit(wrap(fill(box.label(), top, "", BLANK), Face.BOLD, 7.5f, w), 2)) {
                    lines.add(new Line(part, Face.BOLD, 7.5f, INK, 9.5f));
                }
                if (box.caption() != null) {
                    for (String part : limit(wrap(fill(box.caption(), top, "", ""), Face.REGULAR, 7.5f, w), 2)) {
                        lines.add(new Line(part, Face.REGULAR, 7.5f, MUTED, 9.5f));
                    }
                }
                captions.add(lines);
                height = Math.max(height, boxHeight + 4f + heightOf(lines));
            }
            ensure(height + 6f);
            float x = left;
            for (int i = 0; i < row.size(); i++) {
                Template.SignatureBox box = row.get(i);
                float w = box.thumbprint() ? 78f : signatureWidth;
                if (box.thumbprint()) {
                    page.add(new RectOp(x, y - boxHeight, w, boxHeight, null, INK, 0.7f));
                } else {
                    page.add(new LineOp(x, y - boxHeight, x + w, y - boxHeight, 0.7f, INK));
                }
                float cursor = y - boxHeight - 4f;
                for (Line line : captions.get(i)) {
                    float lw = fonts.width(line.face(), line.text(), line.size());
                    page.add(new TextOp(x + (w - lw) / 2f, baseline(cursor, line), line.text(), line.face(),
                            line.size(), line.color()));
                    cursor -= line.leading();
                }
                x += w + 18f;
            }
            y -= height + 10f;
        }
    }

    /** The width of each signature box of a row (thumbprint boxes are 78 points wide, gaps 18). */
    private float signatureWidth(List<Template.SignatureBox> row) {
        float thumbs = 0;
        int signatures = 0;
        for (Template.SignatureBox box : row) {
            if (box.thumbprint()) {
                thumbs += 78f;
            } else {
                signatures++;
            }
        }
        return signatures == 0 ? Float.MAX_VALUE : (bodyWidth - thumbs - (row.size() - 1) * 18f) / signatures;
    }

    private void space(float height) {
        if (y - height < bodyBottom) {
            newPage();
        } else {
            y -= height;
        }
    }

    /** About how tall the first piece of a block is, so that a heading is never left alone at a page's foot. */
    private float firstUnitHeight(Block block) {
        if (block instanceof Template.SignatureBlock) {
            return 100f;
        }
        if (block instanceof Template.TableBlock) {
            return 75f;
        }
        if (block instanceof Template.GridBlock) {
            return 60f;
        }
        if (block instanceof Template.TextBlock) {
            return 2 * BODY_LEADING;
        }
        return block instanceof Template.SpaceBlock ? 0f : 36f;
    }

    // ---- rows --------------------------------------------------------------------------------------------------

    /** A cell's lines; {@code checkbox} is non-null for a checkbox cell (then whether it is ticked). */
    private record Cell(List<Line> lines, @Nullable Boolean checkbox) {
    }

    private record Line(String text, Face face, float size, int color, float leading) {
    }

    private record CellText(String text, boolean muted) {
    }

    private float rowHeight(List<Cell> cells) {
        float h = 0;
        for (Cell c : cells) {
            h = Math.max(h, heightOf(c.lines()));
        }
        return h + 2 * PAD;
    }

    /**
     * Draws a row of cells at the cursor: on this page when it fits; on a new page when it fits a page; otherwise
     * split line by line over as many pages as it needs. {@code onNewPage} redraws a table's header.
     */
    private void flowRow(List<Cell> cells, float[] xs, float[] ws, @Nullable Integer fill, @Nullable Runnable onNewPage) {
        int[] next = new int[cells.size()];
        while (true) {
            float remaining = 0;
            for (int i = 0; i < cells.size(); i++) {
                remaining = Math.max(remaining, heightOf(cells.get(i).lines().subList(next[i], cells.get(i).lines().size())));
            }
            if (remaining <= 0) {
                return;
            }
            float full = remaining + 2 * PAD;
            float available = y - bodyBottom;
            float capacity = bodyTop - bodyBottom - (onNewPage == null ? 0 : 30f);
            boolean atTop = y >= bodyTop - 1f;
            if (full > available && !atTop && (full <= capacity || available < 3 * CELL_LEADING + 2 * PAD)) {
                newPage();
                if (onNewPage != null) {
                    onNewPage.run();
                }
                continue;
            }
            float room = Math.min(full, available) - 2 * PAD;
            float used = 0;
            int[] take = new int[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                List<Line> lines = cells.get(i).lines();
                float h = 0;
                int k = next[i];
                while (k < lines.size() && h + lines.get(k).leading() <= room + 0.01f) {
                    h += lines.get(k).leading();
                    k++;
                }
                take[i] = k;
                used = Math.max(used, h);
            }
            float rowHeight = used + 2 * PAD;
            for (int i = 0; i < cells.size(); i++) {
                page.add(new RectOp(xs[i], y - rowHeight, ws[i], rowHeight, fill, GRID, 0.5f));
                Cell cell = cells.get(i);
                if (cell.checkbox() != null && next[i] == 0) {
                    float bx = xs[i] + PAD + 1f;
                    float by = y - PAD - 9f;
                    page.add(new RectOp(bx, by, 8f, 8f, null, INK, 0.7f));
                    if (cell.checkbox()) {
                        page.add(new LineOp(bx + 1.5f, by + 1.5f, bx + 6.5f, by + 6.5f, 1f, INK));
                        page.add(new LineOp(bx + 1.5f, by + 6.5f, bx + 6.5f, by + 1.5f, 1f, INK));
                    }
                } else {
                    float cursor = y - PAD;
                    for (int k = next[i]; k < take[i]; k++) {
                        Line line = cell.lines().get(k);
                        page.add(new TextOp(xs[i] + PAD, baseline(cursor, line), line.text(), line.face(), line.size(),
                                line.color()));
                        cursor -= line.leading();
                    }
                }
                next[i] = take[i];
            }
            y -= rowHeight;
        }
    }

    // ---- text --------------------------------------------------------------------------------------------------

    private CellText cellText(Content content, Binding binding, String row) {
        if (content instanceof FieldContent f) {
            Resolved r = resolver.resolve(f.field(), binding, row);
            return switch (r.kind()) {
                case VALUE -> new CellText(fonts.printable(r.value().display()), false);
                case EMPTY -> new CellText("\u2014", true);
                case WITHHELD -> new CellText(withheld(), true);
            };
        }
        return new CellText(fill(((TextContent) content).text(), binding, row, "\u2014"), false);
    }

    /** The text with its placeholders filled in; {@code empty} stands for a field without value. Printable. */
    private String fill(TemplateText text, Binding binding, String row, String empty) {
        StringBuilder sb = new StringBuilder();
        for (TemplateText.Part part : text.in(context.language(), context.fallbacks())) {
            if (part instanceof TemplateText.Literal literal) {
                sb.append(literal.text());
            } else {
                Resolved r = resolver.resolve(((TemplateText.Placeholder) part).field(), binding, row);
                sb.append(switch (r.kind()) {
                    case VALUE -> r.value().display();
                    case EMPTY -> empty;
                    case WITHHELD -> withheld();
                });
            }
        }
        return fonts.printable(sb.toString());
    }

    private String withheld() {
        return template.perReferral() ? word("notShared", "[not shared]") : word("withheld", "[withheld]");
    }

    private String word(String key, String fallback) {
        return fonts.printable(context.word(key, fallback));
    }

    /** Greedy word wrap to {@code width}; paragraphs at line breaks; words longer than a line are cut. */
    private List<String> wrap(String text, Face face, float size, float width) {
        List<String> lines = new ArrayList<>();
        float space = fonts.width(face, " ", size);
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float w = fonts.width(face, word, size);
                if (line.length() > 0 && lineWidth + space + w <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (w > width) {
                    int cut = 1;
                    while (cut < word.length() && fonts.width(face, word.substring(0, cut + 1), size) <= width) {
                        cut++;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w = fonts.width(face, word, size);
                }
                line.append(word);
                lineWidth = w;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String fit(String text, Face face, float size, float width) {
        if (fonts.width(face, text, size) <= width) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && fonts.width(face, s + "\u2026", size) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }

    private static List<String> limit(List<String> lines, int max) {
        return lines.size() <= max ? lines : lines.subList(0, max);
    }

    private static float heightOf(List<Line> lines) {
        float h = 0;
        for (Line line : lines) {
            h += line.leading();
        }
        return h;
    }

    /** The baseline of a line whose box starts at {@code cursor}: the glyphs centred in the line's leading. */
    private static float baseline(float cursor, Line line) {
        return cursor - (line.leading() - 1.117f * line.size()) / 2f - 0.905f * line.size();
    }

    // ---- pages -------------------------------------------------------------------------------------------------

    private void ensure(float height) {
        if (y - height < bodyBottom && y < bodyTop - 1f) {
            newPage();
        }
    }

    private void newPage() {
        if (!page.isEmpty() || !pages.isEmpty()) {
            pages.add(page);
        }
        page = new ArrayList<>();
        y = bodyTop;
    }
}
