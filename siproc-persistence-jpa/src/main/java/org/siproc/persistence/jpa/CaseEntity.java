package org.siproc.persistence.jpa;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.siproc.persistence.jpa.CaseRows.ActionRow;
import org.siproc.persistence.jpa.CaseRows.AttachmentRow;
import org.siproc.persistence.jpa.CaseRows.ConsentRow;
import org.siproc.persistence.jpa.CaseRows.FollowUpRow;
import org.siproc.persistence.jpa.CaseRows.StatusChangeRow;

/**
 * Persistence model of a protection case (the <em>expediente</em>): the root row with its optimistic-lock
 * {@link Version}, and its value lists in child tables. Written and read only through {@link CaseMapper}.
 * Codes and enums are stored as their names, so the domain's types stay free of persistence concerns.
 */
@Entity(name = "ProtectionCase")
@Table(name = "protection_case")
@DynamicUpdate
class CaseEntity {

    @Id
    UUID id;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Set on every save, always to a new value: a save with no other change still bumps the version. */
    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    @Column(name = "case_number", nullable = false, length = 32, updatable = false)
    String caseNumber;
    @Column(name = "country", nullable = false, length = 2, updatable = false)
    String country;
    @Column(name = "office", nullable = false, length = 8, updatable = false)
    String office;
    @Column(name = "case_year", nullable = false, updatable = false)
    int caseYear;
    @Column(name = "case_sequence", nullable = false, updatable = false)
    int caseSequence;

    @Column(name = "main_person_id", nullable = false)
    UUID mainPersonId;

    @ElementCollection
    @CollectionTable(name = "case_person", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @Column(name = "person_id", nullable = false)
    @BatchSize(size = 32)
    List<UUID> persons = new ArrayList<>();

    @Column(name = "reporter_kind", nullable = false, length = 30)
    String reporterKind;
    @Column(name = "reporter_name", length = 200)
    @Nullable String reporterName;
    @Column(name = "reporter_contact", length = 300)
    @Nullable String reporterContact;
    @Column(name = "intake_channel", nullable = false, length = 30)
    String channel;

    @Column(name = "incident_date")
    @Nullable LocalDate incidentDate;
    @Column(name = "incident_country", nullable = false, length = 2)
    String incidentCountry;
    @Column(name = "incident_region", length = 100)
    @Nullable String incidentRegion;
    @Column(name = "incident_city", length = 100)
    @Nullable String incidentCity;

    @Column(name = "narrative", nullable = false, length = 50000)
    String narrative;

    @Column(name = "case_type", nullable = false, length = 64)
    String caseType;
    @Column(name = "case_subtype", nullable = false, length = 64)
    String caseSubtype;

    /** The main person as recorded at intake ({@code CaseDemographics}): what statistics count. */
    @Column(name = "main_sex", nullable = false, length = 10)
    String mainSex;
    @Column(name = "main_age_at_incident")
    @Nullable Integer mainAgeAtIncident;
    @Column(name = "main_origin_department", length = 10)
    @Nullable String mainOriginDepartment;
    @ElementCollection
    @CollectionTable(name = "case_vulnerability", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @Column(name = "flag", nullable = false, length = 40)
    @BatchSize(size = 32)
    List<String> mainFlags = new ArrayList<>();

    /** Circumstance codes of the profile recorded at intake (e.g. fear of return). */
    @ElementCollection
    @CollectionTable(name = "case_circumstance", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @Column(name = "circumstance", nullable = false, length = 64)
    @BatchSize(size = 32)
    List<String> circumstances = new ArrayList<>();

    @Column(name = "priority", nullable = false, length = 10)
    String priority;
    @Column(name = "priority_rule", length = 64)
    @Nullable String priorityRule;
    @Column(name = "priority_reason", nullable = false, length = 500)
    String priorityReason;
    @Column(name = "priority_raised_by", length = 120)
    @Nullable String priorityRaisedBy;

    @Column(name = "assignee", length = 120)
    @Nullable String assignee;
    @Column(name = "status", nullable = false, length = 20)
    String status;
    /** When the case last changed status (denormalised from the history, for "resolved before" queries). */
    @Column(name = "status_changed_at", nullable = false)
    Instant statusChangedAt;
    @Column(name = "registered_at", nullable = false, updatable = false)
    Instant registeredAt;
    @Column(name = "registered_by", nullable = false, length = 120, updatable = false)
    String registeredBy;
    /**
     * The earliest due date of an open follow-up or of a referral awaiting the institution; null when none.
     * Denormalised so that "overdue" is one indexed comparison.
     */
    @Column(name = "next_due_at")
    @Nullable Instant nextDueAt;

    @ElementCollection
    @CollectionTable(name = "case_consent", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 32)
    List<ConsentRow> consents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_attachment", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 32)
    List<AttachmentRow> attachments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_action", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 32)
    List<ActionRow> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_follow_up", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 32)
    List<FollowUpRow> followUps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_status_change", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 32)
    List<StatusChangeRow> history = new ArrayList<>();

    @OneToMany(mappedBy = "protectionCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 32)
    List<ReferralEntity> referrals = new ArrayList<>();

    CaseEntity() {
        // for Hibernate and the mapper
    }
}
