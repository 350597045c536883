package dev.custos.server.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the system (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium, and
 * axe-core from this module's committed npm lockfile ({@code src/test/browser}). Missing pieces skip the tests with a
 * message on a developer's machine and fail them in CI ({@code CI} set), where {@code .ci/run} installs them.
 */
final class BrowserSupport {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private BrowserSupport() {}

    /** Skips (developer machine) or fails (CI) when the browser, its driver or axe-core is missing. */
    static void requireBrowser() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (apt-get install chromium-driver)");
        }
        if (!Files.isRegularFile(AXE)) {
            missing.add(AXE + " (npm ci --prefix server/src/test/browser)");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "the console's browser tests need " + String.join(", ", missing);
        if (System.getenv("CI") != null) {
            throw new AssertionError(message + "; in CI they must run");
        }
        Assumptions.abort(message);
    }

    static ChromeDriver start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Runs axe-core on the current page; the serious and critical violations, as "id: help (n nodes)". */
    static List<String> seriousViolations(WebDriver driver) throws IOException {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        Object result = script.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '"
                + "  + v.nodes.map(function (n) { return n.target.join(' '); }).join('; ') + ')'; })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        List<String> violations = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(item -> violations.add(String.valueOf(item)));
        } else {
            violations.add("axe returned " + result);
        }
        return violations;
    }

    /** The browser's console messages at level SEVERE (script errors and Content-Security-Policy violations). */
    static List<String> severeLogs(WebDriver driver) {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        return severe;
    }
}
