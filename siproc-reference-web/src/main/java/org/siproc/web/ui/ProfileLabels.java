package org.siproc.web.ui;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.profile.CaseTypeDefinition;
import org.siproc.core.profile.CircumstanceDefinition;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Institution;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.Territory;
import org.siproc.forms.FormDescription;
import org.siproc.forms.PdfFormRenderer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The country profile's labels in the user's language, for the templates ({@code ${@labels.caseType(code)}}):
 * offices, case types and subtypes, institutions, vulnerability flags, territory, and the forms the renderer prints.
 */
@Component("labels")
public class ProfileLabels {

    private final CountryProfile profile;
    private final PdfFormRenderer forms;

    ProfileLabels(CountryProfile profile, PdfFormRenderer forms) {
        this.profile = profile;
        this.forms = forms;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public List<Office> offices() {
        return profile.offices();
    }

    public String office(@Nullable Object code) {
        if (code == null) {
            return "";
        }
        return profile.office(OfficeCode.of(code.toString())).map(o -> o.name()).orElse(code.toString());
    }

    public String officeCity(@Nullable Object code) {
        if (code == null) {
            return "";
        }
        return profile.office(OfficeCode.of(code.toString())).map(Office::city).orElse(code.toString());
    }

    public List<CaseTypeDefinition> caseTypes() {
        return profile.caseTypes();
    }

    public String caseType(String code) {
        return profile.caseType(code).map(t -> t.label().in(locale())).orElse(code);
    }

    public String subtype(String type, String subtype) {
        return profile.caseType(type).flatMap(t -> t.subtype(subtype)).map(s -> s.label().in(locale())).orElse(subtype);
    }

    public String text(org.siproc.core.domain.shared.LocalizedText text) {
        return text.in(locale());
    }

    public List<Institution> institutions() {
        return profile.institutions();
    }

    public String institution(String code) {
        return profile.institution(code).map(Institution::name).orElse(code);
    }

    public List<Sex> sexes() {
        return List.of(Sex.values());
    }

    public List<ReporterKind> reporterKinds() {
        return List.of(ReporterKind.values());
    }

    public List<IntakeChannel> channels() {
        return List.of(IntakeChannel.values());
    }

    public List<ActionKind> actionKinds() {
        return List.of(ActionKind.values()).stream().filter(k -> k != ActionKind.CORRECTION).toList();
    }

    /** The statuses a referral in the inbox can have (suggested and dismissed ones never leave the case page). */
    public List<ReferralStatus> inboxStatuses() {
        return List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED,
                ReferralStatus.DECLINED, ReferralStatus.COMPLETED);
    }

    public List<ReferralResponse> responses() {
        return List.of(ReferralResponse.values());
    }

    public List<SharingBasis> legalBases() {
        return List.of(SharingBasis.VITAL_INTEREST, SharingBasis.PUBLIC_TASK, SharingBasis.LEGAL_OBLIGATION);
    }

    public List<VulnerabilityFlag> flags() {
        return List.of(VulnerabilityFlag.values());
    }

    public String flag(VulnerabilityFlag flag) {
        return profile.flagLabel(flag).in(locale());
    }

    /** The case circumstances of the profile, which the officer may tick at registration. */
    public List<CircumstanceDefinition> circumstances() {
        return profile.circumstances();
    }

    public String circumstance(String code) {
        return profile.circumstance(code).map(c -> c.label().in(locale())).orElse(code);
    }

    public List<Territory.Department> departments() {
        return profile.territory().departments();
    }

    public String department(@Nullable String code) {
        return code == null ? "" : profile.territory().department(code).map(Territory.Department::name).orElse(code);
    }

    public String municipality(@Nullable String code) {
        return code == null ? "" : profile.territory().municipality(code).map(Territory.Municipality::name).orElse(code);
    }

    /** The forms the renderer prints once per referral (the referral letter), offered beside each sent referral. */
    public List<FormDescription> referralForms() {
        return forms.forms().stream().filter(FormDescription::perReferral).toList();
    }

    public String form(FormDescription form) {
        return form.title().in(locale());
    }
}
