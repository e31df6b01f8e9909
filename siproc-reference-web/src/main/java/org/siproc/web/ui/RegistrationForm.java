package org.siproc.web.ui;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharingBasis;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration page: person and case in one form, built into a {@code RegisterCaseCommand} by
 * {@link RegistrationController}. {@code classification} is {@code TYPE/SUBTYPE}.
 */
public class RegistrationForm {
    private @Nullable String office;
    private PersonForm person = new PersonForm();
    private @Nullable String existingPersonId;
    private ReporterKind reporterKind = ReporterKind.THE_PERSON;
    private @Nullable String reporterName;
    private @Nullable String reporterContact;
    private IntakeChannel channel = IntakeChannel.IN_PERSON;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate incidentDate;
    private String incidentCountry = "MX";
    private @Nullable String incidentRegion;
    private @Nullable String incidentCity;
    private @Nullable String narrative;
    private @Nullable String classification;
    private Set<String> circumstances = new LinkedHashSet<>();
    private boolean consentRegistration = true;
    private boolean consentReferral = false;
    private boolean consentStatistics = false;
    private @Nullable SharingBasis legalBasis;
    private boolean duplicatesChecked = false;

    public @Nullable String getOffice() {
        return office;
    }

    public void setOffice(@Nullable String value) {
        this.office = value;
    }
    public PersonForm getPerson() {
        return person;
    }

    public void setPerson(PersonForm value) {
        this.person = value;
    }
    public @Nullable String getExistingPersonId() {
        return existingPersonId;
    }

    public void setExistingPersonId(@Nullable String value) {
        this.existingPersonId = value;
    }
    public ReporterKind getReporterKind() {
        return reporterKind;
    }

    public void setReporterKind(ReporterKind value) {
        this.reporterKind = value;
    }
    public @Nullable String getReporterName() {
        return reporterName;
    }

    public void setReporterName(@Nullable String value) {
        this.reporterName = value;
    }
    public @Nullable String getReporterContact() {
        return reporterContact;
    }

    public void setReporterContact(@Nullable String value) {
        this.reporterContact = value;
    }
    public IntakeChannel getChannel() {
        return channel;
    }

    public void setChannel(IntakeChannel value) {
        this.channel = value;
    }
    public @Nullable LocalDate getIncidentDate() {
        return incidentDate;
    }

    public void setIncidentDate(@Nullable LocalDate value) {
        this.incidentDate = value;
    }
    public String getIncidentCountry() {
        return incidentCountry;
    }

    public void setIncidentCountry(String value) {
        this.incidentCountry = value;
    }
    public @Nullable String getIncidentRegion() {
        return incidentRegion;
    }

    public void setIncidentRegion(@Nullable String value) {
        this.incidentRegion = value;
    }
    public @Nullable String getIncidentCity() {
        return incidentCity;
    }

    public void setIncidentCity(@Nullable String value) {
        this.incidentCity = value;
    }
    public @Nullable String getNarrative() {
        return narrative;
    }

    public void setNarrative(@Nullable String value) {
        this.narrative = value;
    }
    public @Nullable String getClassification() {
        return classification;
    }

    public void setClassification(@Nullable String value) {
        this.classification = value;
    }
    /** Codes of the profile's case circumstances the officer ticked (e.g. FAMILY_WITHOUT_MEANS). */
    public Set<String> getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(@Nullable Set<String> value) {
        this.circumstances = value == null ? new LinkedHashSet<>() : value;
    }

    public boolean isConsentRegistration() {
        return consentRegistration;
    }

    public void setConsentRegistration(boolean value) {
        this.consentRegistration = value;
    }
    public boolean isConsentReferral() {
        return consentReferral;
    }

    public void setConsentReferral(boolean value) {
        this.consentReferral = value;
    }
    public boolean isConsentStatistics() {
        return consentStatistics;
    }

    public void setConsentStatistics(boolean value) {
        this.consentStatistics = value;
    }
    public @Nullable SharingBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(@Nullable SharingBasis value) {
        this.legalBasis = value;
    }
    public boolean isDuplicatesChecked() {
        return duplicatesChecked;
    }

    public void setDuplicatesChecked(boolean value) {
        this.duplicatesChecked = value;
    }
}
