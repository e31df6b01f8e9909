package org.siproc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * ({@code -Dsiproc.chromium}, {@code -Dsiproc.chromedriver} to point elsewhere), a fresh profile and download folder
 * each time. Missing binaries fail the test: browser tests are never skipped.
 */
final class Chromium implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    Chromium() throws IOException {
        String chromium = System.getProperty("siproc.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("siproc.chromedriver", "/usr/bin/chromedriver");
        assertThat(Path.of(chromium)).as("Chromium is required for the browser tests: apt-get install -y chromium chromium-driver").isExecutable();
        assertThat(Path.of(chromedriver)).as("chromedriver is required: apt-get install -y chromium-driver").isExecutable();
        Files.createDirectories(SHOTS);
        downloads = Files.createTempDirectory("siproc-downloads");
        profile = Files.createTempDirectory("siproc-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=es");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "es"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    /** A phone's viewport (390 × 844 CSS pixels), or a desktop's. */
    void phone(boolean phone) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", phone
                ? Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", false)
                : Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    void shot(String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        for (Path dir : List.of(downloads, profile)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
