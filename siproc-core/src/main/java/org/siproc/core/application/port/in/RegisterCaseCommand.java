package org.siproc.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharingBasis;

/**
 * Registers a person and a protection case in one step. Either {@code person} (a new person) or
 * {@code existingPersonId} (someone already registered, e.g. chosen among duplicate candidates) is given.
 * {@code circumstances} are codes of the country profile's case circumstances (facts no flag or type says).
 */
public record RegisterCaseCommand(
        @NotBlank @Size(max = 8) String office,
        @Nullable @Valid PersonData person,
        @Nullable @Size(max = 36) String existingPersonId,
        @NotNull ReporterKind reporterKind,
        @Nullable @Size(max = 200) String reporterName,
        @Nullable @Size(max = 300) String reporterContact,
        @NotNull IntakeChannel channel,
        @Nullable @PastOrPresent LocalDate incidentDate,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String incidentCountry,
        @Nullable @Size(max = 100) String incidentRegion,
        @Nullable @Size(max = 100) String incidentCity,
        @NotBlank @Size(max = 50_000) String narrative,
        @NotBlank @Size(max = 64) String caseType,
        @NotBlank @Size(max = 64) String caseSubtype,
        @NotNull List<@Valid ConsentData> consents,
        Set<@NotBlank @Size(max = 64) String> circumstances) {

    public RegisterCaseCommand {
        // Clients that know nothing of circumstances (older API clients, forms without the field) send none.
        circumstances = circumstances == null ? Set.of() : Set.copyOf(circumstances);
    }

    /** A registration without case circumstances. */
    public RegisterCaseCommand(String office, @Nullable PersonData person, @Nullable String existingPersonId,
                               ReporterKind reporterKind, @Nullable String reporterName,
                               @Nullable String reporterContact, IntakeChannel channel, @Nullable LocalDate incidentDate,
                               String incidentCountry, @Nullable String incidentRegion, @Nullable String incidentCity,
                               String narrative, String caseType, String caseSubtype, List<ConsentData> consents) {
        this(office, person, existingPersonId, reporterKind, reporterName, reporterContact, channel, incidentDate,
                incidentCountry, incidentRegion, incidentCity, narrative, caseType, caseSubtype, consents, Set.of());
    }

    /** The same registration with the profile's case circumstances the officer noted (e.g. FAMILY_WITHOUT_MEANS). */
    public RegisterCaseCommand withCircumstances(Set<String> codes) {
        return new RegisterCaseCommand(office, person, existingPersonId, reporterKind, reporterName, reporterContact,
                channel, incidentDate, incidentCountry, incidentRegion, incidentCity, narrative, caseType, caseSubtype,
                consents, codes);
    }

    /** Consent (or a legal basis) recorded at intake for one purpose. */
    public record ConsentData(@NotNull ConsentPurpose purpose, @NotNull Consent.State state,
                              @NotNull SharingBasis basis, @Nullable @Size(max = 500) String note) {
        public static ConsentData given(ConsentPurpose purpose) {
            return new ConsentData(purpose, Consent.State.GIVEN, SharingBasis.CONSENT, null);
        }
    }
}
