package org.siproc.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.profile.ProfileDraft.Located;
import org.siproc.core.rules.Condition;
import org.siproc.core.rules.FormRule;
import org.siproc.core.rules.ReferralRule;
import org.siproc.core.rules.TriageRule;

/** The semantic checks of a profile, on a draft built in code: no file format is involved. */
class ProfileValidatorTest {
    static final CountryCode XX = CountryCode.of("XX");
    static final CountryCode MX = CountryCode.of("MX");

    @Test
    void soundDraftHasNoProblemAndBuildsTheProfile() {
        ProfileDraft draft = draft(List.of(), List.of(), List.of(), List.of());
        assertThat(ProfileValidator.check(draft)).isEmpty();
        CountryProfile profile = draft.toProfile();
        assertThat(profile.territory().municipalityCount()).isEqualTo(2);
        assertThat(profile.flagLabel(VulnerabilityFlag.CHILD).in(java.util.Locale.ENGLISH)).isEqualTo("child");
        assertThat(profile.circumstance("FAMILY_WITHOUT_MEANS")).isPresent();
    }

    @Test
    void everyCrossReferenceProblemIsListedWithItsPlace() {
        ProfileDraft draft = draft(
                List.of(at(new Office(OfficeCode.of("HQONE"), "Sede", OfficeKind.HQ_UNIT, "Ciudad", MX,
                        ZoneId.of("America/Mexico_City")), "offices.yaml", "offices[1]")),
                List.of(at(new ProfileDraft.DepartmentEntry("02", "Dos", List.of(
                        at(new Territory.Municipality("0301", "Perdida"), "territory.yaml", "departments[1].municipalities[0]"))),
                        "territory.yaml", "departments[1]")),
                List.of(at(new ReferralRule("REF_X", "NOBODY", new Condition.All(List.of(
                        new Condition.CaseTypeIn(Set.of("DECEASED")),
                        new Condition.Not(new Condition.HasCircumstance("RICH")))), "razón"), "rules.yaml", "referrals[0]")),
                List.of(at(new FormRule("FORM_X", "NO_SUCH_FORM", new Condition.Always()), "rules.yaml", "forms[0]")));

        assertThat(ProfileValidator.check(draft)).extracting(ProfileProblem::toString).containsExactly(
                "offices.yaml offices[1].country: a headquarters unit is in XX, not in MX",
                "territory.yaml departments[1].municipalities[0].code: municipality 0301 belongs to department 03,"
                        + " which does not exist (it is listed under department 02)",
                "rules.yaml referrals[0].institution: no institution NOBODY among the profile's institutions",
                "rules.yaml referrals[0].when.all[0].caseType: unknown case type DECEASED (not defined in the catalogue,"
                        + " or its entry there has problems)",
                "rules.yaml referrals[0].when.all[1].not.circumstance: unknown circumstance RICH (not defined in the"
                        + " catalogue, or its entry there has problems)",
                "rules.yaml forms[0].form: no form NO_SUCH_FORM in the catalogue's forms");
    }

    @Test
    void missingPersonsTypeThatClosesByItselfIsRefused() {
        CaseTypeDefinition missing = new CaseTypeDefinition("MISSING", LocalizedText.of("Desaparecido", "Missing"),
                List.of(new CaseSubtypeDefinition("SEARCH", LocalizedText.of("Búsqueda", "Search"))), true, Period.ofYears(50));
        ProfileDraft sound = draft(List.of(), List.of(), List.of(), List.of());
        ProfileDraft draft = new ProfileDraft(sound.settings(), sound.offices(), sound.territory(),
                new ProfileDraft.Catalogue(List.of(at(missing, "catalogue.yaml", "caseTypes[0]")), sound.catalogue().flags(),
                        sound.catalogue().circumstances(), sound.catalogue().forms()),
                sound.institutions(), sound.documents(), sound.rules());

        assertThat(ProfileValidator.check(draft)).extracting(ProfileProblem::path)
                .containsExactly("caseTypes[0].closedAutomatically");
    }

    /** A small sound draft, plus the given extra items. */
    static ProfileDraft draft(List<Located<Office>> extraOffices, List<Located<ProfileDraft.DepartmentEntry>> extraDepartments,
                              List<Located<ReferralRule>> referrals, List<Located<FormRule>> formRules) {
        ProfileDraft.Settings settings = new ProfileDraft.Settings("profile.yaml", XX, "Test", List.of("es", "en"), 5,
                FollowUpPeriods.standard(), Priority.NORMAL);
        List<Located<Office>> offices = new ArrayList<>();
        offices.add(at(new Office(OfficeCode.of("MXTAP"), "Consulado", OfficeKind.CONSULATE, "Tapachula", "Chiapas", MX,
                ZoneId.of("America/Mexico_City")), "offices.yaml", "offices[0]"));
        offices.addAll(extraOffices);
        List<Located<ProfileDraft.DepartmentEntry>> departments = new ArrayList<>();
        departments.add(at(new ProfileDraft.DepartmentEntry("01", "Uno", List.of(
                at(new Territory.Municipality("0101", "Uno-uno"), "territory.yaml", "departments[0].municipalities[0]"),
                at(new Territory.Municipality("0102", "Uno-dos"), "territory.yaml", "departments[0].municipalities[1]"))),
                "territory.yaml", "departments[0]"));
        departments.addAll(extraDepartments);
        List<Located<ProfileDraft.FlagLabel>> flags = new ArrayList<>();
        for (VulnerabilityFlag f : VulnerabilityFlag.values()) {
            String words = f.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            flags.add(at(new ProfileDraft.FlagLabel(f, LocalizedText.of(words, words)), "catalogue.yaml",
                    "flags[" + f.ordinal() + "]"));
        }
        ProfileDraft.Catalogue catalogue = new ProfileDraft.Catalogue(
                List.of(at(new CaseTypeDefinition("MIGRATORY", LocalizedText.of("Migratorio", "Migration"),
                        List.of(new CaseSubtypeDefinition("DEPORTATION", LocalizedText.of("Deportación", "Deportation"))),
                        true, Period.ofYears(10)), "catalogue.yaml", "caseTypes[0]")),
                flags,
                List.of(at(new CircumstanceDefinition("FAMILY_WITHOUT_MEANS", LocalizedText.of("Sin medios", "No means")),
                        "catalogue.yaml", "circumstances[0]")),
                List.of(at(new FormDefinition("INTAKE_SHEET", LocalizedText.of("Ficha", "Intake sheet")), "catalogue.yaml",
                        "forms[0]")));
        List<Located<Institution>> institutions = List.of(at(new Institution("DIF", "Procuraduría", MX, "CHILD_PROTECTION",
                false, null), "institutions.yaml", "institutions[0]"));
        List<Located<TriageRule>> triage = List.of(at(new TriageRule("HIGH_CHILD", Priority.HIGH,
                new Condition.HasFlag(VulnerabilityFlag.CHILD), "niño"), "rules.yaml", "triage[0]"));
        return new ProfileDraft(settings, offices, new ProfileDraft.TerritoryDraft("territory.yaml", XX, departments),
                catalogue, institutions, List.of(), new ProfileDraft.Rules(triage, referrals, formRules));
    }

    static <T> Located<T> at(T value, String file, String path) {
        return new Located<>(value, file, path);
    }
}
