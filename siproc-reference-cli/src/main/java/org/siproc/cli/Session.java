package org.siproc.cli;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.profile.CountryProfile;
import org.siproc.forms.PdfFormRenderer;
import org.siproc.persistence.jpa.JpaPersistence;
import org.siproc.persistence.jpa.accounts.JdbcAccounts;
import org.siproc.profiles.CountryProfiles;
import org.siproc.reporting.Reports;

/**
 * The one place where the CLI builds SIPROC for a run, through the public entry points of the modules: the country
 * profile, the JPA storage on the {@code --db} URL, the account store shared with the web app (passwords hashed
 * with Argon2id), Bean Validation with messages in the chosen language, the PDF forms and the statistics reports.
 * Closed at the end of the run.
 */
final class Session implements AutoCloseable {

    final String jdbcUrl;
    final CountryProfile profile;
    final JpaPersistence persistence;
    final SiprocCore core;
    final Reports reports;

    private Session(String jdbcUrl, CountryProfile profile, JpaPersistence persistence, SiprocCore core,
                    Reports reports) {
        this.jdbcUrl = jdbcUrl;
        this.profile = profile;
        this.persistence = persistence;
        this.core = core;
        this.reports = reports;
    }

    /**
     * Opens the session. Only {@code init} migrates the schema: other commands on a database that was never
     * initialised stop with a data error that says so, rather than creating an empty database by accident.
     */
    static Session open(String jdbcUrl, @Nullable String user, @Nullable String password, String profileId,
                        Locale locale, boolean migrate) {
        CountryProfile profile = CountryProfiles.load(profileId);
        JpaPersistence persistence;
        try {
            persistence = JpaPersistence.open(migrate ? jdbcUrl : existingOnly(jdbcUrl), user, password,
                    JpaPersistence.Options.defaults().withMigrate(migrate));
        } catch (RuntimeException e) {
            throw new SiprocCli.DataException("db", e, "data.database", jdbcUrl,
                    rootMessage(e), migrate ? "" : new Messages.Text("data.notInitialised"));
        }
        try {
            Clock clock = Clock.systemUTC();
            Validator validator = Validation.validator(locale);
            if (migrate) {
                JdbcAccounts.migrateSchema(persistence.dataSource());
            }
            // The accounts on the use cases' own transactions: an account change commits with its audit entry.
            SiprocCore core = persistence.wire(SiprocCore.builder(profile)).clock(clock).validator(validator)
                    .accounts(persistence.accounts(), new Argon2Passwords())
                    .formRenderer(new LazyForms(clock)).build();
            Reports reports = new Reports(persistence.statistics(), profile, persistence.auditTrail(), clock);
            return new Session(jdbcUrl, profile, persistence, core, reports);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
    }

    /**
     * An H2 URL that opens the database only if it exists: H2 would otherwise create an empty one on the first
     * connection, leaving a file behind for a mistyped {@code --db}.
     */
    static String existingOnly(String jdbcUrl) {
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        if (upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:") && !upper.contains(";IFEXISTS=")) {
            return jdbcUrl + ";IFEXISTS=TRUE";
        }
        return jdbcUrl;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        persistence.close();
    }

    /**
     * The PDF renderer, built on the first form: loading its templates and fonts takes a good part of a second, which
     * a {@code case show} in a script should not pay.
     */
    private static final class LazyForms implements FormRenderer {
        private final Clock clock;
        private @Nullable PdfFormRenderer renderer;

        LazyForms(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized RenderedForm render(FormRequest request) {
            if (renderer == null) {
                renderer = PdfFormRenderer.builder().clock(clock).build();
            }
            return renderer.render(request);
        }
    }

    /** Bean Validation with its messages in the user's language. */
    private static final class Validation {
        static Validator validator(Locale locale) {
            return jakarta.validation.Validation.byProvider(HibernateValidator.class).configure()
                    .defaultLocale(locale)
                    .buildValidatorFactory().getValidator();
        }
    }
}
