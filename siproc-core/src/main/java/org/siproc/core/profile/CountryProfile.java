package org.siproc.core.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.LocalizedText;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.rules.RuleSet;

/**
 * Everything that differs between countries, as data: the offices, case catalogue, institutions, identity
 * documents, territory, follow-up periods, rules and disclosure threshold of one country's consular protection. Loaded once
 * at start-up (see the {@code siproc-profiles} module); immutable.
 *
 * @param disclosureThreshold published statistics suppress cells below this count (SPEC §5, default 5)
 * @param flagLabels          the profile's label of each vulnerability flag; a flag without one is shown by
 *                            {@link #flagLabel(VulnerabilityFlag)}'s fallback
 * @param circumstances       case circumstances the officer may record and rules may test
 * @param forms               the forms a case file may need, named by form rules
 */
public record CountryProfile(CountryCode country, String name, List<String> languages, List<Office> offices,
                             List<CaseTypeDefinition> caseTypes, List<Institution> institutions,
                             List<DocumentType> documentTypes, Territory territory, FollowUpPeriods followUpPeriods,
                             RuleSet rules, int disclosureThreshold, Map<VulnerabilityFlag, LocalizedText> flagLabels,
                             List<CircumstanceDefinition> circumstances, List<FormDefinition> forms) {

    /** A profile without flag labels, circumstances or form definitions (small profiles built in code). */
    public CountryProfile(CountryCode country, String name, List<String> languages, List<Office> offices,
                          List<CaseTypeDefinition> caseTypes, List<Institution> institutions,
                          List<DocumentType> documentTypes, Territory territory, FollowUpPeriods followUpPeriods,
                          RuleSet rules, int disclosureThreshold) {
        this(country, name, languages, offices, caseTypes, institutions, documentTypes, territory, followUpPeriods,
                rules, disclosureThreshold, Map.of(), List.of(), List.of());
    }

    public CountryProfile {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(name, "name");
        languages = List.copyOf(languages);
        offices = List.copyOf(offices);
        caseTypes = List.copyOf(caseTypes);
        institutions = List.copyOf(institutions);
        documentTypes = List.copyOf(documentTypes);
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(followUpPeriods, "followUpPeriods");
        Objects.requireNonNull(rules, "rules");
        if (languages.isEmpty()) {
            throw new InvalidValueException("profile.languages", "at least one language is required");
        }
        if (disclosureThreshold < 1) {
            throw new InvalidValueException("profile.disclosureThreshold", "must be at least 1");
        }
        unique(offices, o -> o.code().value(), "offices");
        unique(caseTypes, CaseTypeDefinition::code, "caseTypes");
        unique(institutions, Institution::code, "institutions");
        unique(documentTypes, DocumentType::code, "documentTypes");
        flagLabels = flagLabels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(flagLabels));
        circumstances = List.copyOf(circumstances);
        forms = List.copyOf(forms);
        unique(circumstances, CircumstanceDefinition::code, "circumstances");
        unique(forms, FormDefinition::code, "forms");
    }

    /** The profile's label of a flag; when it has none, the flag's name in words (never null). */
    public LocalizedText flagLabel(VulnerabilityFlag flag) {
        LocalizedText label = flagLabels.get(flag);
        if (label != null) {
            return label;
        }
        String words = flag.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new LocalizedText(Map.of(languages.get(0), words));
    }

    public Optional<CircumstanceDefinition> circumstance(String code) {
        return circumstances.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The circumstance, or {@link UnknownCodeException} naming {@code field}. */
    public CircumstanceDefinition requireCircumstance(String code, String field) {
        return circumstance(code).orElseThrow(() -> new UnknownCodeException(field, code, country.value()));
    }

    public Optional<FormDefinition> form(String code) {
        return forms.stream().filter(f -> f.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Office> office(OfficeCode code) {
        return offices.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The office, or {@link UnknownCodeException} naming {@code field}. */
    public Office requireOffice(OfficeCode code, String field) {
        return office(code).orElseThrow(() -> new UnknownCodeException(field, code.value(), country.value()));
    }

    public Optional<CaseTypeDefinition> caseType(String code) {
        return caseTypes.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The case type of a classification, checking that its subtype belongs to it. */
    public CaseTypeDefinition requireClassification(CaseClassification classification) {
        CaseTypeDefinition type = caseType(classification.type()).orElseThrow(
                () -> new UnknownCodeException("caseType", classification.type(), country.value()));
        type.subtype(classification.subtype()).orElseThrow(
                () -> new UnknownCodeException("caseSubtype", classification.subtype(), country.value()));
        return type;
    }

    public Optional<Institution> institution(String code) {
        return institutions.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
    }

    public Institution requireInstitution(String code) {
        return institution(code).orElseThrow(() -> new UnknownCodeException("institution", code, country.value()));
    }

    public Optional<DocumentType> documentType(String code) {
        return documentTypes.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
    }

    public DocumentType requireDocumentType(String code) {
        return documentType(code).orElseThrow(() -> new UnknownCodeException("document.type", code, country.value()));
    }

    private static <T> void unique(List<T> items, Function<T, String> key, String field) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new InvalidValueException("profile." + field, "duplicate code " + key.apply(item));
            }
        }
    }
}
