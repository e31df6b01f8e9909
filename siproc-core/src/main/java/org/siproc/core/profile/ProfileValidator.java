package org.siproc.core.profile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.profile.ProfileDraft.Located;
import org.siproc.core.rules.Condition;
import org.siproc.core.rules.FormRule;
import org.siproc.core.rules.ReferralRule;
import org.siproc.core.rules.TriageRule;
import org.siproc.core.domain.shared.EditDistance;

/**
 * Checks a {@link ProfileDraft} as a whole, whatever file format it was read from, and lists every problem at
 * once: duplicate codes, references to things the profile does not define (a rule naming an unknown institution,
 * case type, subtype, circumstance or form), a municipality in a department that does not exist, a consulate at
 * home or a headquarters unit abroad, labels missing a profile language, a missing-persons type that may close by
 * itself. What each item says about itself (a time zone, a country code, a code's shape) its value object or the
 * reader has already checked.
 */
public final class ProfileValidator {

    /** The case type whose cases are never closed automatically (SPEC §3). */
    static final String MISSING = "MISSING";

    private final ProfileDraft draft;
    private final List<ProfileProblem> problems = new ArrayList<>();
    private final List<String> languages;

    private ProfileValidator(ProfileDraft draft) {
        this.draft = draft;
        this.languages = draft.settings() == null ? List.of() : draft.settings().languages();
    }

    /** Every problem of the draft, in file order; empty when it is sound. Never null. */
    public static List<ProfileProblem> check(ProfileDraft draft) {
        ProfileValidator v = new ProfileValidator(draft);
        v.settings();
        v.offices();
        v.territory();
        v.catalogue();
        v.institutions();
        v.documents();
        v.rules();
        return List.copyOf(v.problems);
    }

    // ---- profile.yaml ----------------------------------------------------------------------------------------

    private void settings() {
        ProfileDraft.Settings s = draft.settings();
        if (s == null) {
            return;
        }
        if (s.languages().isEmpty()) {
            problems.add(ProfileProblem.at(s.file(), "languages", "at least one language is required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.languages().size(); i++) {
            String language = s.languages().get(i);
            if (!language.matches("[a-z]{2,3}")) {
                problems.add(ProfileProblem.at(s.file(), "languages[" + i + "]",
                        "'" + language + "' is not an ISO 639 language code such as es or en"));
            } else if (!seen.add(language)) {
                problems.add(ProfileProblem.at(s.file(), "languages[" + i + "]", "language " + language + " is listed twice"));
            }
        }
        if (s.disclosureThreshold() != null && s.disclosureThreshold() < 1) {
            problems.add(ProfileProblem.at(s.file(), "disclosureThreshold", "must be at least 1, not " + s.disclosureThreshold()));
        }
    }

    private @Nullable CountryCode country() {
        return draft.settings() == null ? null : draft.settings().country();
    }

    // ---- offices.yaml ----------------------------------------------------------------------------------------

    private void offices() {
        if (draft.offices().isEmpty()) {
            problems.add(ProfileProblem.at("offices.yaml", "offices", "at least one office is required"));
        }
        duplicates(draft.offices(), o -> o.code().value(), "office code", ".code");
        CountryCode home = country();
        if (home == null) {
            return;
        }
        for (Located<Office> o : draft.offices()) {
            boolean atHome = o.value().country().equals(home);
            if (o.value().kind() == OfficeKind.HQ_UNIT && !atHome) {
                problems.add(o.problem(".country",
                        "a headquarters unit is in " + home + ", not in " + o.value().country()));
            } else if (o.value().kind() != OfficeKind.HQ_UNIT && atHome) {
                problems.add(o.problem(".country", "a " + o.value().kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + " serves abroad; it cannot be in " + home + " (use kind HQ_UNIT)"));
            }
        }
    }

    // ---- territory.yaml --------------------------------------------------------------------------------------

    private void territory() {
        ProfileDraft.TerritoryDraft t = draft.territory();
        if (t == null) {
            return;
        }
        CountryCode home = country();
        if (home != null && !t.country().equals(home)) {
            problems.add(ProfileProblem.at(t.file(), "country",
                    "the territory is of " + t.country() + " but the profile is of " + home));
        }
        duplicates(t.departments(), ProfileDraft.DepartmentEntry::code, "department code", ".code");
        Set<String> departmentCodes = t.departments().stream().map(d -> d.value().code()).collect(Collectors.toSet());
        List<Located<Territory.Municipality>> all = new ArrayList<>();
        for (Located<ProfileDraft.DepartmentEntry> d : t.departments()) {
            String department = d.value().code();
            for (Located<Territory.Municipality> m : d.value().municipalities()) {
                all.add(m);
                String code = m.value().code();
                if (code.startsWith(department)) {
                    continue;
                }
                String owner = code.length() > department.length() ? code.substring(0, department.length()) : code;
                if (departmentCodes.contains(owner)) {
                    problems.add(m.problem(".code", "municipality " + code + " is listed under department " + department
                            + " but its code belongs to department " + owner));
                } else {
                    problems.add(m.problem(".code", "municipality " + code + " belongs to department " + owner
                            + ", which does not exist (it is listed under department " + department + ")"));
                }
            }
        }
        duplicates(all, Territory.Municipality::code, "municipality code", "");
    }

    // ---- catalogue.yaml --------------------------------------------------------------------------------------

    private void catalogue() {
        ProfileDraft.Catalogue c = draft.catalogue();
        duplicates(c.caseTypes(), CaseTypeDefinition::code, "case type", ".code");
        Map<String, String> subtypeOwner = new HashMap<>();
        for (Located<CaseTypeDefinition> t : c.caseTypes()) {
            CaseTypeDefinition type = t.value();
            labels(t, ".label", type.label());
            if (type.code().equals(MISSING) && type.closedAutomatically()) {
                problems.add(t.problem(".closedAutomatically",
                        "missing-person cases are never closed automatically: closedAutomatically must be false"));
            }
            if (type.retention().isNegative() || type.retention().isZero()) {
                problems.add(t.problem(".retention", "the retention period must be positive, not " + type.retention()));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < type.subtypes().size(); i++) {
                CaseSubtypeDefinition s = type.subtypes().get(i);
                String path = ".subtypes[" + i + "]";
                labels(t, path + ".label", s.label());
                if (!seen.add(s.code())) {
                    problems.add(t.problem(path + ".code", "duplicate subtype " + s.code() + " in case type " + type.code()));
                    continue;
                }
                String owner = subtypeOwner.putIfAbsent(s.code(), type.code());
                if (owner != null) {
                    problems.add(t.problem(path + ".code", "subtype " + s.code() + " is also a subtype of " + owner
                            + "; subtype codes must be unique in the catalogue because rules name them alone"));
                }
            }
        }
        duplicates(c.flags(), f -> f.flag().name(), "flag", ".flag");
        Set<VulnerabilityFlag> unlabelled = EnumSet.allOf(VulnerabilityFlag.class);
        for (Located<ProfileDraft.FlagLabel> f : c.flags()) {
            unlabelled.remove(f.value().flag());
            labels(f, ".label", f.value().label());
        }
        // Reported only when the catalogue was read at all (a file that could not be read is reported already).
        String catalogueFile = !c.flags().isEmpty() ? c.flags().get(0).file()
                : !c.caseTypes().isEmpty() ? c.caseTypes().get(0).file() : null;
        if (!unlabelled.isEmpty() && catalogueFile != null) {
            problems.add(ProfileProblem.at(catalogueFile, "flags", "no label for the flag(s) " + unlabelled));
        }
        duplicates(c.circumstances(), CircumstanceDefinition::code, "circumstance", ".code");
        c.circumstances().forEach(x -> labels(x, ".label", x.value().label()));
        duplicates(c.forms(), FormDefinition::code, "form", ".code");
        c.forms().forEach(x -> labels(x, ".title", x.value().title()));
    }

    /** Every label gives each language of the profile. */
    private void labels(Located<?> item, String subPath, LocalizedText label) {
        for (String language : languages) {
            if (!label.byLanguage().containsKey(language)) {
                problems.add(item.problem(subPath, "no '" + language + "' text; the profile's languages are " + languages));
            }
        }
    }

    // ---- institutions.yaml, documents.yaml -------------------------------------------------------------------

    private void institutions() {
        duplicates(draft.institutions(), Institution::code, "institution code", ".code");
    }

    private void documents() {
        duplicates(draft.documents(), DocumentType::code, "document type", ".code");
        draft.documents().forEach(d -> labels(d, ".label", d.value().label()));
    }

    // ---- rules.yaml ------------------------------------------------------------------------------------------

    private void rules() {
        ProfileDraft.Rules r = draft.rules();
        List<Located<String>> ids = new ArrayList<>();
        r.triage().forEach(x -> ids.add(new Located<>(x.value().id(), x.file(), x.path())));
        r.referrals().forEach(x -> ids.add(new Located<>(x.value().id(), x.file(), x.path())));
        r.forms().forEach(x -> ids.add(new Located<>(x.value().id(), x.file(), x.path())));
        duplicates(ids, Function.identity(), "rule id", ".id");

        Set<String> institutions = codes(draft.institutions(), Institution::code);
        Set<String> forms = codes(draft.catalogue().forms(), FormDefinition::code);
        for (Located<TriageRule> rule : r.triage()) {
            condition(rule, ".when", rule.value().when());
        }
        for (Located<ReferralRule> rule : r.referrals()) {
            if (!institutions.contains(rule.value().institution())) {
                problems.add(rule.problem(".institution", "no institution " + rule.value().institution()
                        + " among the profile's institutions" + suggestion(rule.value().institution(), institutions)));
            }
            condition(rule, ".when", rule.value().when());
        }
        for (Located<FormRule> rule : r.forms()) {
            if (!forms.contains(rule.value().form())) {
                problems.add(rule.problem(".form", "no form " + rule.value().form() + " in the catalogue's forms"
                        + suggestion(rule.value().form(), forms)));
            }
            condition(rule, ".when", rule.value().when());
        }
    }

    /** Checks the codes a condition names against the catalogue, walking it with the condition language's keys. */
    private void condition(Located<?> rule, String path, Condition condition) {
        String here = path + "." + condition.key();
        if (condition instanceof Condition.All all) {
            for (int i = 0; i < all.conditions().size(); i++) {
                condition(rule, here + "[" + i + "]", all.conditions().get(i));
            }
        } else if (condition instanceof Condition.Any any) {
            for (int i = 0; i < any.conditions().size(); i++) {
                condition(rule, here + "[" + i + "]", any.conditions().get(i));
            }
        } else if (condition instanceof Condition.Not not) {
            condition(rule, here, not.condition());
        } else if (condition instanceof Condition.CaseTypeIn types) {
            known(rule, here, types.types(), codes(draft.catalogue().caseTypes(), CaseTypeDefinition::code), "case type");
        } else if (condition instanceof Condition.SubtypeIn subtypes) {
            Set<String> all = draft.catalogue().caseTypes().stream()
                    .flatMap(t -> t.value().subtypes().stream()).map(CaseSubtypeDefinition::code)
                    .collect(Collectors.toSet());
            known(rule, here, subtypes.subtypes(), all, "subtype");
        } else if (condition instanceof Condition.HasCircumstance c) {
            known(rule, here, Set.of(c.circumstance()),
                    codes(draft.catalogue().circumstances(), CircumstanceDefinition::code), "circumstance");
        }
        // Flags, ages, countries, hours and channels are checked by their own value objects.
    }

    private void known(Located<?> rule, String path, Set<String> named, Set<String> defined, String what) {
        named.stream().sorted().filter(code -> !defined.contains(code)).forEach(code -> problems.add(
                rule.problem(path, "unknown " + what + " " + code + " (not defined in the catalogue, or its entry there"
                        + " has problems)" + suggestion(code, defined))));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Reports every item whose key was already used, pointing to the first use. */
    private <T> void duplicates(List<Located<T>> items, Function<T, String> key, String what, String subPath) {
        Map<String, Located<T>> first = new LinkedHashMap<>();
        for (Located<T> item : items) {
            String k = key.apply(item.value());
            Located<T> earlier = first.putIfAbsent(k, item);
            if (earlier != null) {
                problems.add(item.problem(subPath, "duplicate " + what + " " + k + " (first at "
                        + (earlier.file().equals(item.file()) ? "" : earlier.file() + " ") + earlier.path() + ")"));
            }
        }
    }

    private static <T> Set<String> codes(List<Located<T>> items, Function<T, String> code) {
        return items.stream().map(i -> code.apply(i.value())).collect(Collectors.toSet());
    }

    /** "; did you mean FOSMIH?" when a defined code is one or two edits away. */
    private static String suggestion(String code, Set<String> defined) {
        return defined.stream().filter(d -> EditDistance.between(code, d) <= 2).sorted().findFirst()
                .map(d -> "; did you mean " + d + "?").orElse("");
    }
}
