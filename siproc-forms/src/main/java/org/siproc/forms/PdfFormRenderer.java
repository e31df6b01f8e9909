package org.siproc.forms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.profile.UnknownCodeException;
import org.siproc.forms.internal.FieldResolver;
import org.siproc.forms.internal.FormContext;
import org.siproc.forms.internal.Layout;
import org.siproc.forms.internal.LayoutEngine;
import org.siproc.forms.internal.PdfWriter;
import org.siproc.forms.internal.Template;
import org.siproc.forms.internal.TemplateLibrary;
import org.siproc.forms.internal.TemplateText;

/**
 * Outgoing adapter: renders the case forms as PDF/A-2b with Apache PDFBox, implementing core's
 * {@link FormRenderer} port. Which form to print is the caller's (the profile's form rules say which a case needs);
 * what each form prints is its template's, read and checked once when the renderer is built.
 *
 * <pre>{@code
 * PdfFormRenderer forms = PdfFormRenderer.builder()
 *         .templates(TemplateSource.classpath("profiles/hn/forms/"))   // the country's own wording, optional
 *         .build();
 * SiprocCore core = SiprocCore.builder(profile)...formRenderer(forms).build();
 * }</pre>
 *
 * <p>Thread-safe: one renderer serves every thread. Templates and the font are parsed once; each render lays out
 * and writes its own document.
 */
public final class PdfFormRenderer implements FormRenderer {

    /** The media type of every rendered form. */
    public static final String MEDIA_TYPE = "application/pdf";

    private final TemplateLibrary templates;
    private final Clock clock;

    private PdfFormRenderer(TemplateLibrary templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** A renderer with the default templates and the system clock. */
    public static PdfFormRenderer withDefaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders a form.
     *
     * @throws UnknownCodeException  when there is no template for the form
     * @throws InvalidValueException when a per-referral form (the referral letter) is asked without a referral
     */
    @Override
    public RenderedForm render(FormRequest request) {
        Template template = template(request);
        FieldResolver resolver = new FieldResolver(new FormContext(request, template, clock.instant()));
        Layout layout = LayoutEngine.layout(template, resolver);
        byte[] pdf = PdfWriter.write(layout);
        return new RenderedForm(layout.metadata().form(), MEDIA_TYPE, pdf, layout.metadata().verificationHash());
    }

    /**
     * The canonical text the verification hash of this form is computed on (see {@code docs/forms.md}): lets an
     * auditor see exactly what a printed hash covers, and check it by hand with any SHA-256 tool.
     */
    public String canonicalContent(FormRequest request) {
        Template template = template(request);
        FieldResolver resolver = new FieldResolver(new FormContext(request, template, clock.instant()));
        LayoutEngine.layout(template, resolver);
        return resolver.canonical();
    }

    /** The forms this renderer can print, by their templates' own codes: defaults first, then a country's. */
    public List<FormDescription> forms() {
        List<FormDescription> result = new ArrayList<>();
        templates.all().forEach(t -> result.add(describe(t.code(), t)));
        return result;
    }

    /** The form of that code (a template's code or one of its aliases), if the renderer can print it. */
    public Optional<FormDescription> form(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        Template t = templates.get(normalised);
        return t == null ? Optional.empty() : Optional.of(describe(normalised, t));
    }

    private Template template(FormRequest request) {
        String code = request.form().strip().toUpperCase(Locale.ROOT);
        Template template = templates.get(code);
        if (template == null) {
            throw new UnknownCodeException("form", request.form(), request.profile().country().value());
        }
        if (template.perReferral() && request.referral() == null) {
            throw new InvalidValueException("referralId", "form " + code
                    + " is printed once per referral: give the id of the referral it is for");
        }
        return template;
    }

    private static FormDescription describe(String code, Template t) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        t.title().byLanguage().forEach((lang, parts) -> {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p instanceof TemplateText.Literal l ? l.text() : ""));
            titles.put(lang.isEmpty() ? "es" : lang, sb.toString());
        });
        return new FormDescription(code, new LocalizedText(titles), t.paper(), t.perReferral());
    }

    /** Configures a renderer: the country's template sources (in order, a later one wins) and the clock. */
    public static final class Builder {
        private final List<TemplateSource> sources = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Adds a source of templates that override the defaults (and earlier sources) file by file. */
        public Builder templates(TemplateSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** The clock of the issue date printed on forms; the system clock by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Reads and checks every template.
         *
         * @throws FormTemplateException at the first broken template
         */
        public PdfFormRenderer build() {
            return new PdfFormRenderer(TemplateLibrary.load(sources), clock);
        }
    }
}
