package org.siproc.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.siproc.forms.FormTemplateException;
import org.siproc.forms.TemplateSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every template of one renderer, read, merged and checked once when the renderer is built: the defaults shipped
 * in this module, overridden file by file by the country's sources (a later source wins), each form's file merged
 * over {@code common.yaml} (whose keys, and vocabulary words, a country overrides one by one). Immutable afterwards.
 */
public final class TemplateLibrary {

    /** Where the default templates are on the classpath. */
    public static final String DEFAULT_PREFIX = "org/siproc/forms/templates/";
    /** The forms shipped by default. */
    public static final List<String> DEFAULT_FORMS = List.of("INTAKE_SHEET", "CONSENT", "REFERRAL_LETTER",
            "FOSMIH_REQUEST", "VISIT_REPORT", "CLOSING_REPORT");
    static final String COMMON = "common";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Map<String, Template> templates;
    private final Map<String, Template> byAlias;

    private TemplateLibrary(Map<String, Template> templates) {
        this.templates = Collections.unmodifiableMap(templates);
        Map<String, Template> aliases = new HashMap<>();
        for (Template t : templates.values()) {
            for (String alias : t.aliases()) {
                if (!templates.containsKey(alias)) {
                    Template other = aliases.putIfAbsent(alias, t);
                    if (other != null) {
                        throw new FormTemplateException(t.source(), "aliases", "the alias " + alias
                                + " is already the alias of form " + other.code() + " (" + other.source() + ")");
                    }
                }
            }
        }
        this.byAlias = Collections.unmodifiableMap(aliases);
    }

    /**
     * Reads the defaults and the given sources, in order.
     *
     * @throws FormTemplateException at the first broken file
     */
    public static TemplateLibrary load(List<TemplateSource> sources) {
        List<TemplateSource> all = new ArrayList<>();
        all.add(TemplateSource.classpath(DEFAULT_PREFIX));
        all.addAll(sources);

        ObjectNode common = YAML.createObjectNode();
        Map<String, String> commonSources = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>(DEFAULT_FORMS);
        for (TemplateSource source : all) {
            Loaded loaded = read(source, COMMON);
            if (loaded != null) {
                for (String key : loaded.tree().propertyNames()) {
                    if (!TemplateParser.COMMON_KEYS.contains(key)) {
                        throw new FormTemplateException(loaded.name(), key, "unknown key '" + key
                                + "' in common.yaml; known: " + String.join(", ", new java.util.TreeSet<>(
                                TemplateParser.COMMON_KEYS)));
                    }
                    commonSources.put(key, loaded.name());
                }
                merge(common, (ObjectNode) loaded.tree());
            }
            codes.addAll(formsIn(source));
        }

        Map<String, Template> templates = new LinkedHashMap<>();
        for (String code : codes) {
            Loaded form = null;
            for (TemplateSource source : all) {
                Loaded candidate = read(source, code);
                if (candidate != null) {
                    form = candidate;
                }
            }
            if (form == null) {
                throw new FormTemplateException(all.get(all.size() - 1).describe(), "",
                        "no template " + code + ".yaml was found for form " + code);
            }
            ObjectNode merged = common.deepCopy();
            Map<String, String> keySources = new HashMap<>(commonSources);
            form.tree().propertyNames().forEach(keySources::remove);
            merge(merged, (ObjectNode) form.tree());
            templates.put(code, new TemplateParser(form.name(), keySources).parse(code, merged));
        }
        return new TemplateLibrary(templates);
    }

    /** The template of a form, by its code or an alias, or null when there is none. */
    public @Nullable Template get(String code) {
        Template t = templates.get(code);
        return t != null ? t : byAlias.get(code);
    }

    public Collection<Template> all() {
        return templates.values();
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    private record Loaded(String name, JsonNode tree) {
    }

    private static List<String> formsIn(TemplateSource source) {
        if (source instanceof TemplateSource.Classpath cp) {
            return cp.extraForms();
        }
        Path folder = ((TemplateSource.Directory) source).folder();
        if (!Files.isDirectory(folder)) {
            throw new FormTemplateException(folder.toString(), "", "the template folder does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).filter(n -> !n.equals(COMMON))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Loaded read(TemplateSource source, String name) {
        String file = name + ".yaml";
        if (source instanceof TemplateSource.Classpath cp) {
            String resource = cp.prefix() + file;
            InputStream in = open(resource);
            if (in == null) {
                return null;
            }
            return parse("classpath:" + resource, in);
        }
        Path path = ((TemplateSource.Directory) source).folder().resolve(file);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            return parse(path.toString(), Files.newInputStream(path));
        } catch (IOException e) {
            throw new FormTemplateException(path.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static @Nullable InputStream open(String resource) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(resource);
        return in != null ? in : TemplateLibrary.class.getClassLoader().getResourceAsStream(resource);
    }

    private static Loaded parse(String name, InputStream in) {
        try (in) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new FormTemplateException(name, "", "a YAML mapping (key: value lines) is expected");
            }
            return new Loaded(name, tree);
        } catch (JacksonException e) {
            var location = e.getLocation();
            String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new FormTemplateException(name, where, "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FormTemplateException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Copies {@code over}'s keys onto {@code base}; the vocabulary is merged word by word. */
    private static void merge(ObjectNode base, ObjectNode over) {
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            JsonNode existing = base.get(e.getKey());
            if (e.getKey().equals("vocabulary") && existing instanceof ObjectNode words && e.getValue().isObject()) {
                ObjectNode copy = words.deepCopy();
                e.getValue().properties().forEach(w -> copy.set(w.getKey(), w.getValue()));
                base.set(e.getKey(), copy);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }
}
