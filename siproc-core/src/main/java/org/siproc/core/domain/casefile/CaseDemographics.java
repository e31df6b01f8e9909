package org.siproc.core.domain.casefile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;

/**
 * The main person's characteristics as recorded when the case was opened: sex, minimum age on the incident date,
 * department of origin and vulnerability flags. Statistics count these, so a report on a past period gives the same
 * numbers tomorrow, and aggregation needs no join with the person records.
 *
 * @param ageAtIncident the lower bound of the age on the incident date; null when no birth date was known
 */
public record CaseDemographics(Sex sex, @Nullable Integer ageAtIncident, @Nullable String originDepartment,
                               Set<VulnerabilityFlag> flags) {

    public CaseDemographics {
        Objects.requireNonNull(sex, "sex");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public static CaseDemographics unknown() {
        return new CaseDemographics(Sex.UNKNOWN, null, null, Set.of());
    }

    /** What {@code person} looked like on {@code incidentDay}. */
    public static CaseDemographics of(Person person, LocalDate incidentDay) {
        return new CaseDemographics(person.sex(),
                person.minimumAgeOn(incidentDay).isPresent() ? person.minimumAgeOn(incidentDay).getAsInt() : null,
                person.origin() == null ? null : person.origin().departmentCode(), person.flagsOn(incidentDay));
    }
}
