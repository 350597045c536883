package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.web.SecurityHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
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
        // what Chromium sends under Referrer-Policy: no-referrer
        ConsoleClient phone = new ConsoleClient(fixture.base());
        assertThat(phone.postFrom("/console/sign-in", "null", "same-origin", "token", fixture.admin)
                        .statusCode())
                .isEqualTo(303);
        assertThat(phone.get("/console/requests").statusCode()).isEqualTo(200);

        ConsoleClient laptop = new ConsoleClient(fixture.base());
        laptop.signIn(fixture.admin);
        assertThat(laptop.get("/console/requests").statusCode()).isEqualTo(200);
        HttpResponse<String> everywhere = browser.post("/console/sign-out-everywhere", fixture.base(), "csrf", csrf);
        assertThat(everywhere.statusCode()).isEqualTo(303);
        assertThat(everywhere.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
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
    void theInitiator_cancelsWithAReason_anApproverRejects_andNeitherMayDoTheOthers() throws Exception {
        fixture.bootstrap();
        JsonNode transfer = fixture.submitTransfer();
        String id = transfer.get("id").asText();
        ConsoleClient bob = new ConsoleClient(fixture.base());
        bob.signIn(fixture.approver);
        String bobsView = bob.get("/console/requests/" + id).body();
        assertThat(bobsView).doesNotContain("Cancel request").contains("Reject request");
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
        assertThat(view).contains("Cancel request").doesNotContain("Reject request");
        HttpResponse<String> notAnApprover = browser.post(
                "/console/requests/" + id + "/reject", fixture.base(), "csrf", ConsoleClient.csrf(view), "reason", "x");
        assertThat(notAnApprover.statusCode()).isEqualTo(403);
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

        String second = fixture.submitTransfer().get("id").asText();
        String page = bob.get("/console/requests/" + second).body();
        HttpResponse<String> rejected = bob.post(
                "/console/requests/" + second + "/reject",
                fixture.base(),
                "csrf",
                ConsoleClient.csrf(page),
                "reason",
                "the note names another recipient");
        assertThat(rejected.statusCode()).isEqualTo(303);
        JsonNode stored = fixture.api(200, "GET", "/v1/requests/" + second, fixture.admin, null);
        assertThat(stored.get("status").asText()).isEqualTo("cancelled");
        assertThat(stored.get("rejected_by").asText()).isEqualTo("bob");
        assertThat(bob.get("/console/requests/" + second).body())
                .contains("Rejected by", "bob: the note names another recipient")
                .doesNotContain("Reject request");
        assertThat(fixture.api(
                                409,
                                "POST",
                                "/v1/requests/" + second + "/approvals",
                                fixture.approver,
                                "{\"approver\":\"bob\",\"signature\":\"" + "00".repeat(64)
                                        + "\",\"expires_at\":\"2030-01-01T00:00:00Z\"}")
                        .at("/error/message")
                        .asText())
                .contains("cancelled");
    }

    @Test
    void everyPage_renders_andAnAlertMarkedFalsePositive_isKeptAndAudited() throws Exception {
        fixture.bootstrap();
        JsonNode transfer = fixture.submitTransfer();
        fixture.seedAlert("alert-1", transfer.get("id").asText());
        browser.signIn(fixture.admin);
        for (String page : List.of(
                "/console/requests",
                "/console/alerts",
                "/console/wallets",
                "/console/policy",
                "/console/people",
                "/console/nodes",
                "/console/audit")) {
            HttpResponse<String> answer = browser.get(page);
            assertThat(answer.statusCode()).as(page + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        assertThat(browser.get("/console/wallets").body())
                .contains(fixture.address, "ecdsa-secp256k1", "Risk over time");
        assertThat(browser.get("/console/policy").body()).contains("treasury-approves", "Active policy, version 1");
        assertThat(browser.get("/console/people").body())
                .contains("enhanced", "To pass the policy", "Risk scores of ivan&#39;s last 1 request(s)");
        assertThat(browser.get("/console/nodes").body()).contains("node-1", "3 of 3 node(s) connected now");
        String audit = browser.get("/console/audit").body();
        assertThat(audit).contains("custos.dev/audit", "request.submitted", "data-index=\"0\"");
        HttpResponse<String> proof = browser.get("/console/audit/proof?index=0");
        assertThat(proof.statusCode()).isEqualTo(200);
        assertThat(proof.body()).contains("\"tree_size\"", "\"checkpoint\"");

        String alerts = browser.get("/console/alerts").body();
        assertThat(alerts).contains("Alert volume, last 14 days", "unusual destination", "critical (90)");
        HttpResponse<String> marked = browser.post(
                "/console/alerts/alert-1/feedback",
                fixture.base(),
                "csrf",
                ConsoleClient.csrf(alerts),
                "reason",
                "known exchange",
                "verdict",
                "false_positive");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(303);
        assertThat(browser.get("/console/alerts").body()).contains("false positive by root: known exchange");
        JsonNode listed =
                fixture.api(200, "GET", "/v1/alerts", fixture.admin, null).at("/alerts/0/feedback");
        assertThat(listed.get("verdict").asText()).isEqualTo("false_positive");
        assertThat(browser.get("/console/audit").body()).contains("alert.feedback");

        ConsoleClient ivan = new ConsoleClient(fixture.base());
        ivan.signIn(fixture.initiator);
        assertThat(ivan.get("/console/people").body()).contains("shown to admins and auditors");
        assertThat(ivan.get("/console/audit").body()).contains("Entries are shown to auditors and admins");
        assertThat(ivan.get("/console/alerts").body()).doesNotContain("False positive");
        assertThat(ivan.get("/console/audit/proof?index=0").statusCode()).isEqualTo(403);
    }
}
