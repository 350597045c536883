package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.web.SecurityHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console over HTTP: sign-in, sessions, CSRF and Origin checks, security headers, and the request view. */
class ConsoleHttpTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;
    private ConsoleClient browser;

    @BeforeEach
    void start() throws Exception {
        fixture = new ConsoleFixture(folder);
        browser = new ConsoleClient(fixture.base());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theRoot_leadsToSignIn_andATokenSignsIn_withASecureCookie_andStrictHeaders() throws Exception {
        HttpResponse<String> root = browser.get("/");
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).hasValue("/console/sign-in");
        assertThat(browser.get("/console/requests").headers().firstValue("Location"))
                .hasValue("/console/sign-in");

        HttpResponse<String> form = browser.get("/console/sign-in");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(form.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(form.body())
                .contains("integrity=\"sha384-")
                .doesNotContain("style=")
                .doesNotContain("<script>");

        assertThat(browser.signIn("custos_" + "0".repeat(64)).statusCode()).isEqualTo(401);
        assertThat(browser.cookie).isNull();
        HttpResponse<String> signedIn = browser.signIn(fixture.admin);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie)
                .startsWith("custos-session=")
                .contains("; Path=/", "; HttpOnly", "; SameSite=Strict")
                .doesNotContain(fixture.admin);
        HttpResponse<String> requests = browser.get("/console/requests");
        assertThat(requests.statusCode()).isEqualTo(200);
        assertThat(requests.body())
                .contains("Signed in as root (admin, auditor)")
                .doesNotContain(fixture.admin);
    }

    @Test
    void aPost_withoutTheCsrfToken_orFromAnotherOrigin_isRefused_andSignOutEverywhereEndsEverySession()
            throws Exception {
        browser.signIn(fixture.admin);
        String page = browser.get("/console/requests").body();
        String csrf = ConsoleClient.csrf(page);
        assertThat(browser.post("/console/sign-out", fixture.base()).statusCode())
                .isEqualTo(403);
        assertThat(browser.post("/console/sign-out", fixture.base(), "csrf", csrf + "x")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.post("/console/sign-out", "http://evil.example", "csrf", csrf)
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.post("/console/sign-out", null, "csrf", csrf).statusCode())
                .isEqualTo(403);
        assertThat(browser.post("/console/sign-in", "http://evil.example", "token", fixture.admin)
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/console/requests").statusCode()).isEqualTo(200);

        ConsoleClient laptop = new ConsoleClient(fixture.base());
        laptop.signIn(fixture.admin);
        assertThat(laptop.get("/console/requests").statusCode()).isEqualTo(200);
        HttpResponse<String> everywhere = browser.post("/console/sign-out-everywhere", fixture.base(), "csrf", csrf);
        assertThat(everywhere.statusCode()).isEqualTo(303);
        assertThat(browser.get("/console/requests").statusCode()).isEqualTo(303);
        assertThat(laptop.get("/console/requests").statusCode()).isEqualTo(303);
    }

    @Test
    void theRequestView_showsTheRecipientAndAmountFromTheBytes_notTheClaims_andTheBybitFlags() throws Exception {
        fixture.bootstrap();
        JsonNode transfer = fixture.submitTransfer();
        JsonNode bybit = fixture.submitBybit();
        browser.signIn(fixture.approver);

        String list = browser.get("/console/requests").body();
        assertThat(list).contains(transfer.get("id").asText(), bybit.get("id").asText());

        String view =
                browser.get("/console/requests/" + transfer.get("id").asText()).body();
        assertThat(view)
                .contains("send 1 ETH (1000000000000000000) to " + ConsoleFixture.DESTINATION)
                .contains("<td class=\"mono recipient\">" + ConsoleFixture.DESTINATION + "</td>")
                .contains("What the submission claims (not checked, never enforced)")
                .contains("5 USD")
                .contains("2000 USD (at the policy&#39;s prices)")
                .contains("Recomputed here from the payload: the same digest approvers are asked to sign.")
                .contains("data-request-id=\"" + transfer.get("id").asText() + "\"")
                .contains("Approve with passkey");
        String digest = transfer.at("/approval/digest").asText();
        assertThat(view).contains(digest.substring(0, 4) + " " + digest.substring(4, 8));

        String attack =
                browser.get("/console/requests/" + bybit.get("id").asText()).body();
        assertThat(attack)
                .contains("<strong class=\"flag-name\">delegatecall</strong>")
                .contains("<strong class=\"flag-name\">unknown_target</strong>")
                .contains("delegatecall</dd>")
                .contains(ConsoleFixture.BYBIT_TARGET.substring(2, 10))
                .contains("Safe tx hash")
                .doesNotContain("Approve with passkey");
        assertThat(browser.get("/console/requests/no-such-request").statusCode())
                .isEqualTo(404);
        assertThat(browser.get("/console/requests/%3Cscript%3E").statusCode()).isEqualTo(400);
    }

    @Test
    void theInitiator_cancelsWithAReason_andAnApproverMayNot() throws Exception {
        fixture.bootstrap();
        JsonNode transfer = fixture.submitTransfer();
        String id = transfer.get("id").asText();
        ConsoleClient bob = new ConsoleClient(fixture.base());
        bob.signIn(fixture.approver);
        String bobsView = bob.get("/console/requests/" + id).body();
        assertThat(bobsView).doesNotContain("Cancel request");
        HttpResponse<String> refused = bob.post(
                "/console/requests/" + id + "/cancel",
                fixture.base(),
                "csrf",
                ConsoleClient.csrf(bobsView),
                "reason",
                "no");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("only the initiator or an admin cancels a request");

        browser.signIn(fixture.initiator);
        String view = browser.get("/console/requests/" + id).body();
        HttpResponse<String> cancelled = browser.post(
                "/console/requests/" + id + "/cancel",
                fixture.base(),
                "csrf",
                ConsoleClient.csrf(view),
                "reason",
                "wrong <b>amount</b>");
        assertThat(cancelled.statusCode()).isEqualTo(303);
        String after = browser.get("/console/requests/" + id).body();
        assertThat(after).contains("ivan: wrong &lt;b&gt;amount&lt;/b&gt;").doesNotContain("<b>amount</b>");
        assertThat(fixture.api(200, "GET", "/v1/requests/" + id, fixture.admin, null)
                        .get("cancel_reason")
                        .asText())
                .isEqualTo("wrong <b>amount</b>");
    }
}
