package org.siproc.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.FormDefinition;
import org.siproc.core.rules.RuleEvaluation;
import org.siproc.forms.FormDescription;
import org.siproc.forms.PdfFormRenderer;
import org.springframework.stereotype.Component;

/**
 * The forms a case page (and {@code GET /api/v1/cases/{n}/forms}) offers for one case: first those the profile's
 * form rules require for this case ({@link CaseView#requiredForms()}, evaluated by the core), each with the rule
 * that requires it; then the profile's forms that no form rule governs ({@code RuleSet.governsForm}), which are
 * available for every case (the closing report). Forms printed once per referral are offered beside each referral,
 * not here. A required form the renderer has no template for is listed without a download.
 */
@Component
public class CaseForms {

    /**
     * A form offered for a case.
     *
     * @param form      the profile's code, the one to ask the renderer for
     * @param title     the profile's title in the asked language
     * @param ruleId    the form rule that requires it for this case; null for a form available for every case
     * @param printable whether this application can print it (has a template for it)
     */
    public record OfferedForm(String form, String title, @Nullable String ruleId, boolean printable) {
        public boolean required() {
            return ruleId != null;
        }
    }

    private final CountryProfile profile;
    private final PdfFormRenderer renderer;
    /** The profile's forms outside the rules that the renderer prints once per case: the same for every case. */
    private final List<FormDefinition> everyCase;

    CaseForms(CountryProfile profile, PdfFormRenderer renderer) {
        this.profile = profile;
        this.renderer = renderer;
        this.everyCase = profile.forms().stream()
                .filter(f -> !profile.rules().governsForm(f.code()))
                .filter(f -> renderer.form(f.code()).filter(d -> !d.perReferral()).isPresent())
                .toList();
    }

    public List<OfferedForm> offer(CaseView c, Locale locale) {
        List<OfferedForm> offered = new ArrayList<>();
        for (RuleEvaluation.RequiredForm required : c.requiredForms()) {
            Optional<FormDescription> printable = renderer.form(required.form());
            if (printable.isPresent() && printable.get().perReferral()) {
                continue;
            }
            offered.add(new OfferedForm(required.form(), title(required.form(), printable, locale), required.ruleId(),
                    printable.isPresent()));
        }
        for (FormDefinition f : everyCase) {
            offered.add(new OfferedForm(f.code(), f.title().in(locale), null, true));
        }
        return offered;
    }

    private String title(String code, Optional<FormDescription> printable, Locale locale) {
        return profile.forms().stream().filter(f -> f.code().equalsIgnoreCase(code)).findFirst()
                .map(f -> f.title().in(locale))
                .or(() -> printable.map(d -> d.title().in(locale)))
                .orElse(code);
    }
}
