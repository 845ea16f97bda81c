package org.newslens.app.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium through Debian's chromedriver, for the browser tests. No tool downloads a browser or
 * a driver: both paths are fixed, and a missing one fails the test with the apt-get line that installs it (a
 * skipped browser test would look like a pass).
 */
final class Browser implements AutoCloseable {
    /** Debian's paths; the properties exist to prove the failure message, not to point at a downloaded browser. */
    static final Path CHROMIUM = Path.of(System.getProperty("newslens.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("newslens.chromedriver", "/usr/bin/chromedriver"));
    /** Screenshots for a reviewer: app/target/screenshots. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts chromium, or fails with what to install. */
    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("the browser tests need Debian's chromium and chromedriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + "; install them with: apt-get update && apt-get install -y chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("newslens-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags the machine notes prescribe: headless as root, and no background traffic into a closed network.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Runs an action that changes the reader's view and waits until the view has drawn (main.js sets
     * body[data-ready] to 'true' when a route has finished).
     */
    void andWait(Runnable action) {
        js("document.body.dataset.ready = 'pending'");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "true".equals(js("return document.body.dataset.ready")));
    }

    void open(String base, String hash) {
        if (!driver.getCurrentUrl().startsWith(base)) {
            driver.get(base);
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> "true".equals(js("return document.body && document.body.dataset.ready")));
        }
        andWait(() -> js("location.hash = arguments[0]", hash));
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path to = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    /** The browser console's errors so far (CSP violations, script errors, failed loads). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
