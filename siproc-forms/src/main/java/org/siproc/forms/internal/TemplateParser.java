package org.siproc.forms.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.siproc.forms.FormTemplateException;
import org.siproc.forms.Paper;
import org.siproc.forms.internal.Template.Align;
import org.siproc.forms.internal.Template.Block;
import org.siproc.forms.internal.Template.Column;
import org.siproc.forms.internal.Template.Common;
import org.siproc.forms.internal.Template.Content;
import org.siproc.forms.internal.Template.FieldContent;
import org.siproc.forms.internal.Template.GridCell;
import org.siproc.forms.internal.Template.HeaderLine;
import org.siproc.forms.internal.Template.SignatureBox;
import org.siproc.forms.internal.Template.Style;
import org.siproc.forms.internal.Template.TextContent;
import tools.jackson.databind.JsonNode;

/**
 * Turns a template's YAML tree (already merged with its {@code common.yaml}) into a checked {@link Template}. Every
 * key, block type, field, row source and value is checked; the first problem is refused with a
 * {@link FormTemplateException} naming the file, the path in it ({@code blocks[2].fields[0].value}) and what is
 * wrong, with a "did you mean" hint for misspelt names.
 */
final class TemplateParser {

    static final Set<String> COMMON_KEYS = Set.of("paper", "header", "marking", "footer", "vocabulary");
    private static final Set<String> FORM_KEYS = Set.of("form", "aliases", "title", "per", "paper", "header", "marking",
            "footer", "vocabulary", "blocks");
    private static final Set<String> BLOCK_TYPES = Set.of("title", "grid", "text", "table", "signatures", "space");
    private static final Set<String> COMMON_BLOCK_KEYS = Set.of("type", "heading", "when", "unless");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final String source;
    private final Map<String, String> keySources;

    /**
     * @param source     the form's file, for messages
     * @param keySources the file each top-level key came from when it is not the form's own (common.yaml)
     */
    TemplateParser(String source, Map<String, String> keySources) {
        this.source = source;
        this.keySources = Map.copyOf(keySources);
    }

    Template parse(String code, JsonNode root) {
        object(root, "");
        keys(root, "", FORM_KEYS);
        String declared = string(required(root, "form", ""), "form");
        if (!declared.equals(code)) {
            throw fail("form", "the template is for form '" + declared + "' but its file is named for '" + code + "'");
        }
        if (!CODE.matcher(code).matches()) {
            throw fail("form", "a form code is upper-case letters, digits and '_' (such as INTAKE_SHEET)");
        }
        TemplateText title = text(required(root, "title", ""), "title", null);
        Paper paper = paper(required(root, "paper", ""), "paper");
        boolean perReferral = false;
        if (root.has("per")) {
            String per = string(root.get("per"), "per");
            perReferral = switch (per) {
                case "case" -> false;
                case "referral" -> true;
                default -> throw fail("per", "expected 'case' or 'referral', not '" + per + "'");
            };
        }
        List<HeaderLine> header = header(root.get("header"));
        TemplateText marking = text(required(root, "marking", ""), "marking", null);
        TemplateText footer = root.hasNonNull("footer") ? text(root.get("footer"), "footer", null) : null;
        Template.Vocabulary vocabulary = vocabulary(root.get("vocabulary"));
        JsonNode blocksNode = required(root, "blocks", "");
        if (!blocksNode.isArray() || blocksNode.isEmpty()) {
            throw fail("blocks", "a list of at least one block is expected");
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < blocksNode.size(); i++) {
            blocks.add(block(blocksNode.get(i), "blocks[" + i + "]"));
        }
        List<String> aliases = new ArrayList<>();
        JsonNode aliasNode = root.get("aliases");
        if (aliasNode != null && !aliasNode.isNull()) {
            if (!aliasNode.isArray()) {
                throw fail("aliases", "a list of form codes such as [INFORMED_CONSENT] is expected");
            }
            for (int i = 0; i < aliasNode.size(); i++) {
                String alias = string(aliasNode.get(i), "aliases[" + i + "]");
                if (!CODE.matcher(alias).matches()) {
                    throw fail("aliases[" + i + "]", "a form code is upper-case letters, digits and '_'");
                }
                aliases.add(alias);
            }
        }
        return new Template(code, source, title, paper, perReferral, header, marking, footer, blocks, vocabulary,
                aliases);
    }

    // ---- parts -------------------------------------------------------------------------------------------------

    private List<HeaderLine> header(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail("header", "a list of lines such as '- {text: \"{office.name}\", bold: true}' is expected");
        }
        List<HeaderLine> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "header[" + i + "]";
            JsonNode line = node.get(i);
            object(line, path);
            keys(line, path, Set.of("text", "bold"));
            lines.add(new HeaderLine(text(required(line, "text", path), path + ".text", null),
                    bool(line.get("bold"), path + ".bold", false)));
        }
        if (lines.size() > 6) {
            throw fail("header", "at most 6 header lines fit beside the QR code");
        }
        return lines;
    }

    private Template.Vocabulary vocabulary(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return new Template.Vocabulary(Map.of());
        }
        object(node, "vocabulary");
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String path = "vocabulary." + e.getKey();
            Map<String, String> byLanguage = new LinkedHashMap<>();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                for (Map.Entry<String, JsonNode> lang : value.properties()) {
                    language(lang.getKey(), path);
                    byLanguage.put(lang.getKey(), string(lang.getValue(), path + "." + lang.getKey()));
                }
                if (byLanguage.isEmpty()) {
                    throw fail(path, "at least one language is expected");
                }
            } else {
                byLanguage.put("", string(value, path));
            }
            entries.put(e.getKey(), Collections.unmodifiableMap(byLanguage));
        }
        return new Template.Vocabulary(entries);
    }

    private Block block(JsonNode node, String path) {
        object(node, path);
        String type = string(required(node, "type", path), path + ".type");
        if (!BLOCK_TYPES.contains(type)) {
            throw unknown(path + ".type", "block type", type, BLOCK_TYPES);
        }
        Common common = new Common(
                node.hasNonNull("heading") ? text(node.get("heading"), path + ".heading", null) : null,
                node.hasNonNull("when") ? topField(string(node.get("when"), path + ".when"), path + ".when") : null,
                node.hasNonNull("unless") ? topField(string(node.get("unless"), path + ".unless"), path + ".unless")
                        : null);
        return switch (type) {
            case "title" -> {
                keys(node, path, blockKeys("text", "subtitle"));
                TemplateText text = node.hasNonNull("text") ? text(node.get("text"), path + ".text", null)
                        : new TemplateText(Map.of("", List.of(new TemplateText.Placeholder("form.title"))));
                TemplateText subtitle = node.hasNonNull("subtitle") ? text(node.get("subtitle"), path + ".subtitle", null)
                        : null;
                yield new Template.TitleBlock(common, text, subtitle);
            }
            case "grid" -> {
                keys(node, path, blockKeys("columns", "fields"));
                int columns = node.has("columns") ? integer(node.get("columns"), path + ".columns", 1, 4) : 2;
                JsonNode fields = required(node, "fields", path);
                if (!fields.isArray() || fields.isEmpty()) {
                    throw fail(path + ".fields", "a list of at least one field is expected");
                }
                List<GridCell> cells = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    String p = path + ".fields[" + i + "]";
                    JsonNode f = fields.get(i);
                    object(f, p);
                    keys(f, p, Set.of("label", "value", "text", "span"));
                    int span = f.has("span") ? integer(f.get("span"), p + ".span", 1, columns) : 1;
                    cells.add(new GridCell(text(required(f, "label", p), p + ".label", null), content(f, p, null), span));
                }
                yield new Template.GridBlock(common, columns, cells);
            }
            case "text" -> {
                keys(node, path, blockKeys("value", "text", "align", "style", "blankLines"));
                Align align = node.has("align") ? choice(node.get("align"), path + ".align", Align.class) : Align.LEFT;
                Style style = node.has("style") ? choice(node.get("style"), path + ".style", Style.class) : Style.NORMAL;
                int blank = node.has("blankLines") ? integer(node.get("blankLines"), path + ".blankLines", 0, 40) : 0;
                boolean writingArea = blank > 0 && !node.hasNonNull("value") && !node.hasNonNull("text");
                yield new Template.TextBlock(common, writingArea ? null : content(node, path, null), align, style,
                        blank);
            }
            case "table" -> {
                keys(node, path, blockKeys("rows", "columns", "empty"));
                String rowsName = string(required(node, "rows", path), path + ".rows");
                Fields.RowSource rows = Fields.rows(rowsName);
                if (rows == null) {
                    throw unknown(path + ".rows", "row source", rowsName, Fields.allRows().keySet());
                }
                JsonNode columnsNode = required(node, "columns", path);
                if (!columnsNode.isArray() || columnsNode.isEmpty() || columnsNode.size() > 8) {
                    throw fail(path + ".columns", "a list of 1 to 8 columns is expected");
                }
                List<Column> columns = new ArrayList<>();
                for (int i = 0; i < columnsNode.size(); i++) {
                    String p = path + ".columns[" + i + "]";
                    JsonNode col = columnsNode.get(i);
                    object(col, p);
                    keys(col, p, Set.of("label", "value", "text", "width", "format"));
                    float width = col.has("width") ? number(col.get("width"), p + ".width", 0.1f, 100f) : 1f;
                    boolean checkbox = false;
                    if (col.has("format")) {
                        String format = string(col.get("format"), p + ".format");
                        checkbox = switch (format) {
                            case "text" -> false;
                            case "checkbox" -> true;
                            default -> throw fail(p + ".format", "expected 'text' or 'checkbox', not '" + format + "'");
                        };
                    }
                    columns.add(new Column(text(required(col, "label", p), p + ".label", rows.scope()),
                            content(col, p, rows.scope()), width, checkbox));
                }
                TemplateText empty = node.hasNonNull("empty") ? text(node.get("empty"), path + ".empty", null) : null;
                yield new Template.TableBlock(common, rowsName, columns, empty);
            }
            case "signatures" -> {
                keys(node, path, blockKeys("boxes"));
                JsonNode boxesNode = required(node, "boxes", path);
                if (!boxesNode.isArray() || boxesNode.isEmpty() || boxesNode.size() > 6) {
                    throw fail(path + ".boxes", "a list of 1 to 6 boxes is expected");
                }
                List<SignatureBox> boxes = new ArrayList<>();
                for (int i = 0; i < boxesNode.size(); i++) {
                    String p = path + ".boxes[" + i + "]";
                    JsonNode box = boxesNode.get(i);
                    object(box, p);
                    keys(box, p, Set.of("label", "caption", "kind"));
                    boolean thumbprint = false;
                    if (box.has("kind")) {
                        String kind = string(box.get("kind"), p + ".kind");
                        thumbprint = switch (kind) {
                            case "signature" -> false;
                            case "thumbprint" -> true;
                            default -> throw fail(p + ".kind", "expected 'signature' or 'thumbprint', not '" + kind + "'");
                        };
                    }
                    boxes.add(new SignatureBox(text(required(box, "label", p), p + ".label", null),
                            box.hasNonNull("caption") ? text(box.get("caption"), p + ".caption", null) : null, thumbprint));
                }
                yield new Template.SignatureBlock(common, boxes);
            }
            default -> {
                keys(node, path, blockKeys("height"));
                yield new Template.SpaceBlock(common, number(required(node, "height", path), path + ".height", 0, 400));
            }
        };
    }

    /** Exactly one of {@code value} (a field) or {@code text} (words with placeholders). */
    private Content content(JsonNode node, String path, @Nullable Scope rowScope) {
        boolean hasValue = node.hasNonNull("value");
        boolean hasText = node.hasNonNull("text");
        if (hasValue == hasText) {
            throw fail(path, "give either 'value' (a field such as case.number) or 'text' (words with {field} "
                    + "placeholders), not " + (hasValue ? "both" : "neither")
                    + (path.contains("fields") || path.contains("columns") ? "" : " (or only 'blankLines')"));
        }
        if (hasValue) {
            String field = string(node.get("value"), path + ".value");
            return new FieldContent(field(field, path + ".value", rowScope));
        }
        return new TextContent(text(node.get("text"), path + ".text", rowScope));
    }

    private TemplateText text(JsonNode node, String path, @Nullable Scope rowScope) {
        Map<String, List<TemplateText.Part>> byLanguage = new LinkedHashMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                language(e.getKey(), path);
                byLanguage.put(e.getKey(), parts(string(e.getValue(), path + "." + e.getKey()), path + "." + e.getKey(),
                        rowScope));
            }
            if (byLanguage.isEmpty()) {
                throw fail(path, "at least one language is expected, such as {es: ..., en: ...}");
            }
        } else {
            byLanguage.put("", parts(string(node, path), path, rowScope));
        }
        return new TemplateText(byLanguage);
    }

    private List<TemplateText.Part> parts(String text, String path, @Nullable Scope rowScope) {
        List<TemplateText.Part> parts;
        try {
            parts = TemplateText.parse(text);
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
        for (TemplateText.Part part : parts) {
            if (part instanceof TemplateText.Placeholder p) {
                field(p.field(), path, rowScope);
            }
        }
        return parts;
    }

    private String topField(String name, String path) {
        return field(name, path, null);
    }

    /** Checks that the field exists and may be used here (item fields only in a table over such items). */
    private String field(String name, String path, @Nullable Scope rowScope) {
        Fields.Field field = Fields.field(name);
        if (field == null) {
            throw unknown(path, "field", name, Fields.all().keySet());
        }
        if (!field.scope().topLevel() && field.scope() != rowScope) {
            List<String> sources = Fields.allRows().values().stream().filter(r -> r.scope() == field.scope())
                    .map(Fields.RowSource::name).toList();
            throw fail(path, "field '" + name + "' is read from a table row: use it in a table over " + sources);
        }
        return name;
    }

    private Paper paper(JsonNode node, String path) {
        String value = string(node, path);
        try {
            return Paper.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(path, "expected A4 or LETTER, not '" + value + "'");
        }
    }

    private <E extends Enum<E>> E choice(JsonNode node, String path, Class<E> type) {
        String value = string(node, path);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw fail(path, "expected one of " + names + ", not '" + value + "'");
    }

    // ---- YAML shapes -------------------------------------------------------------------------------------------

    private void object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw fail(path, "a mapping of keys to values is expected");
        }
    }

    private void keys(JsonNode node, String path, Set<String> allowed) {
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                throw unknown(path.isEmpty() ? key : path + "." + key, "key", key, allowed);
            }
        }
    }

    private static Set<String> blockKeys(String... keys) {
        Set<String> all = new java.util.HashSet<>(COMMON_BLOCK_KEYS);
        all.addAll(List.of(keys));
        return all;
    }

    private JsonNode required(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw fail(path.isEmpty() ? key : path + "." + key, "is required");
        }
        return value;
    }

    private String string(JsonNode node, String path) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw fail(path, "a text is expected");
        }
        return node.asString();
    }

    private boolean bool(@Nullable JsonNode node, String path, boolean otherwise) {
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            throw fail(path, "true or false is expected");
        }
        return node.booleanValue();
    }

    private int integer(JsonNode node, String path, int min, int max) {
        if (!node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            throw fail(path, "a whole number from " + min + " to " + max + " is expected");
        }
        return node.asInt();
    }

    private float number(JsonNode node, String path, float min, float max) {
        if (!node.isNumber() || node.floatValue() < min || node.floatValue() > max) {
            throw fail(path, "a number from " + min + " to " + max + " is expected");
        }
        return node.floatValue();
    }

    private void language(String code, String path) {
        if (!LANGUAGE.matcher(code).matches()) {
            throw fail(path + "." + code, "a language code such as 'es' or 'en' is expected");
        }
    }

    private FormTemplateException unknown(String path, String what, String name, java.util.Collection<String> known) {
        String hint = Fields.closest(name, known);
        return fail(path, "unknown " + what + " '" + name + "'"
                + (hint != null ? " (did you mean '" + hint + "'?)" : "")
                + (known.size() <= 12 ? "; known: " + String.join(", ", new java.util.TreeSet<>(known)) : ""));
    }

    private FormTemplateException fail(String path, String problem) {
        int end = 0;
        while (end < path.length() && Character.isLetter(path.charAt(end))) {
            end++;
        }
        return new FormTemplateException(keySources.getOrDefault(path.substring(0, end), source), path, problem);
    }
}
