package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.siproc.core.application.port.in.RecordActionCommand;
import org.siproc.core.application.port.in.ReferCaseCommand;
import org.siproc.core.application.port.in.RegistrationResult;
import org.siproc.core.domain.casefile.ActionKind;

/**
 * End-to-end in a real headless Chromium (Debian's chromium + chromium-driver): an officer of Tapachula, on a
 * phone-sized screen, registers a case (validation errors beside the fields, duplicate check before saving,
 * priority and suggested referrals after), refers it, downloads its intake sheet and logs out; and on a desktop
 * screen gets "someone else changed this case" with the typed text kept, and is told a Saltillo case does not
 * exist. Screenshots of each page go to {@code target/screenshots/}. Never skipped: without Chromium it fails.
 */
class BrowserFlowTest extends WebTestSupport {

    private Chromium chromium;
    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void startChromium() throws IOException {
        chromium = new Chromium();
        browser = chromium.driver;
        downloads = chromium.downloads;
        phone(true);
    }

    private void phone(boolean phone) {
        chromium.phone(phone);
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerRegistersAChildOnAPhoneRefersTheCaseDownloadsTheIntakeSheetAndLogsOut() throws Exception {
        browser.get(url("/login"));
        shot("01-login");
        login(User.OFFICER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Hola");
        shot("02-dashboard");

        browser.findElement(By.id("nav-register")).click();
        // Sent empty: the core's validation comes back beside each field, in Spanish, nothing is saved.
        click(By.id("save-case"));
        assertThat(errorBeside("person.givenNames")).contains("no debe estar vacío");
        assertThat(errorBeside("narrative")).isNotBlank();
        shot("03-registration-errors");

        type("person.givenNames", "Keila Yamileth");
        type("person.firstSurname", "Banegas");
        type("person.secondSurname", "Ordóñez");
        new Select(browser.findElement(By.id("person.sex"))).selectByValue("F");
        type("person.estimatedAge", "15");
        new Select(browser.findElement(By.id("person.originDepartment"))).selectByValue("05");
        new Select(browser.findElement(By.id("person.originMunicipality"))).selectByValue("0501");
        click(By.cssSelector("input[name='person.flags'][value='UNACCOMPANIED_CHILD']"));
        new Select(browser.findElement(By.id("classification"))).selectByValue("MIGRATORY/CHILD_IN_CUSTODY");
        type("incidentCity", "Tapachula");
        type("narrative", "Adolescente no acompañada bajo custodia del DIF; viajaba con una prima de la que fue"
                + " separada en Huixtla.");
        click(By.cssSelector("input[name='consentReferral'][type='checkbox']"));
        click(By.id("check-duplicates"));
        assertThat(browser.findElement(By.id("duplicates")).isDisplayed()).isTrue();
        assertThat(((ChromeDriver) browser).findElement(By.id("person.givenNames")).getAttribute("value"))
                .isEqualTo("Keila Yamileth");
        browser.executeScript("document.getElementById('duplicates').scrollIntoView()");
        shot("04-duplicate-check");
        // The profile's case circumstances are checkboxes with the profile's labels; none applies to this child.
        assertThat(browser.findElement(By.id("circumstances")).getText()).contains("La familia no cuenta con medios");
        browser.executeScript("document.getElementById('circumstances').scrollIntoView()");
        shot("14-registration-circumstances");

        click(By.id("save-case"));
        WebElement banner = browser.findElement(By.id("registered-banner"));
        assertThat(banner.getText()).contains("Urgente");
        String number = browser.findElement(By.id("case-number")).getText();
        assertThat(number).startsWith("HN-MXTAP-");
        shot("05-case-registered");
        browser.executeScript("document.getElementById('referrals').scrollIntoView()");
        shot("06-suggested-referrals");

        click(By.cssSelector("#referral-DIF .confirm-referral"));
        assertThat(browser.findElement(By.id("saved")).getText()).contains("remisión");
        assertThat(browser.findElement(By.id("referral-DIF")).getText()).contains("Enviada");
        browser.executeScript("document.getElementById('referrals').scrollIntoView()");
        shot("07-referred");

        browser.executeScript("document.getElementById('forms').scrollIntoView()");
        shot("08-forms");
        click(By.id("form-INTAKE_SHEET"));
        Path pdf = awaitDownload();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        browser.executeScript("window.scrollTo(0, 0)");
        click(By.id("logout"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.getPageSource()).contains("Ha cerrado la sesión");
        shot("09-logged-out");
        browser.get(url("/cases/" + number));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void aConflictSaysSomeoneElseChangedTheCaseAndKeepsTheTextAndAnotherOfficesCaseIsNotFound() throws Exception {
        phone(false);
        RegistrationResult r = registerCase("MXTAP");
        browser.get(url("/login"));
        login(User.OFFICER);
        browser.get(url("/cases/" + r.caseNumber()));
        shot("10-case-desktop");
        type("action-text", "Visita a la estación migratoria: se entrega kit de higiene.");
        // Meanwhile a colleague records something on the same case.
        core.recordAction().record(SETUP, new RecordActionCommand(r.caseNumber().toString(), null, ActionKind.CALL,
                null, "Llamada de la familia."));
        click(By.id("action-submit"));
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("Otra persona modificó este caso");
        assertThat(browser.findElement(By.id("action-text")).getAttribute("value"))
                .isEqualTo("Visita a la estación migratoria: se entrega kit de higiene.");
        browser.executeScript("document.getElementById('form-error').scrollIntoView()");
        shot("11-conflict-message");
        browser.executeScript("document.getElementById('action').scrollIntoView()");
        shot("12-conflict-keeps-input");
        click(By.id("action-submit"));
        assertThat(browser.findElement(By.id("saved")).isDisplayed()).isTrue();

        RegistrationResult saltillo = registerCase("MXSAL");
        browser.get(url("/cases/" + saltillo.caseNumber()));
        assertThat(browser.findElement(By.id("error-detail")).getText()).contains("no existe el caso");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
        shot("13-other-office-not-found");

        browser.get(url("/cases/" + r.caseNumber() + "?lang=en"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Record an action");
        browser.get(url("/?lang=es"));

        // A partner institution's inbox: the referrals sent to it, due soonest first, answered from the list.
        core.referCase().refer(SETUP, new ReferCaseCommand(r.caseNumber().toString(), null, "DIF",
                "Valoración del interés superior", false, null));
        String referral = core.viewCase().view(SETUP, r.caseNumber().toString()).referrals().stream()
                .filter(x -> x.institution().equals("DIF")).findFirst().orElseThrow().id();
        click(By.id("logout"));
        login(User.PARTNER);
        browser.get(url("/referrals?status=SENT"));
        WebElement row = browser.findElement(By.cssSelector("#referral-list tr[data-referral='" + referral + "']"));
        assertThat(browser.findElements(By.cssSelector("#referral-list tr[data-institution]")))
                .allMatch(tr -> "DIF".equals(tr.getAttribute("data-institution")));
        shot("15-referrals-inbox-partner");
        new Select(row.findElement(By.name("response"))).selectByValue("ACCEPT");
        click(By.cssSelector("#referral-list tr[data-referral='" + referral + "'] button"));
        assertThat(browser.findElement(By.id("saved")).isDisplayed()).isTrue();
        assertThat(core.viewCase().view(SETUP, r.caseNumber().toString()).referrals().stream()
                .filter(x -> x.id().equals(referral)).findFirst().orElseThrow().status().name()).isEqualTo("ACCEPTED");
    }

    private void login(User user) {
        type("username", user.username);
        type("password", PASSWORD);
        click(By.id("login"));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private String errorBeside(String fieldId) {
        WebElement label = browser.findElement(By.id(fieldId)).findElement(By.xpath("./ancestor::label[1]"));
        return label.findElement(By.className("field-error")).getText();
    }

    private Path awaitDownload() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> pdfIn(downloads) != null);
        return pdfIn(downloads);
    }

    private static Path pdfIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void shot(String name) throws IOException {
        chromium.shot(name);
    }
}
