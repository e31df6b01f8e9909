package org.siproc.core.application.service;

import jakarta.validation.Validator;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.ExportCasesUseCase;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase;
import org.siproc.core.application.port.in.ManageAccountsUseCase;
import org.siproc.core.application.port.in.RenderFormUseCase;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.application.port.out.AuditTrail;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.application.port.out.CaseNumberSequence;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.application.port.out.Notifier;
import org.siproc.core.application.port.out.PasswordHasher;
import org.siproc.core.application.port.out.Persons;
import org.siproc.core.application.port.out.ProtectionCases;
import org.siproc.core.application.port.out.Transactions;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.profile.CountryProfile;

/**
 * The application services, wired once. Public only so that {@link org.siproc.core.SiprocCore} (another package)
 * can build them; the services themselves stay package-private.
 */
public final class Services {
    private final RegistrationService registration;
    private final CaseQueryService queries;
    private final CaseWorkService caseWork;
    private final ReferralService referrals;
    private final PersonMergeService merges;
    private final PersonSearchService search;
    private final @Nullable FormService forms;
    private final @Nullable LegacyImportService imports;
    private final CaseExportService exports;

    private Services(RegistrationService registration, CaseQueryService queries, CaseWorkService caseWork,
                     ReferralService referrals, PersonMergeService merges, PersonSearchService search,
                     @Nullable FormService forms, @Nullable LegacyImportService imports, CaseExportService exports) {
        this.registration = registration;
        this.queries = queries;
        this.caseWork = caseWork;
        this.referrals = referrals;
        this.merges = merges;
        this.search = search;
        this.forms = forms;
        this.imports = imports;
        this.exports = exports;
    }

    public static Services wire(CountryProfile profile, ProtectionCases cases, Persons persons,
                                CaseNumberSequence sequence, AuditTrail audit, Notifier notifier,
                                Transactions transactions, Clock clock, Validator validator,
                                @Nullable FormRenderer renderer, @Nullable BulkCaseWriter bulkWriter) {
        AccessPolicy policy = new AccessPolicy();
        CaseWork work = new CaseWork(profile, cases, persons, audit, notifier, transactions, clock, policy,
                new CommandValidator(validator));
        CaseViews views = new CaseViews(policy, profile);
        return new Services(new RegistrationService(work, sequence, new PersonFactory(profile, clock)),
                new CaseQueryService(work, views), new CaseWorkService(work), new ReferralService(work),
                new PersonMergeService(work), new PersonSearchService(work),
                renderer == null ? null : new FormService(work, renderer),
                bulkWriter == null ? null : new LegacyImportService(work, bulkWriter),
                new CaseExportService(work, views, bulkWriter));
    }

    /**
     * The accounts use case, on an account store and a password hasher; separate from {@link #wire} because an
     * embedder that authenticates users itself has neither.
     */
    public static ManageAccountsUseCase accounts(CountryProfile profile, Accounts accounts, PasswordHasher hasher,
                                                 AuditTrail audit, Transactions transactions, Clock clock) {
        return new AccountService(profile, accounts, hasher, audit, transactions, clock);
    }

    public org.siproc.core.application.port.in.RegisterCaseUseCase registration() {
        return registration;
    }

    public CaseQueryService queries() {
        return queries;
    }

    public CaseWorkService caseWork() {
        return caseWork;
    }

    public ReferralService referrals() {
        return referrals;
    }

    public PersonMergeService merges() {
        return merges;
    }

    public PersonSearchService search() {
        return search;
    }

    public @Nullable RenderFormUseCase forms() {
        return forms;
    }

    public @Nullable ImportLegacyCasesUseCase imports() {
        return imports;
    }

    public ExportCasesUseCase exports() {
        return exports;
    }
}
