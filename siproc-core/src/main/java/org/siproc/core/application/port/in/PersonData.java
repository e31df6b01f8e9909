package org.siproc.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;

/**
 * A person as entered at registration. Give at most one of {@code birthDate}, {@code birthYear},
 * {@code estimatedAge}. Country codes are ISO 3166-1 alpha-2; department and municipality are the profile's codes.
 */
public record PersonData(
        @NotBlank @Size(max = 100) String givenNames,
        @NotBlank @Size(max = 100) String firstSurname,
        @Nullable @Size(max = 100) String secondSurname,
        @Nullable @Size(max = 100) String knownAs,
        @Nullable @PastOrPresent LocalDate birthDate,
        @Nullable @Min(1900) @Max(2200) Integer birthYear,
        @Nullable @Min(0) @Max(120) Integer estimatedAge,
        @NotNull Sex sex,
        @Nullable @Size(max = 100) String genderIdentity,
        @Nullable @Pattern(regexp = "[A-Za-z]{2}") String nationality,
        @NotNull List<@Valid DocumentData> documents,
        @Nullable @Pattern(regexp = "[A-Za-z]{2}") String originCountry,
        @Nullable @Size(max = 10) String originDepartment,
        @Nullable @Size(max = 10) String originMunicipality,
        @NotNull List<@Valid ContactData> contacts,
        @NotNull List<@Valid RelativeData> relatives,
        @NotNull List<@NotBlank @Size(max = 40) String> languages,
        @Nullable @Size(max = 100) String ethnicity,
        @NotNull Set<@NotNull VulnerabilityFlag> flags) {

    /** A person with only a name and sex; add the rest with the record's {@code with...} copies or the full constructor. */
    public static PersonData named(String givenNames, String firstSurname, @Nullable String secondSurname, Sex sex) {
        return new PersonData(givenNames, firstSurname, secondSurname, null, null, null, null, sex, null, null,
                List.of(), null, null, null, List.of(), List.of(), List.of(), null, Set.of());
    }

    public PersonData withBirthDate(@Nullable LocalDate date) {
        return new PersonData(givenNames, firstSurname, secondSurname, knownAs, date, null, null, sex, genderIdentity,
                nationality, documents, originCountry, originDepartment, originMunicipality, contacts, relatives,
                languages, ethnicity, flags);
    }

    public PersonData withEstimatedAge(int years) {
        return new PersonData(givenNames, firstSurname, secondSurname, knownAs, null, null, years, sex, genderIdentity,
                nationality, documents, originCountry, originDepartment, originMunicipality, contacts, relatives,
                languages, ethnicity, flags);
    }

    public PersonData withDocument(String type, String number, String issuingCountry) {
        List<DocumentData> docs = new java.util.ArrayList<>(documents);
        docs.add(new DocumentData(type, number, issuingCountry));
        return new PersonData(givenNames, firstSurname, secondSurname, knownAs, birthDate, birthYear, estimatedAge, sex,
                genderIdentity, nationality, docs, originCountry, originDepartment, originMunicipality, contacts,
                relatives, languages, ethnicity, flags);
    }

    public PersonData withOrigin(String country, @Nullable String department, @Nullable String municipality) {
        return new PersonData(givenNames, firstSurname, secondSurname, knownAs, birthDate, birthYear, estimatedAge, sex,
                genderIdentity, country, documents, country, department, municipality, contacts, relatives, languages,
                ethnicity, flags);
    }

    public PersonData withFlags(Set<VulnerabilityFlag> newFlags) {
        return new PersonData(givenNames, firstSurname, secondSurname, knownAs, birthDate, birthYear, estimatedAge, sex,
                genderIdentity, nationality, documents, originCountry, originDepartment, originMunicipality, contacts,
                relatives, languages, ethnicity, newFlags);
    }

    /** An identity document as entered; the number is checked against the profile's document type. */
    public record DocumentData(@NotBlank @Size(max = 30) String type, @NotBlank @Size(max = 40) String number,
                               @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String issuingCountry) {
    }

    public record ContactData(@NotNull Contact.Kind kind, @NotBlank @Size(max = 300) String value) {
    }

    public record RelativeData(@NotBlank @Size(max = 200) String fullName, @NotBlank @Size(max = 60) String relationship,
                               @Nullable @Size(max = 300) String contact, boolean inHomeCountry) {
    }
}
