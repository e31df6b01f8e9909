package org.siproc.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.siproc.persistence.jpa.CaseRows.ReferralStepRow;

/**
 * Persistence model of a referral (<em>remisión</em>) of a case, with its steps. Part of the case: saved and
 * versioned through {@link CaseEntity}. Its own table, so referrals by institution and status can be counted in SQL.
 */
@Entity(name = "CaseReferral")
@Table(name = "case_referral")
class ReferralEntity {

    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    CaseEntity protectionCase;

    @Column(name = "pos", nullable = false)
    int position;
    @Column(name = "institution", nullable = false, length = 64)
    String institution;
    @Column(name = "reason", nullable = false, length = 500)
    String reason;
    @Column(name = "rule_id", length = 64)
    @Nullable String ruleId;
    @Column(name = "status", nullable = false, length = 20)
    String status;
    @Column(name = "sharing_basis", length = 20)
    @Nullable String sharingBasis;
    @Column(name = "shared_data", length = 30)
    @Nullable String sharedData;
    @Column(name = "response_due_at")
    @Nullable Instant responseDueAt;

    @ElementCollection
    @CollectionTable(name = "referral_step", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 64)
    List<ReferralStepRow> steps = new ArrayList<>();

    ReferralEntity() {
        // for Hibernate and the mapper
    }
}
