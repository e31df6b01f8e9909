package org.siproc.core.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.PlaceOfOrigin;
import org.siproc.core.domain.person.Relative;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Territory;
import org.siproc.core.profile.UnknownCodeException;

/** Turns a person as entered into a {@link Person}, checking documents against the profile's document types. */
final class PersonFactory {
    private final CountryProfile profile;
    private final Clock clock;

    PersonFactory(CountryProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    Person newPerson(PersonData data) {
        Person.Builder b = Person.builder(new PersonName(data.givenNames(), data.firstSurname(), data.secondSurname(),
                        data.knownAs()))
                .birthDate(birthDate(data))
                .sex(data.sex())
                .genderIdentity(data.genderIdentity())
                .nationality(country(data.nationality()))
                .ethnicity(data.ethnicity())
                .flags(data.flags());
        for (PersonData.DocumentData d : data.documents()) {
            String number = profile.requireDocumentType(d.type()).canonical(d.number());
            b.document(new IdentityDocument(d.type(), number, CountryCode.of(d.issuingCountry())));
        }
        CountryCode originCountry = country(data.originCountry());
        if (originCountry != null) {
            b.origin(origin(originCountry, data.originDepartment(), data.originMunicipality()));
        }
        data.contacts().forEach(c -> b.contact(new Contact(c.kind(), c.value())));
        data.relatives().forEach(r -> b.relative(new Relative(r.fullName(), r.relationship(), r.contact(), r.inHomeCountry())));
        data.languages().forEach(b::language);
        return b.build();
    }

    /** Checks department and municipality against the profile's territory when the person comes from its country. */
    private PlaceOfOrigin origin(CountryCode country, @Nullable String department, @Nullable String municipality) {
        PlaceOfOrigin origin = new PlaceOfOrigin(country, department, municipality);
        Territory territory = profile.territory();
        if (!country.equals(territory.country()) || territory.departments().isEmpty()) {
            return origin;
        }
        if (origin.departmentCode() != null && territory.department(origin.departmentCode()).isEmpty()) {
            throw new UnknownCodeException("person.originDepartment", origin.departmentCode(), profile.country().value());
        }
        if (origin.municipalityCode() != null) {
            Territory.Municipality m = territory.municipality(origin.municipalityCode()).orElseThrow(
                    () -> new UnknownCodeException("person.originMunicipality", origin.municipalityCode(),
                            profile.country().value()));
            if (origin.departmentCode() != null && !m.code().startsWith(origin.departmentCode())) {
                throw new InvalidValueException("person.originMunicipality",
                        "municipality " + m.code() + " is not in department " + origin.departmentCode());
            }
        }
        return origin;
    }

    private @Nullable BirthDate birthDate(PersonData data) {
        long given = Stream.of(data.birthDate(), data.birthYear(), data.estimatedAge()).filter(x -> x != null).count();
        if (given > 1) {
            throw new InvalidValueException(ErrorCode.AMBIGUOUS_BIRTH_DATE, "person.birthDate", "person.birthDate");
        }
        if (data.birthDate() != null) {
            return new BirthDate.Exact(data.birthDate());
        }
        if (data.birthYear() != null) {
            return new BirthDate.YearOnly(data.birthYear());
        }
        if (data.estimatedAge() != null) {
            return new BirthDate.EstimatedAge(data.estimatedAge(), LocalDate.now(clock));
        }
        return null;
    }

    private static @Nullable CountryCode country(@Nullable String code) {
        return code == null || code.isBlank() ? null : CountryCode.of(code);
    }
}
