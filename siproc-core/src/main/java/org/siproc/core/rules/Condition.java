package org.siproc.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.Code;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.InvalidValueException;

/**
 * A condition of a profile rule over {@link CaseFacts}. Small on purpose: facts compared with values, combined
 * with all/any/not; no scripting, no reflection. Every condition explains itself in plain words
 * ({@link #describe()}), so an officer can read why a rule fired.
 *
 * <p>The condition language of the profile files has one key per record: {@code always} ({@link Always}),
 * {@code all}, {@code any}, {@code not}, {@code caseType}, {@code subtype}, {@code flag}, {@code ageUnder},
 * {@code incidentCountry}, {@code reportedWithinHours}, {@code channel} and {@code circumstance}
 * (see {@link #key()} and {@code docs/profiles.md}).
 */
public sealed interface Condition {

    boolean test(CaseFacts facts);

    String describe();

    /** The key that writes this condition in a profile file ({@code all}, {@code caseType}, ...). */
    String key();

    /** Holds for every case: for what every file needs (the intake sheet, the informed consent). */
    record Always() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return true;
        }

        @Override
        public String describe() {
            return "every case";
        }

        @Override
        public String key() {
            return "always";
        }
    }

    /** Every condition holds. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = nonEmpty(conditions, "all");
        }

        @Override
        public boolean test(CaseFacts facts) {
            return conditions.stream().allMatch(c -> c.test(facts));
        }

        @Override
        public String describe() {
            return conditions.stream().map(Condition::describe).collect(Collectors.joining(" and ", "(", ")"));
        }

        @Override
        public String key() {
            return "all";
        }
    }

    /** At least one condition holds. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = nonEmpty(conditions, "any");
        }

        @Override
        public boolean test(CaseFacts facts) {
            return conditions.stream().anyMatch(c -> c.test(facts));
        }

        @Override
        public String describe() {
            return conditions.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }

        @Override
        public String key() {
            return "any";
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean test(CaseFacts facts) {
            return !condition.test(facts);
        }

        @Override
        public String describe() {
            return "not " + condition.describe();
        }

        @Override
        public String key() {
            return "not";
        }
    }

    /** The case type is one of these codes. */
    record CaseTypeIn(Set<String> types) implements Condition {
        public CaseTypeIn {
            types = codes(types, "caseType");
        }

        @Override
        public boolean test(CaseFacts facts) {
            return types.contains(facts.classification().type());
        }

        @Override
        public String describe() {
            return "case type in " + sorted(types);
        }

        @Override
        public String key() {
            return "caseType";
        }
    }

    /** The case subtype is one of these codes. */
    record SubtypeIn(Set<String> subtypes) implements Condition {
        public SubtypeIn {
            subtypes = codes(subtypes, "subtype");
        }

        @Override
        public boolean test(CaseFacts facts) {
            return subtypes.contains(facts.classification().subtype());
        }

        @Override
        public String describe() {
            return "subtype in " + sorted(subtypes);
        }

        @Override
        public String key() {
            return "subtype";
        }
    }

    /** A person of the case has this vulnerability flag on the incident date (derived flags included). */
    record HasFlag(VulnerabilityFlag flag) implements Condition {
        public HasFlag {
            Objects.requireNonNull(flag, "flag");
        }

        @Override
        public boolean test(CaseFacts facts) {
            return facts.flags().contains(flag);
        }

        @Override
        public String describe() {
            return "flag " + flag;
        }

        @Override
        public String key() {
            return "flag";
        }
    }

    /** The youngest person was under this age on the incident date. False when no birth date is known. */
    record AgeUnder(int years) implements Condition {
        public AgeUnder {
            if (years < 0 || years > 130) {
                throw new InvalidValueException("ageUnder", "an age between 0 and 130 is expected");
            }
        }

        @Override
        public boolean test(CaseFacts facts) {
            return facts.youngestAge().isPresent() && facts.youngestAge().getAsInt() < years;
        }

        @Override
        public String describe() {
            return "age under " + years + " on the incident date";
        }

        @Override
        public String key() {
            return "ageUnder";
        }
    }

    /** The incident happened in one of these countries. */
    record IncidentCountryIn(Set<CountryCode> countries) implements Condition {
        public IncidentCountryIn {
            if (countries.isEmpty()) {
                throw new InvalidValueException("incidentCountryIn", "at least one country is expected");
            }
            countries = Set.copyOf(countries);
        }

        @Override
        public boolean test(CaseFacts facts) {
            return countries.contains(facts.incidentCountry());
        }

        @Override
        public String describe() {
            return "incident in " + sorted(countries);
        }

        @Override
        public String key() {
            return "incidentCountry";
        }
    }

    /** The case was reported within this many hours of the incident day (false when the date is unknown). */
    record ReportedWithinHours(int hours) implements Condition {
        public ReportedWithinHours {
            if (hours <= 0) {
                throw new InvalidValueException("reportedWithinHours", "a positive number of hours is expected");
            }
        }

        @Override
        public boolean test(CaseFacts facts) {
            return facts.hoursSinceIncident() != null && facts.hoursSinceIncident() <= hours;
        }

        @Override
        public String describe() {
            return "reported within " + hours + " h of the incident";
        }

        @Override
        public String key() {
            return "reportedWithinHours";
        }
    }

    /** The case came in through one of these channels. */
    record ChannelIn(Set<IntakeChannel> channels) implements Condition {
        public ChannelIn {
            if (channels.isEmpty()) {
                throw new InvalidValueException("channelIn", "at least one channel is expected");
            }
            channels = Set.copyOf(channels);
        }

        @Override
        public boolean test(CaseFacts facts) {
            return channels.contains(facts.channel());
        }

        @Override
        public String describe() {
            return "channel in " + sorted(channels);
        }

        @Override
        public String key() {
            return "channel";
        }
    }

    /**
     * The officer recorded this circumstance of the case, one the profile defines because no flag or case type
     * says it (e.g. {@code FAMILY_WITHOUT_MEANS}: the family cannot pay the repatriation of the remains).
     */
    record HasCircumstance(String circumstance) implements Condition {
        public HasCircumstance {
            circumstance = Code.normalise("circumstance", circumstance);
        }

        @Override
        public boolean test(CaseFacts facts) {
            return facts.circumstances().contains(circumstance);
        }

        @Override
        public String describe() {
            return "circumstance " + circumstance;
        }

        @Override
        public String key() {
            return "circumstance";
        }
    }

    /** Values in a stable order, so a rule explains itself the same way every time. */
    private static String sorted(Set<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<Condition> nonEmpty(List<Condition> conditions, String field) {
        if (conditions == null || conditions.isEmpty()) {
            throw new InvalidValueException(field, "at least one condition is expected");
        }
        return List.copyOf(conditions);
    }

    private static Set<String> codes(Set<String> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValueException(field, "at least one code is expected");
        }
        return values.stream().map(v -> Code.normalise(field, v.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
