package org.siproc.persistence.jpa;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.PlaceOfOrigin;
import org.siproc.core.domain.person.Relative;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.persistence.jpa.PersonEntity.ContactRow;
import org.siproc.persistence.jpa.PersonEntity.DocumentRow;
import org.siproc.persistence.jpa.PersonEntity.RelativeRow;

/** Maps a {@link Person} to its persistence model and back, changing a managed entity only where it differs. */
final class PersonMapper {
    private PersonMapper() {
    }

    static void write(Person p, PersonEntity e, Instant savedAt) {
        if (e.id == null) {
            e.id = p.id().value();
        }
        e.savedAt = savedAt;
        PersonName name = p.name();
        e.givenNames = name.givenNames();
        e.firstSurname = name.firstSurname();
        e.secondSurname = name.secondSurname();
        e.knownAs = name.knownAs();
        e.nameKey = name.searchKey();
        BirthDate b = p.birthDate();
        e.birthKind = null;
        e.birthDate = null;
        e.birthYear = null;
        e.estimatedAge = null;
        e.estimatedOn = null;
        e.birthDateApprox = b == null ? null : b.approximateDate();
        if (b instanceof BirthDate.Exact exact) {
            e.birthKind = "EXACT";
            e.birthDate = exact.date();
        } else if (b instanceof BirthDate.YearOnly year) {
            e.birthKind = "YEAR";
            e.birthYear = year.year();
        } else if (b instanceof BirthDate.EstimatedAge age) {
            e.birthKind = "AGE";
            e.estimatedAge = age.years();
            e.estimatedOn = age.estimatedOn();
        }
        e.sex = p.sex().name();
        e.genderIdentity = p.genderIdentity();
        e.nationality = p.nationality() == null ? null : p.nationality().value();
        PlaceOfOrigin origin = p.origin();
        e.originCountry = origin == null ? null : origin.country().value();
        e.originDepartment = origin == null ? null : origin.departmentCode();
        e.originMunicipality = origin == null ? null : origin.municipalityCode();
        e.ethnicity = p.ethnicity();
        e.mergedInto = p.mergedInto() == null ? null : p.mergedInto().value();
        CaseMapper.sync(e.documents, p.documents().stream()
                .map(d -> new DocumentRow(d.type(), d.number(), d.issuingCountry().value(), d.matchKey())).toList());
        CaseMapper.sync(e.contacts, p.contacts().stream().map(c -> new ContactRow(c.kind().name(), c.value())).toList());
        CaseMapper.sync(e.relatives, p.relatives().stream()
                .map(r -> new RelativeRow(r.fullName(), r.relationship(), r.contact(), r.inHomeCountry())).toList());
        CaseMapper.sync(e.languages, p.languages().stream().toList());
        CaseMapper.sync(e.flags, p.recordedFlags().stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList());
    }

    static Person toDomain(PersonEntity e) {
        Person.Builder b = Person.storedAs(new PersonId(e.id),
                        new PersonName(e.givenNames, e.firstSurname, e.secondSurname, e.knownAs))
                .birthDate(birthDate(e)).sex(Sex.valueOf(e.sex)).genderIdentity(e.genderIdentity)
                .nationality(e.nationality == null ? null : CountryCode.of(e.nationality))
                .origin(e.originCountry == null ? null
                        : new PlaceOfOrigin(CountryCode.of(e.originCountry), e.originDepartment, e.originMunicipality))
                .ethnicity(e.ethnicity);
        e.documents.forEach(d -> b.document(new IdentityDocument(d.type(), d.number(), CountryCode.of(d.issuingCountry()))));
        e.contacts.forEach(c -> b.contact(new Contact(Contact.Kind.valueOf(c.kind()), c.value())));
        e.relatives.forEach(r -> b.relative(new Relative(r.fullName(), r.relationship(), r.contact(), r.inHomeCountry())));
        e.languages.forEach(b::language);
        e.flags.forEach(f -> b.flag(VulnerabilityFlag.valueOf(f)));
        return Person.reconstitute(b, e.mergedInto == null ? null : new PersonId(e.mergedInto), e.version);
    }

    static @Nullable BirthDate birthDate(PersonEntity e) {
        return birthDate(e.birthKind, e.birthDate, e.birthYear, e.estimatedAge, e.estimatedOn);
    }

    /** Rebuilds a birth date from its stored columns; null when none is known. */
    static @Nullable BirthDate birthDate(@Nullable String kind, java.time.@Nullable LocalDate date,
                                         @Nullable Integer year, @Nullable Integer age,
                                         java.time.@Nullable LocalDate estimatedOn) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "EXACT" -> new BirthDate.Exact(java.util.Objects.requireNonNull(date, "birth_date"));
            case "YEAR" -> new BirthDate.YearOnly(java.util.Objects.requireNonNull(year, "birth_year"));
            case "AGE" -> new BirthDate.EstimatedAge(java.util.Objects.requireNonNull(age, "estimated_age"),
                    java.util.Objects.requireNonNull(estimatedOn, "estimated_on"));
            default -> throw new IllegalStateException("Unknown birth date kind " + kind);
        };
    }
}
