package org.siproc.web.ui;

import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.ReferralQuery;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.shared.OfficeCode;

/**
 * The filters of the referrals inbox page ({@code ?status&institution&office&overdue&page}), turned into core's
 * {@link ReferralQuery}. Blank means "any"; without an office, staff of a consulate get their own office (the core
 * scopes them anyway), headquarters all offices.
 */
public class ReferralFilter {
    private @Nullable ReferralStatus status;
    private @Nullable String institution;
    private @Nullable String office;
    private boolean overdue;
    private int page;

    ReferralQuery query(Actor actor, int pageSize) {
        OfficeCode officeCode = blank(office) ? actor.office() : OfficeCode.of(office);
        return new ReferralQuery(officeCode, blank(institution) ? null : institution, status, overdue,
                Math.max(page, 0), pageSize);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    public @Nullable ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable ReferralStatus value) {
        this.status = value;
    }

    public @Nullable String getInstitution() {
        return institution;
    }

    public void setInstitution(@Nullable String value) {
        this.institution = value;
    }

    public @Nullable String getOffice() {
        return office;
    }

    public void setOffice(@Nullable String value) {
        this.office = value;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean value) {
        this.overdue = value;
    }

    public int getPage() {
        return Math.max(page, 0);
    }

    public void setPage(int value) {
        this.page = value;
    }
}
