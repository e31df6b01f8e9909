package org.siproc.web;

import jakarta.validation.Validator;
import javax.sql.DataSource;
import org.siproc.core.SiprocCore;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.profile.CountryProfile;
import org.siproc.forms.PdfFormRenderer;
import org.siproc.reporting.Reports;
import org.siproc.persistence.jpa.JpaPersistence;
import org.siproc.profiles.CountryProfiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place where the web application builds SIPROC, through {@link SiprocCore#builder} and the public entry
 * points of the other modules: the country profile from {@code siproc-profiles}, storage from
 * {@code siproc-persistence-jpa} (or core's in-memory adapters, {@code siproc.storage=MEMORY}), Spring's Bean
 * Validation validator (so validation messages come in the user's language), the PDF forms of
 * {@code siproc-forms} and the statistics of {@code siproc-reporting}. No component scanning reaches core.
 */
@Configuration(proxyBeanMethods = false)
public class SiprocConfiguration {

    @Bean
    CountryProfile countryProfile(SiprocProperties properties) {
        return CountryProfiles.load(properties.profile());
    }

    @Bean
    ShiftableClock siprocClock() {
        return new ShiftableClock();
    }

    @Bean
    StorageBackend storageBackend(SiprocProperties properties, ObjectProvider<DataSource> dataSource) {
        return switch (properties.storage()) {
            case JPA -> new StorageBackend.Jpa(JpaPersistence.create(dataSource.getObject(),
                    JpaPersistence.Options.defaults()));
            case MEMORY -> new StorageBackend.Memory();
        };
    }

    @Bean
    PdfFormRenderer formRenderer(ShiftableClock clock) {
        return PdfFormRenderer.builder().clock(clock).build();
    }

    @Bean
    SiprocCore siprocCore(CountryProfile profile, StorageBackend storage, ShiftableClock clock, Validator validator,
                          PdfFormRenderer forms) {
        return storage.wire(SiprocCore.builder(profile)).clock(clock).validator(validator).formRenderer(forms)
                .build();
    }

    /**
     * The statistics of {@code siproc-reporting} (indicators, disclosure control, exports) on the backend's
     * statistics query port; absent while the backend has none ({@code siproc-persistence-jpa} does not yet).
     */
    @Bean
    StatisticsReports statisticsReports(CountryProfile profile, StorageBackend storage, ShiftableClock clock) {
        return new StatisticsReports(storage.statistics()
                .map(statistics -> new Reports(statistics, profile, storage.auditTrail(), clock)).orElse(null));
    }

    @Bean
    AccessPolicy accessPolicy() {
        return new AccessPolicy();
    }
}
