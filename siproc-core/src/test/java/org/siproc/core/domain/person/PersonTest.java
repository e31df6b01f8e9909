package org.siproc.core.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.RuleViolationException;

class PersonTest {
    private static final LocalDate INCIDENT = LocalDate.of(2026, 11, 20);

    private static Person bornOn(LocalDate date) {
        return Person.builder(PersonName.of("Ana", "Ríos", null)).birthDate(new BirthDate.Exact(date)).build();
    }

    @Test
    void seventeenYearOldOnTheIncidentDateIsAChild() {
        assertThat(bornOn(INCIDENT.minusYears(18).plusDays(1)).isChildOn(INCIDENT)).isTrue();
        assertThat(bornOn(INCIDENT.minusYears(18).plusDays(1)).flagsOn(INCIDENT)).contains(VulnerabilityFlag.CHILD);
    }

    @Test
    void eighteenthBirthdayOnTheIncidentDateIsAnAdult() {
        Person p = bornOn(INCIDENT.minusYears(18));
        assertThat(p.isChildOn(INCIDENT)).isFalse();
        assertThat(p.flagsOn(INCIDENT)).doesNotContain(VulnerabilityFlag.CHILD);
    }

    @Test
    void birthDateOverridesAWrongChildFlag() {
        Person adult = Person.builder(PersonName.of("Ana", "Ríos", null))
                .birthDate(new BirthDate.Exact(LocalDate.of(1980, 1, 1))).flag(VulnerabilityFlag.CHILD).build();
        assertThat(adult.flagsOn(INCIDENT)).doesNotContain(VulnerabilityFlag.CHILD);
    }

    @Test
    void uncertainAgeIsPresumedMinorOnItsLowerBound() {
        // Born in 2008: on 20 Nov 2026 either 17 or 18; in doubt, a child.
        Person p = Person.builder(PersonName.of("Ana", "Ríos", null)).birthDate(new BirthDate.YearOnly(2008)).build();
        assertThat(p.isChildOn(INCIDENT)).isTrue();
        Person estimated = Person.builder(PersonName.of("Ana", "Ríos", null))
                .birthDate(new BirthDate.EstimatedAge(16, LocalDate.of(2025, 11, 20))).build();
        assertThat(estimated.minimumAgeOn(INCIDENT)).hasValue(17);
    }

    @Test
    void unaccompaniedChildIsAChildWithoutBirthDate() {
        Person p = Person.builder(PersonName.of("Ana", "Ríos", null)).flag(VulnerabilityFlag.UNACCOMPANIED_CHILD).build();
        assertThat(p.flagsOn(INCIDENT)).contains(VulnerabilityFlag.CHILD, VulnerabilityFlag.UNACCOMPANIED_CHILD);
    }

    @Test
    void exactBirthDateShowingAnAdultOverridesChildFlags() {
        Person p = Person.builder(PersonName.of("Ana", "Ríos", null))
                .birthDate(new BirthDate.Exact(INCIDENT.minusYears(19)))
                .flag(VulnerabilityFlag.UNACCOMPANIED_CHILD).flag(VulnerabilityFlag.SEPARATED_CHILD).build();
        assertThat(p.isChildOn(INCIDENT)).isFalse();
        assertThat(p.flagsOn(INCIDENT)).doesNotContain(VulnerabilityFlag.CHILD, VulnerabilityFlag.UNACCOMPANIED_CHILD,
                VulnerabilityFlag.SEPARATED_CHILD);
        Person uncertain = Person.builder(PersonName.of("Ana", "Ríos", null))
                .birthDate(new BirthDate.EstimatedAge(19, INCIDENT)).flag(VulnerabilityFlag.UNACCOMPANIED_CHILD).build();
        assertThat(uncertain.isChildOn(INCIDENT)).as("an estimate does not overrule the officer's flag").isTrue();
    }

    @Test
    void sixtyYearsOldIsAnOlderPerson() {
        assertThat(bornOn(INCIDENT.minusYears(60)).flagsOn(INCIDENT)).contains(VulnerabilityFlag.OLDER_PERSON);
        assertThat(bornOn(INCIDENT.minusYears(60).plusDays(1)).flagsOn(INCIDENT)).doesNotContain(VulnerabilityFlag.OLDER_PERSON);
    }

    @Test
    void namesAreRequiredAndPrintedTheHispanicWay() {
        PersonName n = new PersonName(" María José ", "López", "Ñúñez", "Majo");
        assertThat(n.fullName()).isEqualTo("María José López Ñúñez");
        assertThat(n.searchKey()).isEqualTo("maria jose lopez nunez");
        assertThatThrownBy(() -> PersonName.of("Ana", " ", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name.firstSurname"));
    }

    @Test
    void mergeKeepsWhatTheDuplicateKnewAndMarksIt() {
        Person survivor = Person.builder(PersonName.of("José", "Núñez", null)).birthDate(new BirthDate.YearOnly(1990)).build();
        Person duplicate = Person.builder(PersonName.of("Jose", "Nunez", "Peña"))
                .birthDate(new BirthDate.Exact(LocalDate.of(1990, 4, 12)))
                .document(new IdentityDocument("DNI", "0801-1990-12345", CountryCode.of("HN")))
                .flag(VulnerabilityFlag.DISABILITY).build();
        survivor.absorb(duplicate);
        assertThat(survivor.documents()).hasSize(1);
        assertThat(survivor.birthDate()).isEqualTo(new BirthDate.Exact(LocalDate.of(1990, 4, 12)));
        assertThat(survivor.recordedFlags()).contains(VulnerabilityFlag.DISABILITY);
        assertThat(duplicate.mergedInto()).isEqualTo(survivor.id());
        assertThatThrownBy(() -> duplicate.flag(VulnerabilityFlag.PREGNANT))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PERSON_ALREADY_MERGED));
        assertThatThrownBy(() -> survivor.absorb(duplicate)).isInstanceOf(RuleViolationException.class);
    }
}
