package org.siproc.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;

/** The conditions a profile writes, each testing one fact and explaining itself. */
class ConditionTest {
    static final CaseFacts DECEASED = new CaseFacts(CaseClassification.of("DECEASED", "REPATRIATION_OF_REMAINS"),
            Set.of(), OptionalInt.of(40), CountryCode.of("MX"), 30L, IntakeChannel.PHONE, Set.of("family_without_means"));

    @Test
    void alwaysHoldsForEveryCase() {
        assertThat(new Condition.Always().test(DECEASED)).isTrue();
        assertThat(new Condition.Always().describe()).isEqualTo("every case");
    }

    @Test
    void circumstanceHoldsOnlyWhenTheOfficerRecordedIt() {
        assertThat(new Condition.HasCircumstance("FAMILY_WITHOUT_MEANS").test(DECEASED)).isTrue();
        assertThat(new Condition.HasCircumstance("FAMILY_ABROAD").test(DECEASED)).isFalse();
        CaseFacts withoutCircumstances = new CaseFacts(DECEASED.classification(), Set.of(), OptionalInt.empty(),
                CountryCode.of("MX"), null, IntakeChannel.PHONE);
        assertThat(withoutCircumstances.circumstances()).isEmpty();
        assertThat(new Condition.HasCircumstance("FAMILY_WITHOUT_MEANS").test(withoutCircumstances)).isFalse();
    }

    @Test
    void everyConditionNamesItsKeyInTheProfileLanguage() {
        List<Condition> all = List.of(new Condition.Always(), new Condition.All(List.of(new Condition.Always())),
                new Condition.Any(List.of(new Condition.Always())), new Condition.Not(new Condition.Always()),
                new Condition.CaseTypeIn(Set.of("A")), new Condition.SubtypeIn(Set.of("B")),
                new Condition.HasFlag(VulnerabilityFlag.CHILD), new Condition.AgeUnder(18),
                new Condition.IncidentCountryIn(Set.of(CountryCode.of("MX"))), new Condition.ReportedWithinHours(72),
                new Condition.ChannelIn(Set.of(IntakeChannel.PHONE)), new Condition.HasCircumstance("C"));
        assertThat(all).extracting(Condition::key).containsExactly("always", "all", "any", "not", "caseType", "subtype",
                "flag", "ageUnder", "incidentCountry", "reportedWithinHours", "channel", "circumstance");
        assertThat(Condition.class.getPermittedSubclasses()).hasSize(all.size());
    }

    @Test
    void descriptionsListTheirValuesInAStableOrder() {
        assertThat(new Condition.SubtypeIn(Set.of("TRAVEL_DOCUMENT", "CIVIL_REGISTRY")).describe())
                .isEqualTo("subtype in [CIVIL_REGISTRY, TRAVEL_DOCUMENT]");
    }
}
