package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.siproc.core.domain.access.Role;
import org.siproc.web.security.WebAccounts;

/** Security of the pages: headers, CSRF, the session cookie, login throttling, and what an unknown page shows. */
class SecurityTest extends WebTestSupport {

    private final PageClient browser = new PageClient(this::url);

    private HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    private HttpResponse<String> postForm(String path, String form) {
        return browser.postForm(path, form);
    }

    private static String csrf(String page) {
        return PageClient.csrf(page);
    }

    private HttpResponse<String> login(String user, String password) {
        return browser.login(user, password);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoFraming() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
        assertThat(login.headers().firstValue("Content-Language").orElse("es")).startsWith("es");
        assertThat(login.body()).contains("Iniciar sesión");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        assertThat(login(User.OFFICER.username, PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> withoutToken = postForm("/cases/HN-MXTAP-2026-000001/action", "kind=NOTE&text=x");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = login(User.CONSUL.username, PASSWORD);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SIPROC_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForPagesAndApiAlike() throws Exception {
        String user = "t.locked";
        if (!accounts.exists(user)) {
            accounts.create(new WebAccounts.NewAccount(user, PASSWORD, "Locked", Role.OFFICER, "MXTAP", null, false));
        }
        for (int i = 0; i < WebAccounts.MAX_FAILURES; i++) {
            assertThat(login(user, "wrong-" + i).headers().firstValue("Location").orElseThrow()).contains("error=bad");
        }
        assertThat(accounts.locked(user)).isTrue();
        assertThat(login(user, PASSWORD).headers().firstValue("Location").orElseThrow()).contains("error=locked");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/alerts")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownPageShowsNoStackTrace() throws Exception {
        login(User.OFFICER.username, PASSWORD);
        HttpResponse<String> missing = get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        HttpResponse<String> badCase = get("/cases/not-a-case-number");
        assertThat(badCase.statusCode()).isEqualTo(400);
        assertThat(missing.body() + badCase.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void pagesAreRedirectedToTheLoginWithoutASession() throws Exception {
        HttpResponse<String> response = get("/cases");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
