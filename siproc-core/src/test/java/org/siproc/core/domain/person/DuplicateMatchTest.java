package org.siproc.core.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.shared.CountryCode;

class DuplicateMatchTest {
    private static final LocalDate DOB = LocalDate.of(1990, 4, 12);

    private static Person person(String given, String first, @Nullable String second, @Nullable LocalDate dob) {
        Person.Builder b = Person.builder(PersonName.of(given, first, second));
        if (dob != null) {
            b.birthDate(new BirthDate.Exact(dob));
        }
        return b.build();
    }

    @Test
    void sameDocumentIsCertainWhateverTheName() {
        Person a = Person.builder(PersonName.of("José", "Núñez", null))
                .document(new IdentityDocument("DNI", "0801-1990-12345", CountryCode.of("HN"))).build();
        Person b = Person.builder(PersonName.of("Pedro", "Gómez", null))
                .document(new IdentityDocument("DNI", "0801199012345", CountryCode.of("HN"))).build();
        assertThat(DuplicateMatch.between(a, b).score()).isEqualTo(1.0);
        assertThat(DuplicateMatch.between(a, b).reasons()).containsExactly("SAME_DOCUMENT");
    }

    @Test
    void accentsTyposAndSwappedSurnamesWithSameBirthDateAreLikely() {
        Person registered = person("José Ángel", "Núñez", "Peña", DOB);
        assertThat(DuplicateMatch.between(person("Jose Angel", "Nunez", "Pena", DOB), registered).likely()).isTrue();
        assertThat(DuplicateMatch.between(person("Jose Anjel", "Nuñes", "Peña", DOB), registered).likely()).isTrue();
        DuplicateMatch swapped = DuplicateMatch.between(person("José Ángel", "Peña", "Núñez", DOB), registered);
        assertThat(swapped.likely()).isTrue();
        assertThat(swapped.reasons()).contains("SURNAMES_SWAPPED", "SAME_BIRTH_DATE");
        assertThat(DuplicateMatch.between(person("José Ángel", "Núñez", null, DOB), registered).likely()).isTrue();
    }

    @Test
    void differentPeopleAreNotLikely() {
        Person registered = person("José Ángel", "Núñez", "Peña", DOB);
        assertThat(DuplicateMatch.between(person("María", "López", "Ávila", DOB), registered).likely()).isFalse();
        assertThat(DuplicateMatch.between(person("José Ángel", "Núñez", "Peña", LocalDate.of(1975, 9, 3)), registered)
                .likely()).isFalse();
    }
}
