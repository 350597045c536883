package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.ServerClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A newcomer's first transfer in a real browser (headless Chromium) with a virtual platform authenticator (CTAP2,
 * internal, resident key, user verification): the admin adds a wallet and a person and creates an enrollment link,
 * the person enrolls a passkey from the link, the admin activates the drafted first policy, an initiator submits a
 * transfer, the person signs in with the passkey, sees the recipient and amount decoded from the bytes, and approves
 * with the passkey; every node verifies Chromium's assertion itself and the request is signed. A Bybit-style request
 * cannot be approved into a signature.
 */
class PasskeyBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");

    @TempDir
    Path folder;

    private ConsoleFixture fixture;
    private ChromeDriver driver;
    private String base;

    @BeforeEach
    void start() throws Exception {
        BrowserSupport.requireBrowser();
        fixture = new ConsoleFixture(folder);
        base = "http://localhost:" + fixture.server.port();
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
    void enrollSignInAndApproveWithAPasskey_theNodesSign() throws Exception {
        VirtualAuthenticator authenticator = driver.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));

        driver.get(base + "/console/sign-in");
        driver.findElement(By.id("token")).sendKeys(fixture.admin);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        waitFor(ExpectedConditions.urlContains("/console/requests"));

        driver.get(base + "/console/setup");
        driver.findElement(By.id("wallet-name")).sendKeys("hot-eth-1");
        new Select(driver.findElement(By.id("wallet-scheme"))).selectByValue("ecdsa-secp256k1");
        new Select(driver.findElement(By.id("wallet-tier"))).selectByValue("hot");
        submit("/console/setup/wallets");
        driver.findElement(By.id("person-name")).sendKeys("alice");
        driver.findElement(By.id("role-approver")).click();
        driver.findElement(By.id("role-admin")).click();
        driver.findElement(By.id("vetting-level")).sendKeys("standard");
        submit("/console/setup/people");
        driver.findElement(By.id("link-person")).sendKeys("alice");
        submit("/console/setup/enrollment-links");
        String link = driver.findElement(By.id("enrollment-url")).getText();
        assertThat(link).startsWith(base + "/console/enroll#");

        driver.get(link);
        screenshot("enroll");
        driver.findElement(By.id("enroll-passkey")).click();
        WebElement enrolled = driver.findElement(By.id("enroll-status"));
        waitFor(browser -> enrolled.getText().startsWith("Passkey enrolled")
                || enrolled.getText().contains("failed"));
        assertThat(enrolled.getText()).startsWith("Passkey enrolled for alice");
        assertThat(authenticator.getCredentials()).hasSize(1);

        driver.get(base + "/console/setup");
        assertThat(driver.findElement(By.id("policy-document")).getAttribute("value"))
                .contains("\"passkeys\"");
        screenshot("first-steps");
        submit("/console/setup/policy");
        waitFor(ExpectedConditions.urlContains("/console/policy"));

        ServerClient api = new ServerClient(fixture.server.port());
        fixture.address = api.expect(200, "GET", "/v1/wallets/hot-eth-1", fixture.admin, null)
                .get("address")
                .asText();
        JsonNode transfer = fixture.submitTransfer();
        JsonNode bybit = fixture.submitBybit();
        String id = transfer.get("id").asText();
        assertThat(transfer.get("status").asText()).isEqualTo("pending_approval");

        driver.findElement(By.cssSelector("form[action='/console/sign-out'] button"))
                .click();
        waitFor(ExpectedConditions.urlContains("/console/sign-in"));
        driver.findElement(By.id("passkey-sign-in")).click();
        waitFor(ExpectedConditions.urlContains("/console/requests"));
        assertThat(driver.findElement(By.cssSelector("header .who")).getText()).contains("alice");

        driver.get(base + "/console/requests/" + id);
        assertThat(driver.findElement(By.cssSelector("td.recipient")).getText()).isEqualTo(ConsoleFixture.DESTINATION);
        assertThat(driver.findElement(By.cssSelector("td.amount")).getText()).isEqualTo("1 ETH (1000000000000000000)");
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('approve-with-passkey').scrollIntoView({block: 'center'});");
        screenshot("request-approve");
        driver.findElement(By.id("approve-with-passkey")).click();
        JsonNode signed = api.awaitStatus(fixture.admin, id, "signed", "signing", "pending_approval");
        assertThat(signed.at("/approvals/0/approver").asText()).isEqualTo("alice");
        assertThat(signed.at("/approvals/0/passkey/client_data_json").asText()).isNotEmpty();
        assertThat(signed.get("signed_tx").asText()).startsWith("0x02");
        driver.navigate().refresh();
        waitFor(browser ->
                driver.findElement(By.cssSelector(".status")).getText().contains("signed"));

        assertThat(BrowserSupport.severeLogs(driver)).isEmpty();

        driver.get(base + "/console/requests/" + bybit.get("id").asText());
        assertThat(driver.findElements(By.id("approve-with-passkey"))).isEmpty();
        Object refused = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch('/console/requests/' + arguments[0] + '/passkey-options')"
                                + ".then(function (r) { done(r.status); }).catch(function (e) { done(String(e)); });",
                        bybit.get("id").asText());
        assertThat(((Number) refused).intValue()).isEqualTo(409);
        assertThat(api.expect(200, "GET", "/v1/requests/" + bybit.get("id").asText(), fixture.admin, null)
                        .get("status")
                        .asText())
                .isEqualTo("denied");
    }

    private void submit(String action) {
        driver.findElement(By.cssSelector("form[action='" + action + "'] button[type='submit']"))
                .click();
        waitFor(browser -> !driver.getCurrentUrl().isEmpty()
                && driver.findElements(By.tagName("h1")).size() == 1);
        List<WebElement> errors = driver.findElements(By.cssSelector("p.error"));
        assertThat(errors)
                .as(action + ": " + (errors.isEmpty() ? "" : errors.get(0).getText()))
                .isEmpty();
    }

    private <T> void waitFor(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("passkey-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
