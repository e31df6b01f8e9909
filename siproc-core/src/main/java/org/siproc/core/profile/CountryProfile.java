package org.siproc.core.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.rules.RuleSet;

/**
 * Everything that differs between countries, as data: the offices, case catalogue, institutions, identity
 * documents, territory, follow-up periods, rules and disclosure threshold of one country's consular protection. Loaded once
 * at start-up (see the {@code siproc-profiles} module); immutable.
 *
 * @param disclosureThreshold published statistics suppress cells below this count (SPEC §5, default 5)
 */
public record CountryProfile(CountryCode country, String name, List<String> languages, List<Office> offices,
                             List<CaseTypeDefinition> caseTypes, List<Institution> institutions,
                             List<DocumentType> documentTypes, Territory territory, FollowUpPeriods followUpPeriods,
                             RuleSet rules, int disclosureThreshold) {

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
