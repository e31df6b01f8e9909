package org.siproc.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.casefile.CaseId;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ReferralId;
import org.siproc.core.domain.person.PersonId;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.web.security.CurrentUser;
import org.siproc.web.ui.NavigationModel;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Spring MVC settings: Spanish by default with an English switch ({@code ?lang=en}, remembered in a cookie), and
 * the {@link org.siproc.core.domain.access.Actor} argument of controller methods.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final AccessPolicy policy;

    public WebConfiguration(AccessPolicy policy) {
        this.policy = policy;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("SIPROC_LANG");
        resolver.setDefaultLocale(Locale.forLanguageTag("es"));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(request -> {
            // The API answers in the Accept-Language of the client when it sends one; pages default to Spanish.
            Locale asked = request.getLocale();
            if (request.getHeader("Accept-Language") != null && request.getRequestURI().startsWith("/api/")
                    && asked.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            return Locale.forLanguageTag("es");
        });
        return resolver;
    }

    /** Value objects of the core (case number, office code, ids) appear in JSON as their text. */
    @Bean
    JacksonModule siprocValueObjects() {
        SimpleModule module = new SimpleModule("siproc-value-objects");
        for (Class<?> type : List.of(CaseNumber.class, OfficeCode.class, CountryCode.class, UserId.class,
                PersonId.class, ReferralId.class, CaseId.class)) {
            module.addSerializer(type, ToStringSerializer.instance);
        }
        return module;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new NavigationModel(policy));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUser());
    }
}
