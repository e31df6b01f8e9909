package org.siproc.core.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.rules.FormRule;
import org.siproc.core.rules.ReferralRule;
import org.siproc.core.rules.RuleSet;
import org.siproc.core.rules.TriageRule;

/**
 * A country profile as read from its files, before {@link ProfileValidator} checks it as a whole: every part
 * remembers the file and path it came from, so a problem can be reported where the author must fix it.
 *
 * <p>A reader (such as the {@code siproc-profiles} module's YAML loader) builds each item as a value object, which
 * checks its own shape, and reports items it cannot build as problems of its own; the draft holds the items that
 * could be built. Problems between items (duplicate codes, a rule naming an institution that does not exist, a
 * municipality in a department that does not exist ...) are {@link ProfileValidator}'s.
 *
 * @param settings     the country-wide settings ({@code profile.yaml}); null when the file could not be read
 * @param offices      the consular network
 * @param territory    departments and municipalities; null when the profile has none
 * @param catalogue    case types, flag labels, case circumstances and forms
 * @param institutions where cases are referred to
 * @param documents    identity-document types
 * @param rules        triage, referral and form rules
 */
public record ProfileDraft(@Nullable Settings settings, List<Located<Office>> offices,
                           @Nullable TerritoryDraft territory, Catalogue catalogue,
                           List<Located<Institution>> institutions, List<Located<DocumentType>> documents,
                           Rules rules) {

    public ProfileDraft {
        offices = List.copyOf(offices);
        Objects.requireNonNull(catalogue, "catalogue");
        institutions = List.copyOf(institutions);
        documents = List.copyOf(documents);
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * Builds the immutable profile. Call it only when {@link ProfileValidator#check(ProfileDraft)} and the reader
     * found no problem.
     *
     * @throws IllegalStateException when a required setting is missing (the reader reported it)
     * @throws org.siproc.core.domain.shared.InvalidValueException when the draft was not checked
     */
    public CountryProfile toProfile() {
        if (settings == null || settings.country() == null || settings.name() == null
                || settings.disclosureThreshold() == null || settings.followUpPeriods() == null
                || settings.defaultPriority() == null) {
            throw new IllegalStateException("the profile settings are incomplete; check the draft first");
        }
        Territory land = territory == null ? Territory.none(settings.country())
                : new Territory(territory.country(), territory.departments().stream()
                        .map(d -> new Territory.Department(d.value().code(), d.value().name(),
                                d.value().municipalities().stream().map(Located::value).toList()))
                        .toList());
        Map<VulnerabilityFlag, LocalizedText> flagLabels = new EnumMap<>(VulnerabilityFlag.class);
        catalogue.flags().forEach(f -> flagLabels.put(f.value().flag(), f.value().label()));
        RuleSet ruleSet = new RuleSet(values(rules.triage()), values(rules.referrals()), values(rules.forms()),
                settings.defaultPriority());
        return new CountryProfile(settings.country(), settings.name(), settings.languages(), values(offices),
                values(catalogue.caseTypes()), values(institutions), values(documents), land,
                settings.followUpPeriods(), ruleSet, settings.disclosureThreshold(), flagLabels,
                values(catalogue.circumstances()), values(catalogue.forms()));
    }

    private static <T> List<T> values(List<Located<T>> items) {
        return items.stream().map(Located::value).toList();
    }

    /**
     * An item of the profile and where it was written.
     *
     * @param file the profile file, e.g. {@code offices.yaml}
     * @param path the item's path in the file, e.g. {@code offices[3]}; paths of its parts are built from it with
     *             the format's key names ({@code offices[3].timeZone})
     */
    public record Located<T>(T value, String file, String path) {
        public Located {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
        }

        /** A problem with this item, or with the part of it at {@code subPath} (e.g. {@code .institution}). */
        public ProfileProblem problem(String subPath, String message) {
            return ProfileProblem.at(file, path + subPath, message);
        }
    }

    /**
     * The country-wide settings. A setting the reader could not read is null, so the rest can still be checked.
     *
     * @param file                the settings file, e.g. {@code profile.yaml}
     * @param languages           ISO 639-1 codes; the first is the default; every label gives each of them
     * @param disclosureThreshold statistics cells below this count are suppressed
     * @param defaultPriority     the priority of a case no triage rule applies to
     */
    public record Settings(String file, @Nullable CountryCode country, @Nullable String name, List<String> languages,
                           @Nullable Integer disclosureThreshold, @Nullable FollowUpPeriods followUpPeriods,
                           @Nullable Priority defaultPriority) {
        public Settings {
            Objects.requireNonNull(file, "file");
            languages = List.copyOf(languages);
        }
    }

    /**
     * The territory as written: departments (or states), each with the municipalities listed under it.
     *
     * @param file the territory file, e.g. {@code territory.yaml}
     */
    public record TerritoryDraft(String file, CountryCode country, List<Located<DepartmentEntry>> departments) {
        public TerritoryDraft {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(country, "country");
            departments = List.copyOf(departments);
        }
    }

    /**
     * A department as written, before its municipalities are checked against its code.
     *
     * @param municipalities each at {@code <department path>.municipalities[i]}
     */
    public record DepartmentEntry(String code, String name, List<Located<Territory.Municipality>> municipalities) {
        public DepartmentEntry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            municipalities = List.copyOf(municipalities);
        }
    }

    /** The case catalogue: case types and subtypes, labels of the vulnerability flags, circumstances, forms. */
    public record Catalogue(List<Located<CaseTypeDefinition>> caseTypes, List<Located<FlagLabel>> flags,
                            List<Located<CircumstanceDefinition>> circumstances, List<Located<FormDefinition>> forms) {
        public Catalogue {
            caseTypes = List.copyOf(caseTypes);
            flags = List.copyOf(flags);
            circumstances = List.copyOf(circumstances);
            forms = List.copyOf(forms);
        }

        public static Catalogue empty() {
            return new Catalogue(List.of(), List.of(), List.of(), List.of());
        }
    }

    /** The profile's label of a vulnerability flag. */
    public record FlagLabel(VulnerabilityFlag flag, LocalizedText label) {
        public FlagLabel {
            Objects.requireNonNull(flag, "flag");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The rules, each where it was written; a rule's condition is at {@code <rule path>.when}. */
    public record Rules(List<Located<TriageRule>> triage, List<Located<ReferralRule>> referrals,
                        List<Located<FormRule>> forms) {
        public Rules {
            triage = List.copyOf(triage);
            referrals = List.copyOf(referrals);
            forms = List.copyOf(forms);
        }

        public static Rules empty() {
            return new Rules(List.of(), List.of(), List.of());
        }
    }
}
