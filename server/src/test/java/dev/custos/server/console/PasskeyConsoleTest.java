package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.ServerClient;
import dev.custos.server.passkeys.SoftAuthenticator;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first transfer through the console, with a software passkey standing in for the browser's: the admin
 * adds a person, creates a one-time enrollment link, the person enrolls a passkey, the admin activates the drafted
 * first policy, an initiator submits a transfer, the person signs in with the passkey and approves it, and the nodes
 * sign. The same flow runs in a real browser in the browser tests.
 */
class PasskeyConsoleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("/console/enroll#([A-Za-z0-9_-]{43})");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern CSRF_ATTRIBUTE = Pattern.compile("data-csrf=\"([A-Za-z0-9_-]+)\"");

    @TempDir
    Path folder;

    private ConsoleFixture fixture;
    private String base;

    @BeforeEach
    void start() throws Exception {
        fixture = new ConsoleFixture(folder);
        base = "http://localhost:" + fixture.server.port();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void enrolledPasskey_signsIn_andApprovesATransferThatTheNodesSign() throws Exception {
        ConsoleClient admin = new ConsoleClient(base);
        admin.signIn(fixture.admin);
        String csrf = ConsoleClient.csrf(admin.get("/console/setup").body());
        assertThat(admin.post(
                                "/console/setup/wallets",
                                base,
                                "csrf",
                                csrf,
                                "name",
                                "hot-eth-1",
                                "scheme",
                                "ecdsa-secp256k1",
                                "tier",
                                "hot")
                        .statusCode())
                .isEqualTo(303);
        assertThat(admin.post(
                                "/console/setup/people",
                                base,
                                "csrf",
                                csrf,
                                "name",
                                "alice",
                                "roles",
                                "approver",
                                "roles",
                                "admin",
                                "vetting",
                                "standard")
                        .statusCode())
                .isEqualTo(303);
        HttpResponse<String> linkPage =
                admin.post("/console/setup/enrollment-links", base, "csrf", csrf, "person", "alice");
        Matcher link = LINK.matcher(linkPage.body());
        assertThat(link.find()).as(linkPage.body()).isTrue();

        SoftAuthenticator device = new SoftAuthenticator(base);
        ConsoleClient alice = new ConsoleClient(base);
        JsonNode started = json(alice.postJson("/v1/enrollments/start", "{\"token\":\"" + link.group(1) + "\"}"));
        ObjectNode finish = JSON.createObjectNode();
        finish.put("ceremony", started.get("ceremony").asText());
        finish.set(
                "credential", JSON.readTree(device.create(started.get("options").toString())));
        HttpResponse<String> enrolled = alice.postJson("/v1/enrollments/finish", finish.toString());
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(alice.postJson("/v1/enrollments/start", "{\"token\":\"" + link.group(1) + "\"}")
                        .statusCode())
                .as("a used link")
                .isEqualTo(403);

        Matcher draft = TEXTAREA.matcher(admin.get("/console/setup").body());
        assertThat(draft.find()).isTrue();
        String document = unescape(draft.group(1));
        assertThat(document).contains(device.credentialId()).contains("\"rp_id\" : \"localhost\"");
        HttpResponse<String> activated = admin.post("/console/setup/policy", base, "csrf", csrf, "document", document);
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(303);

        fixture.address = new ServerClient(fixture.server.port())
                .expect(200, "GET", "/v1/wallets/hot-eth-1", fixture.admin, null)
                .get("address")
                .asText();
        JsonNode transfer = fixture.submitTransfer();
        String id = transfer.get("id").asText();
        assertThat(transfer.get("status").asText()).as(transfer.toString()).isEqualTo("pending_approval");

        JsonNode signInStart = json(alice.postJson("/console/passkey/sign-in/start", "{}"));
        ObjectNode signIn = JSON.createObjectNode();
        signIn.put("ceremony", signInStart.get("ceremony").asText());
        signIn.set(
                "credential",
                JSON.readTree(device.get(signInStart.get("options").toString())));
        JsonNode signedIn = json(alice.postJson("/console/passkey/sign-in/finish", signIn.toString()));
        assertThat(signedIn.get("person").asText()).isEqualTo("alice");
        List<String> signIns = new ArrayList<>();
        for (JsonNode entry : new ServerClient(fixture.server.port())
                .expect(200, "GET", "/v1/audit/entries?limit=500", fixture.admin, null)
                .get("entries")) {
            JsonNode decoded =
                    JSON.readTree(Base64.getDecoder().decode(entry.get("entry").asText()));
            if (decoded.get("action").asText().equals("console.signed_in")) {
                signIns.add(decoded.get("actor").asText() + " "
                        + decoded.at("/details/method").asText() + " "
                        + decoded.at("/details/device").asText());
            }
        }
        // a token sign-in names the token as its device (the first 16 hex digits of its hash), as its API calls do
        assertThat(signIns).hasSize(2);
        assertThat(signIns.get(0)).matches("root api_token token:[0-9a-f]{16}");
        assertThat(signIns.get(1)).isEqualTo("alice webauthn " + device.credentialId());

        String page = alice.get("/console/requests/" + id).body();
        assertThat(page).contains("Approve with passkey");
        Matcher token = CSRF_ATTRIBUTE.matcher(page);
        assertThat(token.find()).isTrue();
        JsonNode options = json(alice.get("/console/requests/" + id + "/passkey-options"));
        String assertion = device.get(options.get("options").toString());
        HttpResponse<String> approved = alice.postJson(
                "/console/requests/" + id + "/passkey-approval",
                "{\"credential\":" + assertion + "}",
                "X-CSRF-Token",
                token.group(1));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        HttpResponse<String> replayed = alice.postJson(
                "/console/requests/" + id + "/passkey-approval",
                "{\"credential\":" + assertion + "}",
                "X-CSRF-Token",
                token.group(1));
        assertThat(replayed.statusCode()).as(replayed.body()).isIn(403, 409);
        JsonNode signed = new ServerClient(fixture.server.port())
                .awaitStatus(fixture.admin, id, "signed", "signing", "pending_approval");
        assertThat(signed.at("/approvals/0/passkey/credential_id").asText()).isEqualTo(device.credentialId());

        // alice is also an admin: she approves a stricter change (freeze the wallet) with the same passkey
        ServerClient api = new ServerClient(fixture.server.port());
        assertThat(admin.get("/console/policy").body()).contains("Freeze a wallet now");
        HttpResponse<String> freeze = admin.post("/console/policy/freeze", base, "csrf", csrf, "wallet", "hot-eth-1");
        assertThat(freeze.statusCode()).as(freeze.body()).isEqualTo(303);
        JsonNode proposal = api.expect(200, "GET", "/v1/policy/proposals", fixture.admin, null)
                .path("proposals")
                .get(0);
        assertThat(proposal.get("stricter_only").asBoolean()).isTrue();
        String proposalId = proposal.get("id").asText();
        String policyPage = alice.get("/console/policy").body();
        assertThat(policyPage).contains("data-proposal-id=\"" + proposalId + "\"");
        JsonNode changeOptions = json(alice.get("/console/proposals/" + proposalId + "/passkey-options"));
        HttpResponse<String> changeApproved = alice.postJson(
                "/console/proposals/" + proposalId + "/passkey-approval",
                "{\"credential\":" + device.get(changeOptions.get("options").toString()) + "}",
                "X-CSRF-Token",
                token.group(1));
        assertThat(changeApproved.statusCode()).as(changeApproved.body()).isEqualTo(200);
        assertThat(JSON.readTree(changeApproved.body()).get("status").asText()).isEqualTo("activated");
        assertThat(api.expect(200, "GET", "/v1/policy", fixture.admin, null)
                        .get("policy_version")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void passkeyEnrolledAfterTheFirstPolicy_isProposedAsAGovernedChange() throws Exception {
        fixture.bootstrap();
        ConsoleClient admin = new ConsoleClient(base);
        admin.signIn(fixture.admin);
        String csrf = ConsoleClient.csrf(admin.get("/console/setup").body());
        admin.post(
                "/console/setup/people", base, "csrf", csrf, "name", "alice", "roles", "approver", "vetting", "basic");
        Matcher link = LINK.matcher(admin.post("/console/setup/enrollment-links", base, "csrf", csrf, "person", "alice")
                .body());
        assertThat(link.find()).isTrue();
        SoftAuthenticator device = new SoftAuthenticator(base);
        ConsoleClient alice = new ConsoleClient(base);
        JsonNode started = json(alice.postJson("/v1/enrollments/start", "{\"token\":\"" + link.group(1) + "\"}"));
        ObjectNode finish = JSON.createObjectNode();
        finish.put("ceremony", started.get("ceremony").asText());
        finish.set(
                "credential", JSON.readTree(device.create(started.get("options").toString())));
        assertThat(alice.postJson("/v1/enrollments/finish", finish.toString()).statusCode())
                .isEqualTo(201);

        assertThat(admin.get("/console/people").body()).contains("1 (0 in the policy)");
        JsonNode nodes = new ServerClient(fixture.server.port()).expect(200, "GET", "/v1/nodes", fixture.admin, null);
        assertThat(nodes.get(0).get("last_seen").asText()).matches("20\\d\\d-.*Z");
        assertThat(admin.get("/console/nodes").body()).contains("Last seen");
        String setup = admin.get("/console/setup").body();
        assertThat(setup).contains("1 enrolled passkey(s) are not in the active policy yet");
        HttpResponse<String> proposed = admin.post("/console/setup/passkey-proposal", base, "csrf", csrf);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(303);

        JsonNode proposals =
                new ServerClient(fixture.server.port()).expect(200, "GET", "/v1/policy/proposals", fixture.admin, null);
        JsonNode proposal = proposals.path("proposals").get(0);
        assertThat(proposal.get("stricter_only").asBoolean()).isFalse();
        assertThat(proposal.toString()).contains(device.credentialId());
        assertThat(new ServerClient(fixture.server.port())
                        .expect(200, "GET", "/v1/policy", fixture.admin, null)
                        .get("policy_version")
                        .asLong())
                .as("a loosening waits for the admin quorum")
                .isEqualTo(1);
    }

    @Test
    void passkeySession_ofAnInitiatorWhoAlsoApproves_approvesOnly() throws Exception {
        fixture.api(
                201,
                "POST",
                "/v1/people",
                fixture.admin,
                "{\"name\":\"carol\",\"roles\":[\"initiator\",\"approver\"],\"vetting\":{\"level\":\"basic\","
                        + "\"valid_until\":\"2030-01-01T00:00:00Z\"}}");
        String url = fixture.api(201, "POST", "/v1/people/carol/enrollment-links", fixture.admin, null)
                .get("url")
                .asText();
        SoftAuthenticator device = new SoftAuthenticator(base);
        ConsoleClient carol = new ConsoleClient(base);
        JsonNode started = json(
                carol.postJson("/v1/enrollments/start", "{\"token\":\"" + url.substring(url.indexOf('#') + 1) + "\"}"));
        ObjectNode finish = JSON.createObjectNode();
        finish.put("ceremony", started.get("ceremony").asText());
        finish.set(
                "credential", JSON.readTree(device.create(started.get("options").toString())));
        assertThat(carol.postJson("/v1/enrollments/finish", finish.toString()).statusCode())
                .isEqualTo(201);

        JsonNode signInStart = json(carol.postJson("/console/passkey/sign-in/start", "{}"));
        ObjectNode signIn = JSON.createObjectNode();
        signIn.put("ceremony", signInStart.get("ceremony").asText());
        signIn.set(
                "credential",
                JSON.readTree(device.get(signInStart.get("options").toString())));
        json(carol.postJson("/console/passkey/sign-in/finish", signIn.toString()));

        assertThat(carol.get("/console/requests").body()).contains("Signed in as carol (approver)");
    }

    @Test
    void approvalWithoutTheSessionsCsrfToken_isRefused() throws Exception {
        ConsoleClient admin = new ConsoleClient(base);
        admin.signIn(fixture.admin);
        HttpResponse<String> refused =
                admin.postJson("/console/requests/req-1/passkey-approval", "{\"credential\":{}}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("CSRF");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
