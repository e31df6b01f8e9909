package org.siproc.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.fixtures.TestProfiles;

/** The engine on the small test profile; the real profiles' rules are tested in siproc-profiles. */
class RuleSetTest {
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final Instant REPORTED = Instant.parse("2026-11-22T18:00:00Z");
    private final RuleSet rules = TestProfiles.small().rules();

    private static CaseFacts facts(String type, String subtype, Person person, LocalDate incident, String country) {
        return CaseFacts.derive(CaseClassification.of(type, subtype), List.of(person), incident, CountryCode.of(country),
                REPORTED, ZONE, IntakeChannel.IN_PERSON);
    }

    private static Person born(LocalDate dob) {
        return Person.builder(PersonName.of("Ana", "Ríos", null)).birthDate(new BirthDate.Exact(dob)).build();
    }

    @Test
    void highestFiringRuleSetsThePriorityAndExplainsIt() {
        Person child = Person.builder(PersonName.of("Ana", "Ríos", null))
                .birthDate(new BirthDate.Exact(LocalDate.of(2012, 1, 1))).flag(VulnerabilityFlag.UNACCOMPANIED_CHILD).build();
        RuleEvaluation e = rules.evaluate(facts("MIGRATORY", "MIGRATION_STATION", child, LocalDate.of(2026, 11, 21), "MX"));
        assertThat(e.priority().priority()).isEqualTo(Priority.URGENT);
        assertThat(e.priority().ruleId()).isEqualTo("URGENT_UNACCOMPANIED_CHILD");
        assertThat(e.firedRules()).contains("URGENT_UNACCOMPANIED_CHILD", "HIGH_CHILD", "REF_CHILD_MX", "FORM_INTAKE");
        assertThat(e.referrals()).extracting(RuleEvaluation.SuggestedReferral::institution).containsExactly("DIF");
    }

    @Test
    void formsNamedByAFormRuleAreGovernedByTheRulesAndOthersAreNot() {
        assertThat(rules.governsForm("FOSMIH_REQUEST")).isTrue();
        assertThat(rules.governsForm(" intake_sheet")).isTrue();
        assertThat(rules.governsForm("CLOSING_REPORT")).isFalse();
    }

    @Test
    void ageIsTakenOnTheIncidentDate() {
        LocalDate incident = LocalDate.of(2026, 11, 20);
        RuleEvaluation seventeen = rules.evaluate(facts("MIGRATORY", "DEPORTATION", born(incident.minusYears(18).plusDays(1)),
                incident, "MX"));
        RuleEvaluation eighteen = rules.evaluate(facts("MIGRATORY", "DEPORTATION", born(incident.minusYears(18)), incident, "MX"));
        assertThat(seventeen.priority().priority()).isEqualTo(Priority.HIGH);
        assertThat(eighteen.priority().priority()).isEqualTo(Priority.NORMAL);
        assertThat(eighteen.priority().ruleId()).isNull();
    }

    @Test
    void childInMexicoIsReferredButNotInTheUsa() {
        LocalDate incident = LocalDate.of(2026, 11, 20);
        Person child = born(LocalDate.of(2015, 3, 3));
        assertThat(rules.evaluate(facts("MIGRATORY", "DEPORTATION", child, incident, "MX")).referrals()).hasSize(1);
        assertThat(rules.evaluate(facts("MIGRATORY", "DEPORTATION", child, incident, "US")).referrals()).isEmpty();
    }

    @Test
    void missingPersonIsUrgentOnlyWithin72Hours() {
        Person adult = born(LocalDate.of(1990, 1, 1));
        assertThat(rules.evaluate(facts("MISSING", "SEARCH_REQUEST", adult, LocalDate.of(2026, 11, 20), "MX"))
                .priority().priority()).isEqualTo(Priority.URGENT);
        assertThat(rules.evaluate(facts("MISSING", "SEARCH_REQUEST", adult, LocalDate.of(2026, 11, 10), "MX"))
                .priority().priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void lowRuleBeatsTheDefaultButNeverAHigherRule() {
        assertThat(rules.evaluate(facts("MIGRATORY", "TRAVEL_DOCUMENT", born(LocalDate.of(1990, 1, 1)),
                LocalDate.of(2026, 11, 20), "MX")).priority().priority()).isEqualTo(Priority.LOW);
        assertThat(rules.evaluate(facts("MIGRATORY", "TRAVEL_DOCUMENT", born(LocalDate.of(2015, 1, 1)),
                LocalDate.of(2026, 11, 20), "MX")).priority().priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void conditionsExplainThemselves() {
        Condition c = new Condition.All(List.of(new Condition.AgeUnder(18),
                new Condition.Not(new Condition.IncidentCountryIn(java.util.Set.of(CountryCode.of("US"))))));
        assertThat(c.describe()).isEqualTo("(age under 18 on the incident date and not incident in [US])");
    }
}
