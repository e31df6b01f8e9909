package org.siproc.core.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.OfficeCode;
import org.jspecify.annotations.Nullable;

/**
 * Outgoing port: stores and finds protection cases. Implementations keep optimistic locking: {@link #save} refuses
 * a case whose stored version is not the version it was read at.
 */
public interface ProtectionCases {

    /** The case with that number; empty when there is none. Never returns null. */
    Optional<ProtectionCase> findByNumber(CaseNumber number);

    /**
     * Inserts a new case (version 0, number not yet used) or updates a stored one.
     *
     * @return the new stored version
     * @throws org.siproc.core.domain.shared.VersionConflictException when the stored version is not
     *         {@code protectionCase.version()}, or a new case's number is taken; nothing is saved then
     */
    long save(ProtectionCase protectionCase);

    /** The cases concerning a person, newest first. */
    List<ProtectionCase> findByPerson(PersonId person);

    /** Summaries of the cases matching the query, newest first, paged; {@code now} decides what is overdue. */
    List<CaseSummary> find(CaseQuery query, Instant now);

    /** Open cases of an office (all offices when null) with a follow-up or referral overdue at {@code now}. */
    List<ProtectionCase> findWithOverdueItems(@Nullable OfficeCode office, Instant now);

    /**
     * Referrals that were sent (status SENT or later, dismissed and suggested ones excluded) matching the query,
     * due soonest first (no due date last), then by case number; paged. {@code now} decides what is overdue.
     */
    List<ReferralSummary> findReferrals(ReferralQuery query, Instant now);

    /** Cases in status RESOLVED whose last status change is older than {@code before}. */
    List<ProtectionCase> findResolvedBefore(Instant before);
}
