package org.siproc.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.siproc.core.contract.ContractFixtures.HN;
import static org.siproc.core.contract.ContractFixtures.fullPerson;
import static org.siproc.core.contract.ContractFixtures.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.siproc.core.application.port.out.PersonSearchQuery;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.shared.VersionConflictException;

/** Contract of the {@link org.siproc.core.application.port.out.Persons} port, for every adapter. */
public abstract class PersonsContract extends PortContract {

    private Person saved(Person p) {
        txRun(() -> ports.persons().save(p));
        return load(p.id());
    }

    private Person load(PersonId id) {
        return tx(() -> ports.persons().findById(id)).orElseThrow();
    }

    private void saveAll(List<Person> persons) {
        txRun(() -> persons.forEach(ports.persons()::save));
    }

    private List<String> search(String text, LocalDate birthDate, int page, int size) {
        return tx(() -> ports.persons().search(new PersonSearchQuery(text, birthDate, page, size))).stream()
                .map(p -> p.name().fullName()).toList();
    }

    @Test
    void keepsEveryFieldOfAPerson() {
        Person p = fullPerson();
        Person loaded = saved(p);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("version").isEqualTo(p);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.languages()).containsExactly("es", "miskito");
        assertThat(loaded.documents()).extracting(IdentityDocument::number).containsExactly("0801-1990-12345", "F1234567");
    }

    @Test
    void keepsApproximateBirthDates() {
        Person year = Person.builder(PersonName.of("Ana", "Reyes", null)).birthDate(new BirthDate.YearOnly(1980)).build();
        Person age = Person.builder(PersonName.of("Luis", "Cruz", null))
                .birthDate(new BirthDate.EstimatedAge(34, LocalDate.of(2026, 1, 15))).build();
        Person unknown = person("Carlos", "Martínez", null);
        assertThat(saved(year).birthDate()).isEqualTo(new BirthDate.YearOnly(1980));
        assertThat(saved(age).birthDate()).isEqualTo(new BirthDate.EstimatedAge(34, LocalDate.of(2026, 1, 15)));
        assertThat(saved(unknown).birthDate()).isNull();
    }

    @Test
    void everySaveReturnsTheNextVersionAndStaleSavesAreRefused() {
        Person p = person("Ana", "Reyes", null);
        assertThat(tx(() -> ports.persons().save(p))).isEqualTo(1);
        Person first = load(p.id());
        Person second = load(p.id());
        first.addDocument(new IdentityDocument("PASSPORT", "G7654321", HN));
        assertThat(tx(() -> ports.persons().save(first))).isEqualTo(2);
        second.correctName(PersonName.of("Ana María", "Reyes", null));

        assertThatThrownBy(() -> txRun(() -> ports.persons().save(second)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        Person stored = load(p.id());
        assertThat(stored.name().givenNames()).isEqualTo("Ana");
        assertThat(stored.documents()).hasSize(1);
        assertThat(tx(() -> ports.persons().save(stored))).isEqualTo(3);
    }

    @Test
    void refusesANewPersonThatClaimsAVersion() {
        Person p = Person.reconstitute(Person.storedAs(PersonId.newId(), PersonName.of("Ana", "Reyes", null)), null, 4);
        assertThatThrownBy(() -> txRun(() -> ports.persons().save(p))).isInstanceOf(VersionConflictException.class);
        assertThat(tx(() -> ports.persons().findById(p.id()))).isEmpty();
    }

    @Test
    void forgetsAPersonWhoseTransactionFailed() {
        Person p = person("Ana", "Reyes", "Zelaya");
        assertThatThrownBy(() -> txRun(() -> {
            ports.persons().save(p);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(tx(() -> ports.persons().findById(p.id()))).isEmpty();
        assertThat(search("Ana Reyes Zelaya", null, 0, 10)).isEmpty();
    }

    @Test
    void findsAllByIdIgnoringUnknownIds() {
        Person a = saved(person("Ana", "Reyes", null));
        Person b = saved(person("Luis", "Cruz", null));
        assertThat(tx(() -> ports.persons().findAllById(List.of(a.id(), PersonId.newId(), b.id()))))
                .extracting(Person::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(tx(() -> ports.persons().findAllById(List.of()))).isEmpty();
    }

    @Test
    void keepsMergedRecordsButNeverOffersThemAgain() {
        Person survivor = saved(person("José Ángel", "Núñez", "Peña", LocalDate.of(1990, 4, 12)));
        Person duplicate = saved(Person.builder(PersonName.of("Jose Angel", "Nunez", "Pena"))
                .birthDate(new BirthDate.Exact(LocalDate.of(1990, 4, 12)))
                .document(new IdentityDocument("DNI", "0801199012345", HN)).build());
        survivor.absorb(duplicate);
        txRun(() -> {
            ports.persons().save(survivor);
            ports.persons().save(duplicate);
        });

        assertThat(load(duplicate.id()).mergedInto()).isEqualTo(survivor.id());
        assertThat(load(survivor.id()).documents()).hasSize(1);
        Person probe = person("José Ángel", "Núñez", "Peña", LocalDate.of(1990, 4, 12));
        assertThat(tx(() -> ports.persons().findPossibleDuplicates(probe, 10))).extracting(Person::id)
                .containsExactly(survivor.id());
        assertThat(tx(() -> ports.persons().search(PersonSearchQuery.of("jose angel nunez pena")))).extracting(Person::id)
                .containsExactly(survivor.id());
        assertThat(tx(() -> ports.persons().search(PersonSearchQuery.of("0801-1990-12345")))).extracting(Person::id)
                .containsExactly(survivor.id());
    }

    @Test
    void findsDuplicatesByDocumentNameAndBirthDate() {
        Person sameDocument = Person.builder(PersonName.of("Carlos", "Martínez", null))
                .document(new IdentityDocument("DNI", "0801199012345", HN)).build();
        Person similarName = person("Jose Angel", "Nunes", "Pena", LocalDate.of(1990, 4, 12));
        Person swapped = person("José Ángel", "Peña", "Núñez", LocalDate.of(1990, 4, 12));
        Person noSecondSurname = person("José Ángel", "Núñez", null, LocalDate.of(1990, 4, 12));
        Person unrelated = person("Gabriela", "Funes", "Orellana", LocalDate.of(2003, 8, 22));
        Person sameNameOtherBirth = person("José Ángel", "Núñez", "Peña", LocalDate.of(1961, 9, 9));
        saveAll(List.of(sameDocument, similarName, swapped, noSecondSurname, unrelated, sameNameOtherBirth));
        saveAll(SearchTestSet.crowd(60));
        Person probe = Person.builder(PersonName.of("José Ángel", "Núñez", "Peña"))
                .birthDate(new BirthDate.Exact(LocalDate.of(1990, 4, 12)))
                .document(new IdentityDocument("DNI", "0801-1990-12345", HN)).build();
        saved(probe);

        List<Person> found = tx(() -> ports.persons().findPossibleDuplicates(probe, 10));

        assertThat(found).extracting(Person::id).doesNotContain(probe.id(), unrelated.id())
                .contains(sameDocument.id(), similarName.id(), swapped.id(), noSecondSurname.id());
        assertThat(found.get(0).id()).as("the same document settles it").isEqualTo(sameDocument.id());
        assertThat(found).hasSizeLessThanOrEqualTo(10);
        assertThat(tx(() -> ports.persons().findPossibleDuplicates(probe, 2))).hasSize(2);
    }

    @Test
    void findsTheRightPersonInTheTopThreeForEveryVariantOfTheTestSet() {
        saveAll(SearchTestSet.targets());
        saveAll(SearchTestSet.crowd(300));
        SoftAssertions softly = new SoftAssertions();
        List<SearchTestSet.Query> queries = SearchTestSet.queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
        List<String> misses = new ArrayList<>();
        for (SearchTestSet.Query q : queries) {
            List<String> top = search(q.text(), q.birthDate(), 0, 3);
            if (!top.contains(q.expectedFullName())) {
                misses.add(q.variant() + " '" + q.text() + "' -> " + top);
            }
        }
        softly.assertThat(misses).as("queries whose target is not in the top 3").isEmpty();
        softly.assertAll();
    }

    @Test
    void searchIsAccentAndCaseInsensitiveAndRanksTheBestMatchFirst() {
        saveAll(SearchTestSet.targets());
        saveAll(SearchTestSet.crowd(100));
        assertThat(search("JOSÉ ÁNGEL NÚÑEZ PEÑA", null, 0, 10)).first().isEqualTo("José Ángel Núñez Peña");
        assertThat(search("jose angel nunez pena", null, 0, 10)).first().isEqualTo("José Ángel Núñez Peña");
        assertThat(search("Héctor Banegas Zelaya", LocalDate.of(1976, 2, 14), 0, 10)).first()
                .isEqualTo("Héctor Banegas Zelaya");
        assertThat(search("zzzz qqqq", null, 0, 10)).isEmpty();
    }

    @Test
    void pagesThroughResultsWithoutOverlap() {
        List<Person> namesakes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            namesakes.add(person("María", "López", "Ávila", LocalDate.of(1980 + i, 1, 1)));
        }
        saveAll(namesakes);
        saveAll(SearchTestSet.crowd(50));

        List<String> first = idsOfPage(0);
        List<String> second = idsOfPage(1);
        List<String> third = idsOfPage(2);
        assertThat(first).hasSize(5);
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
        assertThat(third).doesNotContainAnyElementsOf(first).doesNotContainAnyElementsOf(second);
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        assertThat(all).containsAll(namesakes.stream().map(p -> p.id().toString()).toList());
    }

    private List<String> idsOfPage(int page) {
        return tx(() -> ports.persons().search(new PersonSearchQuery("Maria Lopez Avila", null, page, 5))).stream()
                .map(p -> p.id().toString()).toList();
    }
}
