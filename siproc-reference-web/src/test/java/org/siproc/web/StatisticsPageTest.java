package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.siproc.core.SiprocCore;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import org.siproc.web.security.WebAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The statistics page and its downloads on the default storage (siproc-persistence-jpa on H2, statistics aggregated
 * in SQL): charts for staff, the published release for the observatory, CSV and XLSX files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "siproc.storage=JPA", "spring.datasource.url=jdbc:h2:mem:siproc-statistics-test;DB_CLOSE_DELAY=-1",
        "server.servlet.session.cookie.secure=false",
        "siproc.security.argon2.memory-kib=1024", "siproc.security.argon2.iterations=1",
        // The one-time bootstrap of the first administrator, on this context's empty database.
        "siproc.admin.username=first-admin", "siproc.admin.password=first-admin-password"})
class StatisticsPageTest {

    @LocalServerPort
    int port;
    @Autowired
    SiprocCore core;
    @Autowired
    WebAccounts accounts;

    @Test
    void theFirstAdministratorComesFromTheOneTimeSetting() throws Exception {
        assertThat(accounts.find("first-admin")).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMIN));
    }

    @Test
    void theChartsAreDrawnInARealBrowserUnderTheContentSecurityPolicy() throws Exception {
        Actor hq = Actor.hqAnalyst("t.setup", true).from("test");
        for (int i = 0; i < 8; i++) {
            core.registerCase().register(hq, WebTestSupport.registration(i % 3 == 0 ? "MXSAL" : "MXTAP", "Gráfico" + i, "Prueba"));
        }
        loggedIn("s.charts", Role.HQ_ANALYST);
        try (Chromium chromium = new Chromium()) {
            var browser = chromium.driver;
            browser.get("http://localhost:" + port + "/login");
            browser.findElement(org.openqa.selenium.By.id("username")).sendKeys("s.charts");
            browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("pw-s.charts");
            browser.findElement(org.openqa.selenium.By.id("login")).click();
            browser.get("http://localhost:" + port + "/statistics");
            Object drawn = browser.executeScript("return Array.from(document.querySelectorAll('canvas.chart'))"
                    + ".filter(c => window.Chart && window.Chart.getChart(c)).length");
            assertThat(((Number) drawn).intValue()).isGreaterThan(3);
            chromium.shot("20-statistics");
        }
    }

    private HttpClient loggedIn(String user, Role role) throws Exception {
        if (!accounts.exists(user)) {
            accounts.create(new WebAccounts.NewAccount(user, "pw-" + user, user, role, null, null, false));
        }
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=pw-" + user + "&_csrf=" + m.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void staffSeeChartsAndDownloadCsvAndXlsxAndTheObservatoryGetsThePublishedRelease() throws Exception {
        Actor hq = Actor.hqAnalyst("t.setup", true).from("test");
        for (int i = 0; i < 6; i++) {
            core.registerCase().register(hq, WebTestSupport.registration(i % 2 == 0 ? "MXTAP" : "MXSAL", "Persona" + i, "Prueba"));
        }
        HttpClient analyst = loggedIn("s.hq", Role.HQ_ANALYST);
        HttpResponse<String> page = analyst.send(HttpRequest.newBuilder(uri("/statistics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("canvas class=\"chart\"").contains("data-series=").contains("chart.umd.min.js")
                .contains("Interno");
        String to = LocalDate.now().toString();
        String from = LocalDate.now().minusDays(30).toString();
        HttpResponse<String> csv = analyst.send(HttpRequest.newBuilder(uri("/statistics/export.csv?from=" + from + "&to=" + to))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("MXTAP");
        HttpResponse<byte[]> xlsx = analyst.send(HttpRequest.newBuilder(uri("/statistics/export.xlsx?from=" + from + "&to=" + to))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');

        HttpClient observer = loggedIn("s.observer", Role.OBSERVER);
        HttpResponse<String> published = observer.send(HttpRequest.newBuilder(uri("/statistics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("Publicable").doesNotContain("Prueba");
        HttpResponse<String> chartLibrary = observer.send(HttpRequest.newBuilder(
                uri("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chartLibrary.statusCode()).isEqualTo(200);
    }
}
