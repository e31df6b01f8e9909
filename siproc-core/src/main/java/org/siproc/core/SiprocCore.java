package org.siproc.core;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siproc.core.adapter.memory.InMemoryAccounts;
import org.siproc.core.adapter.memory.InMemoryAuditTrail;
import org.siproc.core.adapter.memory.InMemoryBulkCaseWriter;
import org.siproc.core.adapter.memory.InMemoryCaseNumberSequence;
import org.siproc.core.adapter.memory.InMemoryCaseStatistics;
import org.siproc.core.adapter.memory.InMemoryNotifier;
import org.siproc.core.adapter.memory.InMemoryPersons;
import org.siproc.core.adapter.memory.InMemoryProtectionCases;
import org.siproc.core.adapter.memory.InMemoryTransactions;
import org.siproc.core.application.port.in.AssignCaseUseCase;
import org.siproc.core.application.port.in.ChangeCaseStatusUseCase;
import org.siproc.core.application.port.in.ExportCasesUseCase;
import org.siproc.core.application.port.in.FindOverdueUseCase;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase;
import org.siproc.core.application.port.in.ListReferralsUseCase;
import org.siproc.core.application.port.in.ManageAccountsUseCase;
import org.siproc.core.application.port.in.ManageFollowUpsUseCase;
import org.siproc.core.application.port.in.MergePersonsUseCase;
import org.siproc.core.application.port.in.RecordActionUseCase;
import org.siproc.core.application.port.in.RecordConsentUseCase;
import org.siproc.core.application.port.in.ReferCaseUseCase;
import org.siproc.core.application.port.in.RegisterCaseUseCase;
import org.siproc.core.application.port.in.RenderFormUseCase;
import org.siproc.core.application.port.in.RespondToReferralUseCase;
import org.siproc.core.application.port.in.SearchPersonsUseCase;
import org.siproc.core.application.port.in.ViewCaseUseCase;
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
import org.siproc.core.application.service.Services;
import org.siproc.core.profile.CountryProfile;

/**
 * The one wiring point of SIPROC: builds the use cases from a country profile and the outbound adapters. The
 * reference web app, the CLI and a ministry's own system all start here; there is no component scanning.
 *
 * <pre>{@code
 * SiprocCore core = SiprocCore.builder(profile)
 *         .cases(myCases).persons(myPersons).caseNumbers(mySequence)
 *         .auditTrail(myAudit).transactions(myTransactions)
 *         .build();
 * RegistrationResult r = core.registerCase().register(actor, command);
 * }</pre>
 */
public final class SiprocCore {

    private final Services services;
    private final CountryProfile profile;
    private final @Nullable ManageAccountsUseCase accounts;

    private SiprocCore(Services services, CountryProfile profile, @Nullable ManageAccountsUseCase accounts) {
        this.services = services;
        this.profile = profile;
        this.accounts = accounts;
    }

    public static Builder builder(CountryProfile profile) {
        return new Builder(profile);
    }

    /** A core on thread-safe in-memory adapters: for tests, demos and trying SIPROC out. */
    public static InMemory inMemory(CountryProfile profile, Clock clock) {
        return new InMemory(profile, clock);
    }

    public CountryProfile profile() {
        return profile;
    }

    public RegisterCaseUseCase registerCase() {
        return services.registration();
    }

    public ViewCaseUseCase viewCase() {
        return services.queries();
    }

    public FindOverdueUseCase findOverdue() {
        return services.queries();
    }

    public ListReferralsUseCase listReferrals() {
        return services.queries();
    }

    public RecordActionUseCase recordAction() {
        return services.caseWork();
    }

    public ManageFollowUpsUseCase followUps() {
        return services.caseWork();
    }

    public AssignCaseUseCase assignCase() {
        return services.caseWork();
    }

    public ChangeCaseStatusUseCase changeStatus() {
        return services.caseWork();
    }

    public RecordConsentUseCase recordConsent() {
        return services.caseWork();
    }

    public ReferCaseUseCase referCase() {
        return services.referrals();
    }

    public RespondToReferralUseCase respondToReferral() {
        return services.referrals();
    }

    public MergePersonsUseCase mergePersons() {
        return services.merges();
    }

    public SearchPersonsUseCase searchPersons() {
        return services.search();
    }

    /**
     * Printing forms.
     *
     * @throws IllegalStateException when the core was built without a form renderer
     */
    public RenderFormUseCase renderForm() {
        RenderFormUseCase forms = services.forms();
        if (forms == null) {
            throw new IllegalStateException("SIPROC was built without a FormRenderer (see SiprocCore.Builder.formRenderer)");
        }
        return forms;
    }

    /**
     * The user accounts: the first administrator, accounts managed by an administrator, an account's actor.
     *
     * @throws IllegalStateException when the core was built without an account store (see
     *         {@link Builder#accounts})
     */
    public ManageAccountsUseCase manageAccounts() {
        if (accounts == null) {
            throw new IllegalStateException("SIPROC was built without an account store (see SiprocCore.Builder.accounts)");
        }
        return accounts;
    }

    /**
     * Bulk import of cases from a legacy system.
     *
     * @throws IllegalStateException when the core was built without a bulk case writer
     */
    public ImportLegacyCasesUseCase importLegacyCases() {
        ImportLegacyCasesUseCase imports = services.imports();
        if (imports == null) {
            throw new IllegalStateException("SIPROC was built without a BulkCaseWriter (see SiprocCore.Builder.bulkCaseWriter)");
        }
        return imports;
    }

    public ExportCasesUseCase exportCases() {
        return services.exports();
    }

    /** Collects the outbound adapters; every one but the form renderer and notifier is required. */
    public static final class Builder {
        private final CountryProfile profile;
        private @Nullable ProtectionCases cases;
        private @Nullable Persons persons;
        private @Nullable CaseNumberSequence caseNumbers;
        private @Nullable AuditTrail auditTrail;
        private @Nullable Transactions transactions;
        private @Nullable Notifier notifier;
        private @Nullable FormRenderer formRenderer;
        private @Nullable Accounts accountStore;
        private @Nullable PasswordHasher passwordHasher;
        private @Nullable BulkCaseWriter bulkCaseWriter;
        private Clock clock = Clock.systemUTC();
        private @Nullable Validator validator;

        private Builder(CountryProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        public Builder cases(ProtectionCases value) {
            this.cases = value;
            return this;
        }

        public Builder persons(Persons value) {
            this.persons = value;
            return this;
        }

        public Builder caseNumbers(CaseNumberSequence value) {
            this.caseNumbers = value;
            return this;
        }

        public Builder auditTrail(AuditTrail value) {
            this.auditTrail = value;
            return this;
        }

        public Builder transactions(Transactions value) {
            this.transactions = value;
            return this;
        }

        /** Optional: where case events go after they are saved; by default they are only logged. */
        public Builder notifier(Notifier value) {
            this.notifier = value;
            return this;
        }

        /** Optional: without one, {@link SiprocCore#renderForm()} is unavailable. */
        public Builder formRenderer(FormRenderer value) {
            this.formRenderer = value;
            return this;
        }

        /**
         * Optional: the account store and the password hasher; without them, {@link SiprocCore#manageAccounts()}
         * is unavailable (an embedder that authenticates its users itself builds {@code Actor}s directly).
         */
        public Builder accounts(Accounts store, PasswordHasher hasher) {
            this.accountStore = Objects.requireNonNull(store, "store");
            this.passwordHasher = Objects.requireNonNull(hasher, "hasher");
            return this;
        }

        /** Optional: without one, {@link SiprocCore#importLegacyCases()} is unavailable. */
        public Builder bulkCaseWriter(BulkCaseWriter value) {
            this.bulkCaseWriter = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Optional: the Bean Validation validator; by default the provider found on the class path. */
        public Builder validator(Validator value) {
            this.validator = value;
            return this;
        }

        public SiprocCore build() {
            Validator v = validator != null ? validator : Validation.buildDefaultValidatorFactory().getValidator();
            Notifier n = notifier != null ? notifier : new InMemoryNotifier();
            AuditTrail audit = required(auditTrail, "auditTrail");
            Transactions tx = required(transactions, "transactions");
            Services services = Services.wire(profile, required(cases, "cases"), required(persons, "persons"),
                    required(caseNumbers, "caseNumbers"), audit, n, tx, clock, v, formRenderer, bulkCaseWriter);
            ManageAccountsUseCase accounts = accountStore == null || passwordHasher == null ? null
                    : Services.accounts(profile, accountStore, passwordHasher, audit, tx, clock);
            return new SiprocCore(services, profile, accounts);
        }

        private static <T> T required(@Nullable T value, String name) {
            if (value == null) {
                throw new IllegalStateException("SiprocCore.Builder: " + name + " is required");
            }
            return value;
        }
    }

    /** A core wired to in-memory adapters, which stay reachable for inspection. */
    public static final class InMemory {
        private final InMemoryTransactions transactions = new InMemoryTransactions();
        private final InMemoryPersons persons = new InMemoryPersons(transactions);
        private final InMemoryProtectionCases cases = new InMemoryProtectionCases(transactions, persons);
        private final InMemoryAuditTrail audit = new InMemoryAuditTrail(transactions);
        private final InMemoryNotifier notifier = new InMemoryNotifier();
        private final InMemoryCaseStatistics statistics = new InMemoryCaseStatistics(cases);
        private final InMemoryAccounts accounts = new InMemoryAccounts(transactions);
        private final InMemoryCaseNumberSequence caseNumbers = new InMemoryCaseNumberSequence();
        private final InMemoryBulkCaseWriter bulk = new InMemoryBulkCaseWriter(transactions, persons, cases, caseNumbers);
        private final Builder builder;
        private @Nullable SiprocCore core;

        private InMemory(CountryProfile profile, Clock clock) {
            this.builder = builder(profile).cases(cases).persons(persons).caseNumbers(caseNumbers)
                    .auditTrail(audit).bulkCaseWriter(bulk).transactions(transactions).notifier(notifier).clock(clock);
        }

        public InMemory formRenderer(FormRenderer renderer) {
            builder.formRenderer(renderer);
            return this;
        }

        /** Adds in-memory user accounts, their passwords hashed by {@code hasher}. */
        public InMemory accounts(PasswordHasher hasher) {
            builder.accounts(accounts, hasher);
            return this;
        }

        public InMemoryAccounts accounts() {
            return accounts;
        }

        public synchronized SiprocCore core() {
            if (core == null) {
                core = builder.build();
            }
            return core;
        }

        public InMemoryProtectionCases cases() {
            return cases;
        }

        public InMemoryPersons persons() {
            return persons;
        }

        public InMemoryAuditTrail audit() {
            return audit;
        }

        public InMemoryTransactions transactions() {
            return transactions;
        }

        /** Statistics over the in-memory cases (the reporting module's query port). */
        public InMemoryCaseStatistics statistics() {
            return statistics;
        }

        public InMemoryNotifier notifier() {
            return notifier;
        }

        /** The imported cases' legacy references and the import checkpoints. */
        public InMemoryBulkCaseWriter bulkCaseWriter() {
            return bulk;
        }
    }
}
