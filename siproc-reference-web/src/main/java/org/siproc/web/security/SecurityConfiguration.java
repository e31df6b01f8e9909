package org.siproc.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.siproc.core.application.port.out.Accounts;
import org.siproc.core.domain.access.PasswordPolicy;
import org.siproc.core.domain.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import java.util.Map;

/**
 * Spring Security for SIPROC: two filter chains.
 * <ul>
 * <li>{@code /api/**}: stateless HTTP Basic for machine clients (no session, so no CSRF exposure); a refusal is
 * {@code application/problem+json}.</li>
 * <li>Pages: form login with a session cookie (HttpOnly, Secure, SameSite=Lax, see {@code application.yaml}),
 * CSRF tokens on every form, a strict Content-Security-Policy (no inline script or style, no framing).</li>
 * </ul>
 * Passwords are hashed with Argon2id; five failed logins in a row lock an account for 15 minutes (stored in the
 * database, so it holds across several web instances). What a user may do with a case is decided by the core's
 * access policy inside every use case, not here: this class only makes sure the user is who they say.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${siproc.security.argon2.memory-kib:16384}") int memoryKib,
                                    @Value("${siproc.security.argon2.iterations:2}") int iterations) {
        // Argon2id, by default with Spring Security 5.8's parameters (16 MiB, 2 passes); the {id} prefix lets hashes
        // move to a stronger algorithm later, and accepts bcrypt hashes created by other tools.
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    WebAccounts webAccounts(Accounts accounts, PasswordEncoder encoder) {
        return new WebAccounts(accounts, encoder);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                        .permitAll().anyRequest().authenticated())
                .httpBasic(b -> b.realmName("SIPROC").authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                                "Send HTTP Basic credentials of a SIPROC account.", true)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) ->
                        problem(response, HttpStatus.FORBIDDEN, "Forbidden", "Not allowed.", false)))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler((request, response, e) ->
                        response.sendRedirect(request.getContextPath() + "/login?error="
                                + (e instanceof org.springframework.security.authentication.LockedException ? "locked" : "bad"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("SIPROC_SESSION"))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail,
                                boolean challenge) throws java.io.IOException {
        response.setStatus(status.value());
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"SIPROC\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** Counts failed logins (form and HTTP Basic alike) towards the lock, and clears them on success. */
    @Bean
    LoginThrottle loginThrottle(WebAccounts accounts) {
        return new LoginThrottle(accounts);
    }

    /** The login throttle: listens to Spring Security's authentication events. */
    public static final class LoginThrottle {
        private final WebAccounts accounts;

        LoginThrottle(WebAccounts accounts) {
            this.accounts = accounts;
        }

        @EventListener
        public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
            accounts.recordFailure(event.getAuthentication().getName());
        }

        @EventListener
        public void onSuccess(AuthenticationSuccessEvent event) {
            accounts.recordSuccess(event.getAuthentication().getName());
        }
    }

    /**
     * Creates the first administrator from {@code SIPROC_ADMIN_USERNAME} / {@code SIPROC_ADMIN_PASSWORD} when the
     * database has no account yet; ignored afterwards (a one-time bootstrap: remove the variables once used). The
     * other way is the CLI, {@code siproc init --admin NAME}, on the same account store.
     */
    @Bean
    ApplicationRunner firstAdministrator(WebAccounts accounts,
                                         @Value("${siproc.admin.username:${SIPROC_ADMIN_USERNAME:admin}}") String username,
                                         @Value("${siproc.admin.password:${SIPROC_ADMIN_PASSWORD:}}") String password) {
        return args -> {
            if (password.isBlank() || accounts.count() > 0) {
                if (!password.isBlank()) {
                    LOG.warn("SIPROC_ADMIN_PASSWORD is set but accounts exist already: ignored; remove the variable");
                }
                return;
            }
            if (password.codePoints().count() < PasswordPolicy.MIN_LENGTH) {
                throw new IllegalStateException("SIPROC_ADMIN_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH
                        + " characters");
            }
            accounts.create(new WebAccounts.NewAccount(username, password, "Administrator", Role.ADMIN, null, null, false));
            LOG.info("Created the first administrator account '{}'", username);
        };
    }
}
