package org.siproc.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.siproc.core.SiprocCore;
import org.siproc.core.application.port.in.PersonData;
import org.siproc.core.application.port.in.RegisterCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.web.security.WebAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application on a random port (real HTTP, Tomcat, Spring Security), on an in-memory H2 database
 * through siproc-persistence-jpa, with one test account per role. One context serves every web test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:siproc-web-test;DB_CLOSE_DELAY=-1",
        "server.servlet.session.cookie.secure=false",
        // Cheaper Argon2 for the hundreds of HTTP Basic logins of the tests; production keeps 16 MiB, 2 passes.
        "siproc.security.argon2.memory-kib=1024", "siproc.security.argon2.iterations=1"})
public abstract class WebTestSupport {

    public static final String PASSWORD = "test-password-1";

    /** The test users: an officer and a consul of Tapachula, headquarters, observer, admin, a DIF partner. */
    public enum User {
        OFFICER("t.officer", Role.OFFICER, "MXTAP", null),
        CONSUL("t.consul", Role.CONSUL, "MXTAP", null),
        HQ("t.hq", Role.HQ_ANALYST, null, null),
        OBSERVER("t.observer", Role.OBSERVER, null, null),
        ADMIN("t.admin", Role.ADMIN, null, null),
        PARTNER("t.partner", Role.PARTNER, null, "DIF");

        public final String username;
        final Role role;
        final @Nullable String office;
        final @Nullable String institution;

        User(String username, Role role, @Nullable String office, @Nullable String institution) {
            this.username = username;
            this.role = role;
            this.office = office;
            this.institution = institution;
        }
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected SiprocCore core;
    @Autowired
    protected WebAccounts accounts;

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Headquarters as the core sees it, for preparing fixtures without going through HTTP. */
    protected static final Actor SETUP = Actor.hqAnalyst("t.setup", true).from("test");

    @BeforeEach
    void accountsExist() {
        for (User u : User.values()) {
            if (!accounts.exists(u.username)) {
                accounts.create(new WebAccounts.NewAccount(u.username, PASSWORD, u.name(), u.role, u.office,
                        u.institution, u == User.HQ));
            }
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** An API call as a user (HTTP Basic); {@code json} null for a GET. */
    protected HttpResponse<String> api(User user, String method, String path, @Nullable String json) {
        return api(user, method, path, json, "es");
    }

    protected HttpResponse<String> api(User user, String method, String path, @Nullable String json, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user.username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json, application/pdf")
                .header("Accept-Language", language);
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A fresh case in an office: a man in a Mexican migration station who fears return (so the rules suggest COMAR
     * and UNHCR), with consent to register and refer.
     */
    protected RegistrationResult registerCase(String office) {
        return core.registerCase().register(SETUP, registration(office, "Wilmer", "Maradiaga"));
    }

    protected static RegisterCaseCommand registration(String office, String given, String surname) {
        PersonData person = PersonData.named(given, surname, "Funes", Sex.M)
                .withBirthDate(LocalDate.of(1994, 3, 12))
                .withOrigin("HN", "05", "0501")
                .withFlags(Set.of(VulnerabilityFlag.INTERNATIONAL_PROTECTION_NEED));
        return new RegisterCaseCommand(office, person, null, ReporterKind.THE_PERSON, null, null,
                IntakeChannel.DETENTION_VISIT, LocalDate.now().minusDays(2), "MX", "Chiapas", "Tapachula",
                "Retenido en la estación migratoria; teme regresar por amenazas de una pandilla.", "MIGRATORY",
                "MIGRATION_STATION", List.of(RegisterCaseCommand.ConsentData.given(ConsentPurpose.REGISTRATION),
                        RegisterCaseCommand.ConsentData.given(ConsentPurpose.REFERRAL)));
    }
}
