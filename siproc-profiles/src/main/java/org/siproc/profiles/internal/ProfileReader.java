package org.siproc.profiles.internal;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.profile.CaseSubtypeDefinition;
import org.siproc.core.profile.CaseTypeDefinition;
import org.siproc.core.profile.CircumstanceDefinition;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.DocumentType;
import org.siproc.core.profile.FollowUpPeriods;
import org.siproc.core.profile.FormDefinition;
import org.siproc.core.profile.Institution;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.OfficeKind;
import org.siproc.core.profile.ProfileDraft;
import org.siproc.core.profile.ProfileDraft.Located;
import org.siproc.core.profile.ProfileLoadException;
import org.siproc.core.profile.ProfileProblem;
import org.siproc.core.profile.ProfileValidator;
import org.siproc.core.profile.Territory;
import org.siproc.core.rules.Condition;
import org.siproc.core.rules.FormRule;
import org.siproc.core.rules.ReferralRule;
import org.siproc.core.rules.TriageRule;

/**
 * Reads the YAML files of one profile folder into a {@link ProfileDraft}, has core's {@link ProfileValidator}
 * check it, and builds the {@link CountryProfile}, or refuses it with every problem of every file at once.
 * The file layout and keys are described in {@code docs/profiles.md} and in the JSON Schemas under
 * {@code org/siproc/profiles/schema/}.
 */
public final class ProfileReader {

    public static final String PROFILE = "profile.yaml";
    public static final String OFFICES = "offices.yaml";
    public static final String TERRITORY = "territory.yaml";
    public static final String CATALOGUE = "catalogue.yaml";
    public static final String INSTITUTIONS = "institutions.yaml";
    public static final String DOCUMENTS = "documents.yaml";
    public static final String RULES = "rules.yaml";

    private final ProfileFiles files;
    private final Problems problems = new Problems();

    private ProfileReader(ProfileFiles files) {
        this.files = files;
    }

    /**
     * Reads and checks a profile.
     *
     * @throws ProfileLoadException listing every problem when the profile is broken
     */
    public static CountryProfile read(ProfileFiles files) {
        ProfileReader reader = new ProfileReader(files);
        ProfileDraft draft = reader.draft();
        ProfileValidator.check(draft).forEach(reader.problems::add);
        if (!reader.problems.isEmpty()) {
            throw new ProfileLoadException(files.name(), reader.problems.all());
        }
        return draft.toProfile();
    }

    private ProfileDraft draft() {
        ProfileDraft.Settings settings = settings();
        List<Located<Office>> offices = offices();
        ProfileDraft.TerritoryDraft territory = territory();
        ProfileDraft.Catalogue catalogue = catalogue();
        List<Located<Institution>> institutions = institutions();
        List<Located<DocumentType>> documents = documents();
        ProfileDraft.Rules rules = rules();
        return new ProfileDraft(settings, offices, territory, catalogue, institutions, documents, rules);
    }

    /** The root mapping of a file, or null when it is missing (and required) or broken. */
    private Item.@Nullable Fields root(String file, boolean required, String... keys) {
        String text;
        try {
            text = files.read(file);
        } catch (UncheckedIOException e) {
            problems.add(ProfileProblem.at(file, "", "cannot be read: " + e.getCause().getMessage()));
            return null;
        }
        if (text == null) {
            if (required) {
                problems.add(ProfileProblem.at(file, "", "the file is missing from profile " + files.name()));
            }
            return null;
        }
        Item root = Item.parse(file, text, problems);
        return root == null ? null : root.fields(keys);
    }

    /** Builds a value object; a refusal becomes a problem at {@code at}. */
    private <T> @Nullable T build(Item at, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            at.problem(Item.reason(e).replaceFirst("^: ", ""));
            return null;
        }
    }

    private static <T> void addIfBuilt(List<Located<T>> list, @Nullable T value, Item at) {
        if (value != null) {
            list.add(new Located<>(value, at.file(), at.path()));
        }
    }

    private static boolean allPresent(@Nullable Object... values) {
        for (Object v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    // ---- profile.yaml ----------------------------------------------------------------------------------------

    private ProfileDraft.@Nullable Settings settings() {
        Item.Fields f = root(PROFILE, true, "country", "name", "languages", "disclosureThreshold", "defaultPriority",
                "followUpPeriods", "referralResponse");
        if (f == null) {
            return null;
        }
        CountryCode country = f.as("country", "ISO 3166-1 country code", CountryCode::of);
        String name = f.text("name");
        List<String> languages = new ArrayList<>();
        for (Item language : f.list("languages")) {
            String text = language.text();
            if (text != null) {
                languages.add(text);
            }
        }
        Integer threshold = f.integer("disclosureThreshold");
        Priority defaultPriority = f.as("defaultPriority", Priority.class, "priority");
        Duration referralResponse = f.as("referralResponse", "ISO-8601 duration (e.g. P10D)", Duration::parse);
        Map<Priority, Duration> periods = new EnumMap<>(Priority.class);
        Item periodsItem = f.required("followUpPeriods");
        Item.Fields pf = periodsItem == null ? null : periodsItem.fields("urgent", "high", "normal", "low");
        if (pf != null) {
            for (Priority p : Priority.values()) {
                Duration d = pf.as(p.name().toLowerCase(Locale.ROOT), "ISO-8601 duration (e.g. PT24H, P7D)",
                        Duration::parse);
                if (d != null) {
                    periods.put(p, d);
                }
            }
        }
        FollowUpPeriods followUps = null;
        if (periodsItem != null && periods.size() == Priority.values().length && referralResponse != null) {
            followUps = build(periodsItem, () -> new FollowUpPeriods(periods, referralResponse));
        }
        return new ProfileDraft.Settings(PROFILE, country, name, languages, threshold, followUps, defaultPriority);
    }

    // ---- offices.yaml ----------------------------------------------------------------------------------------

    private List<Located<Office>> offices() {
        Item.Fields f = root(OFFICES, true, "offices");
        List<Located<Office>> offices = new ArrayList<>();
        if (f == null) {
            return offices;
        }
        for (Item item : f.list("offices")) {
            Item.Fields o = item.fields("code", "name", "kind", "city", "region", "country", "timeZone");
            if (o == null) {
                continue;
            }
            OfficeCode code = o.as("code", "office code (3 to 8 capital letters or digits)", OfficeCode::of);
            String name = o.text("name");
            OfficeKind kind = o.as("kind", OfficeKind.class, "office kind");
            String city = o.text("city");
            String region = o.optionalText("region");
            CountryCode country = o.as("country", "ISO 3166-1 country code", CountryCode::of);
            ZoneId zone = o.as("timeZone", "IANA time zone (e.g. America/Mexico_City)", ZoneId::of);
            if (allPresent(code, name, kind, city, country, zone)) {
                addIfBuilt(offices, build(item, () -> new Office(code, name, kind, city, region, country, zone)), item);
            }
        }
        return offices;
    }

    // ---- territory.yaml --------------------------------------------------------------------------------------

    private ProfileDraft.@Nullable TerritoryDraft territory() {
        Item.Fields f = root(TERRITORY, false, "country", "departments");
        if (f == null) {
            return null;
        }
        CountryCode country = f.as("country", "ISO 3166-1 country code", CountryCode::of);
        List<Located<ProfileDraft.DepartmentEntry>> departments = new ArrayList<>();
        for (Item item : f.list("departments")) {
            Item.Fields d = item.fields("code", "name", "municipalities");
            if (d == null) {
                continue;
            }
            String code = d.text("code");
            String name = d.text("name");
            List<Located<Territory.Municipality>> municipalities = new ArrayList<>();
            for (Item mItem : d.optionalList("municipalities")) {
                Item.Fields m = mItem.fields("code", "name");
                if (m == null) {
                    continue;
                }
                String mCode = m.text("code");
                String mName = m.text("name");
                if (allPresent(mCode, mName)) {
                    addIfBuilt(municipalities, build(mItem, () -> new Territory.Municipality(mCode, mName)), mItem);
                }
            }
            if (allPresent(code, name)) {
                departments.add(new Located<>(new ProfileDraft.DepartmentEntry(code, name, municipalities),
                        item.file(), item.path()));
            }
        }
        return country == null ? null : new ProfileDraft.TerritoryDraft(TERRITORY, country, departments);
    }

    // ---- catalogue.yaml --------------------------------------------------------------------------------------

    private ProfileDraft.Catalogue catalogue() {
        Item.Fields f = root(CATALOGUE, true, "caseTypes", "flags", "circumstances", "forms");
        if (f == null) {
            return ProfileDraft.Catalogue.empty();
        }
        List<Located<CaseTypeDefinition>> types = new ArrayList<>();
        for (Item item : f.list("caseTypes")) {
            Item.Fields t = item.fields("code", "label", "closedAutomatically", "retention", "subtypes");
            if (t == null) {
                continue;
            }
            String code = t.text("code");
            LocalizedText label = t.label("label");
            Boolean closedAutomatically = t.bool("closedAutomatically");
            Period retention = t.as("retention", "ISO-8601 period (e.g. P10Y)", Period::parse);
            List<CaseSubtypeDefinition> subtypes = new ArrayList<>();
            boolean subtypesBuilt = true;
            for (Item sItem : t.list("subtypes")) {
                Item.Fields s = sItem.fields("code", "label");
                CaseSubtypeDefinition subtype = null;
                if (s != null) {
                    String sCode = s.text("code");
                    LocalizedText sLabel = s.label("label");
                    if (allPresent(sCode, sLabel)) {
                        subtype = build(sItem, () -> new CaseSubtypeDefinition(sCode, sLabel));
                    }
                }
                if (subtype == null) {
                    // Leave the type out rather than shift its subtypes' positions: problems point at positions.
                    subtypesBuilt = false;
                } else {
                    subtypes.add(subtype);
                }
            }
            if (subtypesBuilt && allPresent(code, label, closedAutomatically, retention)) {
                addIfBuilt(types, build(item, () -> new CaseTypeDefinition(code, label, subtypes,
                        closedAutomatically, retention)), item);
            }
        }
        List<Located<ProfileDraft.FlagLabel>> flags = new ArrayList<>();
        for (Item item : f.list("flags")) {
            Item.Fields fl = item.fields("flag", "label");
            if (fl == null) {
                continue;
            }
            VulnerabilityFlag flag = fl.as("flag", VulnerabilityFlag.class, "vulnerability flag");
            LocalizedText label = fl.label("label");
            if (allPresent(flag, label)) {
                addIfBuilt(flags, new ProfileDraft.FlagLabel(flag, label), item);
            }
        }
        List<Located<CircumstanceDefinition>> circumstances = new ArrayList<>();
        for (Item item : f.optionalList("circumstances")) {
            Item.Fields c = item.fields("code", "label");
            if (c == null) {
                continue;
            }
            String code = c.text("code");
            LocalizedText label = c.label("label");
            if (allPresent(code, label)) {
                addIfBuilt(circumstances, build(item, () -> new CircumstanceDefinition(code, label)), item);
            }
        }
        List<Located<FormDefinition>> forms = new ArrayList<>();
        for (Item item : f.list("forms")) {
            Item.Fields c = item.fields("code", "title");
            if (c == null) {
                continue;
            }
            String code = c.text("code");
            LocalizedText title = c.label("title");
            if (allPresent(code, title)) {
                addIfBuilt(forms, build(item, () -> new FormDefinition(code, title)), item);
            }
        }
        return new ProfileDraft.Catalogue(types, flags, circumstances, forms);
    }

    // ---- institutions.yaml, documents.yaml -------------------------------------------------------------------

    private List<Located<Institution>> institutions() {
        Item.Fields f = root(INSTITUTIONS, true, "institutions");
        List<Located<Institution>> institutions = new ArrayList<>();
        if (f == null) {
            return institutions;
        }
        for (Item item : f.list("institutions")) {
            Item.Fields i = item.fields("code", "name", "country", "kind", "dataSharingAgreement", "contact");
            if (i == null) {
                continue;
            }
            String code = i.text("code");
            String name = i.text("name");
            CountryCode country = i.as("country", "ISO 3166-1 country code", CountryCode::of);
            String kind = i.text("kind");
            Boolean agreement = i.bool("dataSharingAgreement");
            String contact = i.optionalText("contact");
            if (allPresent(code, name, country, kind, agreement)) {
                addIfBuilt(institutions, build(item, () -> new Institution(code, name, country, kind, agreement,
                        contact)), item);
            }
        }
        return institutions;
    }

    private List<Located<DocumentType>> documents() {
        Item.Fields f = root(DOCUMENTS, true, "documentTypes");
        List<Located<DocumentType>> documents = new ArrayList<>();
        if (f == null) {
            return documents;
        }
        for (Item item : f.list("documentTypes")) {
            Item.Fields d = item.fields("code", "label", "pattern", "validator");
            if (d == null) {
                continue;
            }
            String code = d.text("code");
            LocalizedText label = d.label("label");
            Item patternItem = d.optional("pattern");
            String pattern = patternItem == null ? null
                    : patternItem.as("regular expression", p -> Pattern.compile(p).pattern());
            Item validatorItem = d.optional("validator");
            String validator = validatorItem == null ? null : validatorItem.text();
            if (validator != null && !DocumentType.VALIDATORS.contains(validator)) {
                validatorItem.problem("unknown validator '" + validator + "'; SIPROC has " + DocumentType.VALIDATORS);
                continue;
            }
            if (patternItem != null && pattern == null) {
                continue;
            }
            if (allPresent(code, label)) {
                addIfBuilt(documents, build(item, () -> new DocumentType(code, label, pattern, validator)), item);
            }
        }
        return documents;
    }

    // ---- rules.yaml ------------------------------------------------------------------------------------------

    private ProfileDraft.Rules rules() {
        Item.Fields f = root(RULES, true, "triage", "referrals", "forms");
        if (f == null) {
            return ProfileDraft.Rules.empty();
        }
        List<Located<TriageRule>> triage = new ArrayList<>();
        for (Item item : f.list("triage")) {
            Item.Fields r = item.fields("id", "priority", "explanation", "when");
            if (r == null) {
                continue;
            }
            String id = r.text("id");
            Priority priority = r.as("priority", Priority.class, "priority");
            String explanation = r.text("explanation");
            Condition when = when(r);
            if (allPresent(id, priority, explanation, when)) {
                addIfBuilt(triage, build(item, () -> new TriageRule(id, priority, when, explanation)), item);
            }
        }
        List<Located<ReferralRule>> referrals = new ArrayList<>();
        for (Item item : f.list("referrals")) {
            Item.Fields r = item.fields("id", "institution", "reason", "when");
            if (r == null) {
                continue;
            }
            String id = r.text("id");
            String institution = r.text("institution");
            String reason = r.text("reason");
            Condition when = when(r);
            if (allPresent(id, institution, reason, when)) {
                addIfBuilt(referrals, build(item, () -> new ReferralRule(id, institution, when, reason)), item);
            }
        }
        List<Located<FormRule>> forms = new ArrayList<>();
        for (Item item : f.list("forms")) {
            Item.Fields r = item.fields("id", "form", "when");
            if (r == null) {
                continue;
            }
            String id = r.text("id");
            String form = r.text("form");
            Condition when = when(r);
            if (allPresent(id, form, when)) {
                addIfBuilt(forms, build(item, () -> new FormRule(id, form, when)), item);
            }
        }
        return new ProfileDraft.Rules(triage, referrals, forms);
    }

    private @Nullable Condition when(Item.Fields rule) {
        Item when = rule.required("when");
        return when == null ? null : condition(when);
    }

    private static final String[] CONDITION_KEYS = {"all", "any", "not", "caseType", "subtype", "flag", "ageUnder",
            "incidentCountry", "reportedWithinHours", "channel", "circumstance"};

    /**
     * Reads a condition: {@code always}, or a mapping with exactly one key of the condition language. Reads every
     * part even after a broken one, so all problems are reported; null when any part is broken.
     */
    private @Nullable Condition condition(Item item) {
        if (item.isScalar()) {
            String text = item.text();
            if ("always".equals(text)) {
                return new Condition.Always();
            }
            item.problem("expected a condition: 'always', or a mapping with one of the keys "
                    + Arrays.toString(CONDITION_KEYS) + ", not '" + text + "'");
            return null;
        }
        Item.Fields f = item.fields(CONDITION_KEYS);
        if (f == null) {
            return null;
        }
        List<String> present = new ArrayList<>();
        for (String key : CONDITION_KEYS) {
            if (f.optional(key) != null) {
                present.add(key);
            }
        }
        if (present.size() != 1) {
            if (present.size() > 1) {
                item.problem("a condition has exactly one key, found " + present
                        + "; combine several conditions with all: or any:");
            } else if (!f.hadRefusedKeys()) {
                item.problem("a condition has exactly one key, found none");
            }
            present.forEach(key -> condition(key, f.optional(key)));
            return null;
        }
        String key = present.get(0);
        Item value = f.optional(key);
        return value == null ? null : condition(key, value);
    }

    private @Nullable Condition condition(String key, @Nullable Item value) {
        if (value == null) {
            return null;
        }
        switch (key) {
            case "all":
            case "any": {
                List<Item> elements = value.elements();
                List<Condition> parts = new ArrayList<>();
                boolean broken = false;
                for (Item element : elements) {
                    Condition c = condition(element);
                    if (c == null) {
                        broken = true;
                    } else {
                        parts.add(c);
                    }
                }
                if (elements.isEmpty()) {
                    value.problem(key + " needs at least one condition");
                    return null;
                }
                if (broken) {
                    return null;
                }
                return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
            }
            case "not": {
                Condition c = condition(value);
                return c == null ? null : new Condition.Not(c);
            }
            case "caseType": {
                List<String> codes = value.texts();
                return codes.isEmpty() ? null : build(value, () -> new Condition.CaseTypeIn(new LinkedHashSet<>(codes)));
            }
            case "subtype": {
                List<String> codes = value.texts();
                return codes.isEmpty() ? null : build(value, () -> new Condition.SubtypeIn(new LinkedHashSet<>(codes)));
            }
            case "flag": {
                VulnerabilityFlag flag = value.as(VulnerabilityFlag.class, "vulnerability flag");
                return flag == null ? null : new Condition.HasFlag(flag);
            }
            case "ageUnder": {
                Integer years = value.integer();
                return years == null ? null : build(value, () -> new Condition.AgeUnder(years));
            }
            case "reportedWithinHours": {
                Integer hours = value.integer();
                return hours == null ? null : build(value, () -> new Condition.ReportedWithinHours(hours));
            }
            case "incidentCountry": {
                Set<CountryCode> countries = new LinkedHashSet<>();
                boolean broken = false;
                for (Item element : listOrSingle(value)) {
                    CountryCode c = element.as("ISO 3166-1 country code", CountryCode::of);
                    if (c == null) {
                        broken = true;
                    } else {
                        countries.add(c);
                    }
                }
                return broken || countries.isEmpty() ? null : new Condition.IncidentCountryIn(countries);
            }
            case "channel": {
                Set<IntakeChannel> channels = new LinkedHashSet<>();
                boolean broken = false;
                for (Item element : listOrSingle(value)) {
                    IntakeChannel c = element.as(IntakeChannel.class, "intake channel");
                    if (c == null) {
                        broken = true;
                    } else {
                        channels.add(c);
                    }
                }
                return broken || channels.isEmpty() ? null : new Condition.ChannelIn(channels);
            }
            case "circumstance": {
                String code = value.text();
                return code == null ? null : build(value, () -> new Condition.HasCircumstance(code));
            }
            default:
                throw new IllegalStateException("unhandled condition key " + key);
        }
    }

    private static List<Item> listOrSingle(Item value) {
        return value.isScalar() ? List.of(value) : value.elements();
    }
}
