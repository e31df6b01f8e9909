package org.siproc.forms;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a country's form templates are: a folder on disk or a classpath prefix (such as {@code profiles/hn/forms/}).
 * The folder holds {@code common.yaml} (paper, header, footer, words shared by every form) and one
 * {@code <FORM_CODE>.yaml} per form; each file found replaces the default one of the same name, keys of
 * {@code common.yaml} one by one. See {@code docs/forms.md}.
 */
public sealed interface TemplateSource {

    /** A human-readable name of the place, used in error messages. */
    String describe();

    /** Templates in a folder on disk; every {@code *.yaml} file in it is read. */
    static TemplateSource directory(Path folder) {
        return new Directory(folder);
    }

    /**
     * Templates on the classpath under {@code prefix} (e.g. {@code profiles/hn/forms/}). The classpath cannot be
     * listed, so a form that is not among the defaults must be named in {@code extraForms}.
     */
    static TemplateSource classpath(String prefix, String... extraForms) {
        return new Classpath(prefix, java.util.List.of(extraForms));
    }

    /** A folder on disk. */
    record Directory(Path folder) implements TemplateSource {
        public Directory {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public String describe() {
            return folder.toString();
        }
    }

    /** A classpath prefix, with the codes of forms it adds to the defaults. */
    record Classpath(String prefix, java.util.List<String> extraForms) implements TemplateSource {
        public Classpath {
            Objects.requireNonNull(prefix, "prefix");
            prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
            if (prefix.startsWith("/")) {
                prefix = prefix.substring(1);
            }
            extraForms = java.util.List.copyOf(extraForms);
        }

        @Override
        public String describe() {
            return "classpath:" + prefix;
        }
    }
}
