package org.siproc.profiles.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.profile.ProfileProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.siproc.core.domain.shared.EditDistance;

/**
 * A node of a profile file with its file, path ({@code referrals[3].when.all[0]}) and line. Reading it as a
 * mapping, a list or a text reports what does not fit to {@link Problems} and gives null (or an empty list), so
 * the reader goes on and finds the next problem too.
 *
 * <p>Only SnakeYAML's composer is used: it builds a tree of nodes and never instantiates classes named in the
 * file, so a profile cannot run code.
 */
final class Item {
    private final Node node;
    private final String file;
    private final String path;
    private final Problems problems;

    private Item(Node node, String file, String path, Problems problems) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.problems = problems;
        problems.seen(this);
    }

    /** Parses a YAML document; null (with the problem reported) when it is not well-formed or empty. */
    static @Nullable Item parse(String file, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by fields(), with every other problem
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new ProfileProblem(file, "", mark == null ? 0 : mark.getLine() + 1,
                    "not well-formed YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problems.add(ProfileProblem.at(file, "", "not readable YAML: " + e.getMessage()));
            return null;
        }
        if (root == null) {
            problems.add(ProfileProblem.at(file, "", "the file is empty"));
            return null;
        }
        return new Item(root, file, "", problems);
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    Problems problems() {
        return problems;
    }

    void problem(String message) {
        problems.add(this, message);
    }

    boolean isScalar() {
        return node instanceof ScalarNode && !Tag.NULL.equals(node.getTag());
    }

    boolean isNull() {
        return Tag.NULL.equals(node.getTag());
    }

    /** The node as a mapping whose keys must be among {@code allowed}; null when it is not a mapping. */
    @Nullable Fields fields(String... allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem("expected a mapping with the keys " + Arrays.toString(allowed) + ", found " + kind());
            return null;
        }
        Set<String> known = Set.of(allowed);
        Map<String, Item> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            Item value = new Item(tuple.getValueNode(), file, child(key == null ? "?" : key), problems);
            if (key == null) {
                value.problem("a key must be a plain name");
            } else if (entries.containsKey(key)) {
                value.problem("the key '" + key + "' is given twice");
            } else if (!known.contains(key)) {
                value.problem("unknown key '" + key + "'" + closest(key, known) + "; expected one of "
                        + Arrays.toString(allowed));
            } else {
                entries.put(key, value);
            }
        }
        return new Fields(this, entries, mapping.getValue().size());
    }

    /** The node as a list; empty (with a problem) when it is not one. */
    List<Item> elements() {
        if (!(node instanceof SequenceNode sequence)) {
            problem("expected a list, found " + kind());
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            items.add(new Item(sequence.getValue().get(i), file, path + "[" + i + "]", problems));
        }
        return items;
    }

    /** A single value or a list of values, as texts; empty (with a problem) when neither. */
    List<String> texts() {
        if (node instanceof SequenceNode) {
            List<String> values = new ArrayList<>();
            for (Item element : elements()) {
                String text = element.text();
                if (text != null) {
                    values.add(text);
                }
            }
            if (values.isEmpty()) {
                problem("expected at least one value");
            }
            return values;
        }
        String text = text();
        return text == null ? List.of() : List.of(text);
    }

    /** The node as a non-blank text; null (with a problem) when it is not one. */
    @Nullable String text() {
        if (!isScalar()) {
            problem(isNull() ? "a value is required" : "expected a single value, found " + kind());
            return null;
        }
        String value = ((ScalarNode) node).getValue().strip();
        if (value.isEmpty()) {
            problem("a value is required");
            return null;
        }
        return value;
    }

    /** Converts the text with {@code parser}; null (with "not a valid {@code what}") when it fails. */
    <T> @Nullable T as(String what, Function<String, T> parser) {
        String text = text();
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            problem("'" + text + "' is not a valid " + what + reason(e));
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E as(Class<E> type, String what) {
        String text = text();
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            problem("unknown " + what + " '" + text + "'" + closest(text.toUpperCase(Locale.ROOT), names)
                    + "; expected one of " + names);
            return null;
        }
    }

    @Nullable Integer integer() {
        String text = text();
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem("'" + text + "' is not a whole number");
            return null;
        }
    }

    @Nullable Boolean bool() {
        String text = text();
        if (text == null) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        problem("expected true or false, not '" + text + "'");
        return null;
    }

    /** A label per language: {@code {es: "...", en: "..."}}. */
    @Nullable LocalizedText label() {
        if (!(node instanceof MappingNode mapping)) {
            problem("expected texts per language, such as {es: \"...\", en: \"...\"}, found " + kind());
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            Item value = new Item(tuple.getValueNode(), file, child(language), problems);
            String text = value.text();
            if (!language.matches("[a-z]{2,3}")) {
                value.problem("'" + language + "' is not a language code such as es or en");
            } else if (texts.containsKey(language)) {
                value.problem("the language '" + language + "' is given twice");
            } else if (text != null) {
                texts.put(language, text);
            }
        }
        if (texts.isEmpty()) {
            problem("at least one language is required");
            return null;
        }
        return new LocalizedText(texts);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String kind() {
        if (node instanceof MappingNode) {
            return "a mapping";
        } else if (node instanceof SequenceNode) {
            return "a list";
        } else if (isNull()) {
            return "nothing";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** The reason a value object refused a value, as ": what is wrong" (empty when it gives none). */
    static String reason(RuntimeException e) {
        String message;
        if (e instanceof SiprocException s && s.errorCode() == ErrorCode.INVALID_VALUE && s.arguments().length == 2) {
            message = String.valueOf(s.arguments()[1]); // (field, problem): the field is already in the path
        } else if (e instanceof SiprocException s) {
            message = s.localizedMessage(Locale.ENGLISH).replaceFirst("^SIPROC-\\d{4}: ", "");
        } else if (e instanceof PatternSyntaxException p) {
            message = p.getDescription() + " near position " + p.getIndex();
        } else {
            message = e.getMessage();
        }
        if (message == null || message.isBlank()) {
            return "";
        }
        return ": " + message.replaceFirst("\\.$", "");
    }

    /** "; did you mean X?" for a near miss among {@code names}. */
    static String closest(String value, Set<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String name : names) {
            int d = EditDistance.between(value, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }


    /** A mapping being read: its entries by key, and what to do when one is missing. */
    static final class Fields {
        private final Item owner;
        private final Map<String, Item> entries;
        private final int given;

        private Fields(Item owner, Map<String, Item> entries, int given) {
            this.owner = owner;
            this.entries = entries;
            this.given = given;
        }

        /** Whether the mapping had keys that were refused (unknown or repeated), already reported. */
        boolean hadRefusedKeys() {
            return given > entries.size();
        }

        Item owner() {
            return owner;
        }

        /** The entry, or null when absent (or given as nothing, {@code key: ~}). */
        @Nullable Item optional(String key) {
            Item item = entries.get(key);
            return item == null || item.isNull() ? null : item;
        }

        /** The entry, or null with "missing key" reported on the mapping. */
        @Nullable Item required(String key) {
            Item item = optional(key);
            if (item == null) {
                owner.problem("the key '" + key + "' is required");
            }
            return item;
        }

        @Nullable String text(String key) {
            Item item = required(key);
            return item == null ? null : item.text();
        }

        @Nullable String optionalText(String key) {
            Item item = optional(key);
            return item == null ? null : item.text();
        }

        List<Item> list(String key) {
            Item item = required(key);
            return item == null ? List.of() : item.elements();
        }

        /** The list, or empty when the key is absent. */
        List<Item> optionalList(String key) {
            Item item = optional(key);
            return item == null ? List.of() : item.elements();
        }

        <T> @Nullable T as(String key, String what, Function<String, T> parser) {
            Item item = required(key);
            return item == null ? null : item.as(what, parser);
        }

        <E extends Enum<E>> @Nullable E as(String key, Class<E> type, String what) {
            Item item = required(key);
            return item == null ? null : item.as(type, what);
        }

        @Nullable Integer integer(String key) {
            Item item = required(key);
            return item == null ? null : item.integer();
        }

        @Nullable Boolean bool(String key) {
            Item item = required(key);
            return item == null ? null : item.bool();
        }

        @Nullable LocalizedText label(String key) {
            Item item = required(key);
            return item == null ? null : item.label();
        }
    }
}
