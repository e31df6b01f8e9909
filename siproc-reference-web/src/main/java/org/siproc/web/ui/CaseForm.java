package org.siproc.web.ui;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Priority;
import org.siproc.core.domain.casefile.ReferralResponse;
import org.siproc.core.domain.casefile.SharingBasis;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The small forms of the case page (record an action, schedule or complete a follow-up, change status, refer,
 * answer a referral, assign, raise priority). {@code form} names the one submitted, so its errors show beside it;
 * {@code expectedVersion} is the version the user saw (optimistic locking).
 */
public class CaseForm {
    private String form = "";
    private @Nullable Long expectedVersion;
    private ActionKind kind = ActionKind.NOTE;
    private @Nullable String text;
    private @Nullable String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueDate;
    private @Nullable String outcome;
    private @Nullable CaseStatus target;
    private @Nullable String reason;
    private @Nullable String institution;
    private boolean includeNarrative = false;
    private @Nullable SharingBasis legalBasis;
    private ReferralResponse response = ReferralResponse.ACKNOWLEDGE;
    private @Nullable String note;
    private Priority priority = Priority.URGENT;
    private @Nullable String officer;
    private @Nullable String caseNumber;
    private @Nullable String entryId;

    public String getForm() {
        return form;
    }

    public void setForm(String value) {
        this.form = value;
    }
    public @Nullable Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(@Nullable Long value) {
        this.expectedVersion = value;
    }
    public ActionKind getKind() {
        return kind;
    }

    public void setKind(ActionKind value) {
        this.kind = value;
    }
    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String value) {
        this.text = value;
    }
    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String value) {
        this.description = value;
    }
    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate value) {
        this.dueDate = value;
    }
    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String value) {
        this.outcome = value;
    }
    public @Nullable CaseStatus getTarget() {
        return target;
    }

    public void setTarget(@Nullable CaseStatus value) {
        this.target = value;
    }
    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String value) {
        this.reason = value;
    }
    public @Nullable String getInstitution() {
        return institution;
    }

    public void setInstitution(@Nullable String value) {
        this.institution = value;
    }
    public boolean isIncludeNarrative() {
        return includeNarrative;
    }

    public void setIncludeNarrative(boolean value) {
        this.includeNarrative = value;
    }
    public @Nullable SharingBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(@Nullable SharingBasis value) {
        this.legalBasis = value;
    }
    public ReferralResponse getResponse() {
        return response;
    }

    public void setResponse(ReferralResponse value) {
        this.response = value;
    }
    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String value) {
        this.note = value;
    }
    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority value) {
        this.priority = value;
    }
    public @Nullable String getOfficer() {
        return officer;
    }

    public void setOfficer(@Nullable String value) {
        this.officer = value;
    }
    public @Nullable String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(@Nullable String value) {
        this.caseNumber = value;
    }
    public @Nullable String getEntryId() {
        return entryId;
    }

    public void setEntryId(@Nullable String value) {
        this.entryId = value;
    }
}
