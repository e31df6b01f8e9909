package org.siproc.forms.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.forms.Paper;

/**
 * A parsed, checked form template: what one form prints, in which order, on which paper. Immutable and shared by
 * every render of the form; built by {@link TemplateParser} from a YAML file merged with its {@code common.yaml}.
 *
 * @param source      where it was read from, for messages
 * @param perReferral printed once per referral (the referral letter): the referral's shared-data level then limits
 *                    what the form may show
 * @param header      lines printed at the top of every page, left of the QR code
 * @param marking     the confidentiality marking printed on every page
 * @param footer      a line printed at the foot of every page, above the verification hash; null for none
 * @param vocabulary  words the renderer prints (page numbers, code labels), per language
 * @param aliases     other codes a profile may give the same form (the Honduras profile's {@code INFORMED_CONSENT}
 *                    for {@code CONSENT}); a template of its own for such a code wins over the alias
 */
public record Template(String code, String source, TemplateText title, Paper paper, boolean perReferral,
                       List<HeaderLine> header, TemplateText marking, @Nullable TemplateText footer,
                       List<Block> blocks, Vocabulary vocabulary, List<String> aliases) {

    public Template {
        Objects.requireNonNull(code, "code");
        header = List.copyOf(header);
        blocks = List.copyOf(blocks);
        aliases = List.copyOf(aliases);
    }

    /** A line of the page header. */
    public record HeaderLine(TemplateText text, boolean bold) {
    }

    /** Where a cell or a text takes its words from: one field, or a text with placeholders. */
    public sealed interface Content {
    }

    /** The value of one field, e.g. {@code case.narrative}. */
    public record FieldContent(String field) implements Content {
    }

    /** Words of the template with {@code {field}} placeholders. */
    public record TextContent(TemplateText text) implements Content {
    }

    /**
     * What every block may have: a heading bar above it, and a condition to print it at all ({@code when}: the
     * field has a value; {@code unless}: it has none).
     */
    public record Common(@Nullable TemplateText heading, @Nullable String when, @Nullable String unless) {
        public static final Common NONE = new Common(null, null, null);
    }

    /** Horizontal alignment of a text block. */
    public enum Align { LEFT, CENTER, RIGHT }

    /** Type size and weight of a text block. */
    public enum Style { NORMAL, BOLD, SMALL, LARGE }

    /** A layout block of the form body. */
    public sealed interface Block {
        Common common();
    }

    /** The form's title (by default {@code {form.title}}) and an optional subtitle, centred. */
    public record TitleBlock(Common common, TemplateText text, @Nullable TemplateText subtitle) implements Block {
    }

    /** Label/value cells on a grid of 1 to 4 columns; a cell may span several columns. */
    public record GridBlock(Common common, int columns, List<GridCell> cells) implements Block {
        public GridBlock {
            cells = List.copyOf(cells);
        }
    }

    /** One cell of a grid. */
    public record GridCell(TemplateText label, Content content, int span) {
    }

    /**
     * Free text that wraps and flows onto further pages. When the value is empty (or the block has no content, only
     * room to write), {@code blankLines} ruled lines are printed to be filled in by hand (0: a dash).
     */
    public record TextBlock(Common common, @Nullable Content content, Align align, Style style, int blankLines)
            implements Block {
    }

    /** A table with one row per item of a row source ({@code case.actions}, ...), its header repeated on each page. */
    public record TableBlock(Common common, String rows, List<Column> columns, @Nullable TemplateText empty)
            implements Block {
        public TableBlock {
            columns = List.copyOf(columns);
        }
    }

    /** A column of a table; {@code width} is relative to the other columns; a checkbox column draws a ticked box. */
    public record Column(TemplateText label, Content content, float width, boolean checkbox) {
    }

    /** Boxes to sign, stamp or press a thumb in, kept together on one page. */
    public record SignatureBlock(Common common, List<SignatureBox> boxes) implements Block {
        public SignatureBlock {
            boxes = List.copyOf(boxes);
        }
    }

    /** A box of a signature block; {@code caption} is printed under the label (e.g. the signer's name). */
    public record SignatureBox(TemplateText label, @Nullable TemplateText caption, boolean thumbprint) {
    }

    /** Vertical space, in points. */
    public record SpaceBlock(Common common, float height) implements Block {
    }

    /**
     * Words the renderer itself prints, per language: {@code page} ("Página {0} de {1}"), labels of coded values
     * ({@code sex.F}, {@code status.CLOSED}, ...). Entries may use {@code {0}}, {@code {1}} for arguments.
     */
    public record Vocabulary(Map<String, Map<String, String>> entries) {
        public Vocabulary {
            entries = Map.copyOf(entries);
        }

        /** The word in {@code language}, else in the first fallback that has it, else in any language; null if unknown. */
        public @Nullable String word(String key, String language, List<String> fallbacks) {
            Map<String, String> byLanguage = entries.get(key);
            if (byLanguage == null) {
                return null;
            }
            String word = byLanguage.get(language);
            for (int i = 0; word == null && i < fallbacks.size(); i++) {
                word = byLanguage.get(fallbacks.get(i));
            }
            return word != null ? word : byLanguage.values().iterator().next();
        }
    }
}
