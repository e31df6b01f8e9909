package org.siproc.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.rules.CaseFacts;
import org.siproc.core.rules.RuleEvaluation;

/**
 * A case as the rules see it, built the way registration builds it (a real {@link Person}, facts derived by
 * {@link CaseFacts#derive}), so ages and derived flags are the domain's own. Defaults: a 30-year-old adult, an
 * incident in Mexico on 20 November 2026, reported in person two days later at a consulate in Mexico.
 */
final class CaseScenario {
    static final LocalDate INCIDENT = LocalDate.of(2026, 11, 20);
    static final Instant REPORTED = Instant.parse("2026-11-22T16:00:00Z");
    static final ZoneId OFFICE_ZONE = ZoneId.of("America/Mexico_City");

    private final CaseClassification classification;
    private LocalDate birthDate = INCIDENT.minusYears(30).minusDays(100);
    private final Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
    private String incidentCountry = "MX";
    private @Nullable LocalDate incidentDate = INCIDENT;
    private Instant reportedAt = REPORTED;
    private IntakeChannel channel = IntakeChannel.IN_PERSON;
    private final Set<String> circumstances = new LinkedHashSet<>();

    private CaseScenario(String type, String subtype) {
        this.classification = CaseClassification.of(type, subtype);
    }

    static CaseScenario caseOf(String type, String subtype) {
        return new CaseScenario(type, subtype);
    }

    /** A person of this age (in whole years, birthday long past) on the incident date. */
    CaseScenario aged(int years) {
        this.birthDate = INCIDENT.minusYears(years).minusDays(100);
        return this;
    }

    CaseScenario bornOn(LocalDate date) {
        this.birthDate = date;
        return this;
    }

    CaseScenario with(VulnerabilityFlag... more) {
        flags.addAll(List.of(more));
        return this;
    }

    CaseScenario in(String country) {
        this.incidentCountry = country;
        return this;
    }

    CaseScenario incidentOn(@Nullable LocalDate date) {
        this.incidentDate = date;
        return this;
    }

    CaseScenario reportedAt(Instant instant) {
        this.reportedAt = instant;
        return this;
    }

    CaseScenario through(IntakeChannel value) {
        this.channel = value;
        return this;
    }

    CaseScenario circumstance(String code) {
        circumstances.add(code);
        return this;
    }

    CaseFacts facts() {
        Person person = Person.builder(PersonName.of("Prueba", "Caso", null))
                .birthDate(new BirthDate.Exact(birthDate)).flags(flags).build();
        return CaseFacts.derive(classification, List.of(person), incidentDate, CountryCode.of(incidentCountry),
                reportedAt, OFFICE_ZONE, channel, circumstances);
    }

    RuleEvaluation evaluatedBy(CountryProfile profile) {
        return profile.rules().evaluate(facts());
    }

    Priority priorityUnder(CountryProfile profile) {
        return evaluatedBy(profile).priority().priority();
    }

    /** The institutions the rules suggest, in rule order. */
    List<String> referralsUnder(CountryProfile profile) {
        return evaluatedBy(profile).referrals().stream().map(RuleEvaluation.SuggestedReferral::institution).toList();
    }

    List<String> formsUnder(CountryProfile profile) {
        return evaluatedBy(profile).forms().stream().map(RuleEvaluation.RequiredForm::form).toList();
    }
}
