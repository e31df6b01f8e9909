package org.siproc.core.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.out.CaseQuery;
import org.siproc.core.application.port.out.CaseSummary;
import org.siproc.core.application.port.in.CaseView;
import org.siproc.core.application.port.in.FindOverdueUseCase;
import org.siproc.core.application.port.in.OverdueItem;
import org.siproc.core.application.port.in.ListReferralsUseCase;
import org.siproc.core.application.port.in.ViewCaseUseCase;
import org.siproc.core.application.port.out.ReferralQuery;
import org.siproc.core.application.port.out.ReferralSummary;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.audit.AuditAction;
import org.siproc.core.domain.audit.AuditEvent;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.shared.OfficeCode;

/** Reads cases: one case (audited), lists, and the overdue alerts. */
final class CaseQueryService implements ViewCaseUseCase, FindOverdueUseCase, ListReferralsUseCase {
    private final CaseWork work;
    private final CaseViews views;

    CaseQueryService(CaseWork work, CaseViews views) {
        this.work = work;
        this.views = views;
    }

    @Override
    public CaseView view(Actor actor, String caseNumber) {
        CaseNumber number = CaseNumber.parse(caseNumber);
        return work.guarded(actor, number.toString(), () -> work.transactions.inTransaction(() -> {
            ProtectionCase c = work.load(number);
            work.policy.require(actor, Permission.VIEW_CASE, c.office(), number);
            CaseView view = views.view(actor, c, work.persons.findAllById(c.persons()));
            work.audit.record(new AuditEvent(work.now(), actor.user(), actor.role(), actor.origin(), AuditAction.VIEW,
                    "VIEW_CASE", number.toString(), Map.of("sensitive", String.valueOf(!view.sensitiveRedacted()))));
            return view;
        }));
    }

    @Override
    public List<CaseSummary> list(Actor actor, CaseQuery query) {
        work.validator.validate(query);
        OfficeCode office = scope(actor, query.office());
        return work.guarded(actor, "cases", () -> {
            work.policy.require(actor, Permission.VIEW_CASE, office, "cases");
            return work.transactions.inTransaction(() -> work.cases.find(query.inOffice(office), work.now()));
        });
    }

    @Override
    public List<OverdueItem> findOverdue(Actor actor) {
        OfficeCode office = scope(actor, null);
        return work.guarded(actor, "overdue", () -> {
            work.policy.require(actor, Permission.VIEW_CASE, office, "overdue");
            Instant now = work.now();
            List<OverdueItem> items = new ArrayList<>();
            for (ProtectionCase c : work.transactions.inTransaction(() -> work.cases.findWithOverdueItems(office, now))) {
                for (FollowUp f : c.followUps()) {
                    if (f.overdue(now)) {
                        items.add(new OverdueItem(c.number(), c.office(), OverdueItem.Kind.FOLLOW_UP, f.id().toString(),
                                f.description(), f.dueAt(), f.owner().value()));
                    }
                }
                for (Referral r : c.referrals()) {
                    if (r.overdue(now)) {
                        items.add(new OverdueItem(c.number(), c.office(), OverdueItem.Kind.REFERRAL, r.id().toString(),
                                r.reason(), r.responseDueAt(), r.institution()));
                    }
                }
            }
            items.sort(Comparator.comparing(OverdueItem::dueAt));
            return items;
        });
    }

    @Override
    public List<ReferralSummary> list(Actor actor, ReferralQuery query) {
        work.validator.validate(query);
        return work.guarded(actor, "referrals", () -> {
            ReferralQuery scoped;
            if (actor.role() == Role.PARTNER) {
                work.policy.require(actor, Permission.RESPOND_TO_REFERRAL, null, "referrals");
                if (query.institution() != null && !query.institution().equalsIgnoreCase(actor.institution())) {
                    throw new AccessDeniedException(actor, Permission.RESPOND_TO_REFERRAL, query.institution());
                }
                scoped = query.scoped(query.office(), actor.institution());
            } else {
                OfficeCode office = scope(actor, query.office());
                work.policy.require(actor, Permission.VIEW_CASE, office, "referrals");
                scoped = query.scoped(office, query.institution());
            }
            Instant now = work.now();
            List<ReferralSummary> found = work.transactions.inTransaction(() -> work.cases.findReferrals(scoped, now));
            work.audit.record(new AuditEvent(now, actor.user(), actor.role(), actor.origin(), AuditAction.SEARCH,
                    "REFERRAL_LIST", "referrals", Map.of("results", String.valueOf(found.size()))));
            return found;
        });
    }

    /** Officers and consuls see their own office only, whatever they ask for; HQ sees what it asks for. */
    static @Nullable OfficeCode scope(Actor actor, @Nullable OfficeCode asked) {
        return switch (actor.role()) {
            case OFFICER, CONSUL -> {
                if (asked != null && !asked.equals(actor.office())) {
                    throw new AccessDeniedException(actor, Permission.VIEW_CASE, asked);
                }
                yield actor.office();
            }
            default -> asked;
        };
    }
}
