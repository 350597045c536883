package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (headless Chromium): sign in with a token, open every page, check each with axe-core
 * (no serious or critical violations) and for script or Content-Security-Policy errors, run the audit inclusion check
 * and the countdowns, and see that the request view shows what the bytes say rather than what the submission claims.
 * Screenshots of the main pages go to {@code target/console-screenshots} (docs/img has copies).
 */
class ConsoleBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");

    @TempDir
    Path folder;

    private ConsoleFixture fixture;
    private ChromeDriver driver;

    @BeforeEach
    void start() throws Exception {
        BrowserSupport.requireBrowser();
        fixture = new ConsoleFixture(folder);
        driver = BrowserSupport.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyPage_isAccessible_hasNoScriptOrPolicyErrors_andTheAuditInclusionCheckPasses() throws Exception {
        fixture.bootstrap();
        JsonNode pending = fixture.submitTransfer();
        fixture.submitBybit();
        JsonNode signed = fixture.submitTransfer();
        fixture.approve(signed);
        fixture.awaitStatus(signed.get("id").asText(), "signed");
        fixture.seedAlert("a3f1c09e", pending.get("id").asText());

        driver.get(fixture.base() + "/");
        assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
        check("Sign in", "sign-in");
        signIn(fixture.admin);

        Map<String, String> pages = Map.of(
                "/console/requests",
                "Signing requests",
                "/console/alerts",
                "Alerts",
                "/console/wallets",
                "Wallets",
                "/console/policy",
                "Policy",
                "/console/people",
                "People",
                "/console/nodes",
                "Signer nodes",
                "/console/audit",
                "Audit log",
                "/console/requests/" + signed.get("id").asText(),
                "Request " + signed.get("id").asText());
        for (Map.Entry<String, String> page : pages.entrySet()) {
            driver.get(fixture.base() + page.getKey());
            check(page.getValue(), page.getKey().substring("/console/".length()).replace('/', '-'));
        }

        driver.get(fixture.base() + "/console/audit");
        driver.findElement(By.cssSelector("button.verify-inclusion[data-index='0']"))
                .click();
        WebElement result = driver.findElement(By.id("proof-result"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElement(result, "Entry 0"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(browser -> !result.getText().startsWith("Checking"));
        assertThat(result.getText()).startsWith("Entry 0 is included");

        driver.get(fixture.base() + "/console/requests/" + pending.get("id").asText());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(browser -> driver.findElement(By.cssSelector(".countdown"))
                        .getText()
                        .startsWith("(in "));
        assertThat(BrowserSupport.severeLogs(driver)).isEmpty();
    }

    @Test
    void theRequestView_showsTheRecipientAndAmountDecodedFromTheBytes_andTheBybitFlags() throws Exception {
        fixture.bootstrap();
        JsonNode transfer = fixture.submitTransfer();
        JsonNode bybit = fixture.submitBybit();
        driver.get(fixture.base() + "/console/sign-in");
        signIn(fixture.approver);

        driver.get(fixture.base() + "/console/requests/" + transfer.get("id").asText());
        assertThat(driver.findElement(By.cssSelector("td.recipient")).getText()).isEqualTo(ConsoleFixture.DESTINATION);
        assertThat(driver.findElement(By.cssSelector("td.amount")).getText()).isEqualTo("1 ETH (1000000000000000000)");
        assertThat(driver.findElements(By.cssSelector("tr.transfer"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".claims")).getText())
                .contains("Claimed amount", "5 USD", "gas top-up to 0x2222");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby='intent-heading'] table"))
                        .getText())
                .doesNotContain("0x2222222222222222222222222222222222222222")
                .doesNotContain("5 USD");
        String digest = transfer.at("/approval/digest").asText();
        assertThat(driver.findElement(By.id("digest")).getText()).startsWith(digest.substring(0, 4) + " ");
        WebElement approve = driver.findElement(By.id("approve-with-passkey"));
        assertThat(approve.getAttribute("data-request-id"))
                .isEqualTo(transfer.get("id").asText());
        check("Request " + transfer.get("id").asText(), "request-view");

        driver.get(fixture.base() + "/console/requests/" + bybit.get("id").asText());
        List<String> flags = driver.findElements(By.cssSelector("li.flag-danger .flag-name")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(flags).contains("delegatecall", "unknown_target");
        assertThat(driver.findElement(By.cssSelector(".call-delegate")).getText())
                .contains(ConsoleFixture.BYBIT_TARGET.substring(2, 10))
                .contains("unknown contract");
        assertThat(driver.findElements(By.id("approve-with-passkey"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".decision")).getText()).isEqualTo("deny");
        check("Request " + bybit.get("id").asText(), "request-bybit");
        assertThat(BrowserSupport.severeLogs(driver)).isEmpty();
    }

    private void signIn(String token) {
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("/console/requests"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("sign-in failed: " + driver.getPageSource(), e);
        }
    }

    /** The page's heading, no serious accessibility violation, and a screenshot. */
    private void check(String heading, String name) throws Exception {
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        assertThat(BrowserSupport.seriousViolations(driver))
                .as(driver.getCurrentUrl())
                .isEmpty();
        Number height =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(1280, Math.min(2600, Math.max(700, height.intValue()))));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
