package org.siproc.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Persistence model of a person (migrant or relative), with the accent-free name key and the approximate birth
 * date that search and duplicate detection query, and a {@link Version} for optimistic locking. Written and read
 * only through {@link PersonMapper}.
 */
@Entity(name = "Person")
@Table(name = "person")
@DynamicUpdate
class PersonEntity {

    @Id
    UUID id;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "given_names", nullable = false, length = 100)
    String givenNames;
    @Column(name = "first_surname", nullable = false, length = 100)
    String firstSurname;
    @Column(name = "second_surname", length = 100)
    @Nullable String secondSurname;
    @Column(name = "known_as", length = 100)
    @Nullable String knownAs;
    /** {@code NameKey.of(full name)}: what search and duplicate detection compare. */
    @Column(name = "name_key", nullable = false, length = 400)
    String nameKey;

    /** {@code EXACT}, {@code YEAR} or {@code AGE}; null when unknown. */
    @Column(name = "birth_kind", length = 10)
    @Nullable String birthKind;
    @Column(name = "birth_date")
    @Nullable LocalDate birthDate;
    @Column(name = "birth_year")
    @Nullable Integer birthYear;
    @Column(name = "estimated_age")
    @Nullable Integer estimatedAge;
    @Column(name = "estimated_on")
    @Nullable LocalDate estimatedOn;
    /** The birth date as well as it is known ({@code BirthDate.approximateDate()}), for search and statistics. */
    @Column(name = "birth_date_approx")
    @Nullable LocalDate birthDateApprox;

    @Column(name = "sex", nullable = false, length = 10)
    String sex;
    @Column(name = "gender_identity", length = 100)
    @Nullable String genderIdentity;
    @Column(name = "nationality", length = 2)
    @Nullable String nationality;
    @Column(name = "origin_country", length = 2)
    @Nullable String originCountry;
    @Column(name = "origin_department", length = 10)
    @Nullable String originDepartment;
    @Column(name = "origin_municipality", length = 10)
    @Nullable String originMunicipality;
    @Column(name = "ethnicity", length = 100)
    @Nullable String ethnicity;
    @Column(name = "merged_into")
    @Nullable UUID mergedInto;

    @ElementCollection
    @CollectionTable(name = "person_document", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 64)
    List<DocumentRow> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_contact", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 64)
    List<ContactRow> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_relative", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 64)
    List<RelativeRow> relatives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "pos")
    @Column(name = "language", nullable = false, length = 40)
    @BatchSize(size = 64)
    List<String> languages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_flag", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "pos")
    @Column(name = "flag", nullable = false, length = 40)
    @BatchSize(size = 64)
    List<String> flags = new ArrayList<>();

    PersonEntity() {
        // for Hibernate and the mapper
    }

    /** An identity document; {@code matchKey} is the number without separators, indexed for look-up. */
    @Embeddable
    record DocumentRow(
            @Column(name = "doc_type", nullable = false, length = 64) String type,
            @Column(name = "doc_number", nullable = false, length = 40) String number,
            @Column(name = "issuing_country", nullable = false, length = 2) String issuingCountry,
            @Column(name = "match_key", nullable = false, length = 40) String matchKey) {
    }

    @Embeddable
    record ContactRow(
            @Column(name = "kind", nullable = false, length = 10) String kind,
            @Column(name = "contact_value", nullable = false, length = 300) String value) {
    }

    @Embeddable
    record RelativeRow(
            @Column(name = "full_name", nullable = false, length = 200) String fullName,
            @Column(name = "relationship", nullable = false, length = 60) String relationship,
            @Column(name = "contact", length = 300) @Nullable String contact,
            @Column(name = "in_home_country", nullable = false) boolean inHomeCountry) {
    }
}
