package dev.custos.server.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.InMemoryCluster;
import dev.custos.server.MutableClock;
import dev.custos.server.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Governed policy changes through the API: a stricter-only change applies with one admin at once; a loosening change
 * needs the admin quorum and then waits out its time lock, during which an admin can cancel it; approvals that do not
 * verify are refused and not kept.
 */
class GovernedChangeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();
    private final SigningKey alice = SigningKey.generate(new SecureRandom());
    private final SigningKey carol = SigningKey.generate(new SecureRandom());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
    private InMemoryCluster cluster;
    private CustodyServer server;
    private String admin;

    @BeforeEach
    void start() throws Exception {
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(folder, "127.0.0.1", 0), cluster, clock);
        admin = server.tokens().issue("root", Set.of(Role.ADMIN));
        expect(200, "PUT", "/v1/policy", policy(1, "[]"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        cluster.close();
    }

    @Test
    void stricterOnlyChange_oneAdmin_appliesAtOnce_andReachesTheNodes() throws Exception {
        JsonNode proposal = expect(201, "POST", "/v1/policy/proposals", policy(2, "[\"hot-1\"]"));
        assertThat(proposal.get("stricter_only").asBoolean()).isTrue();
        JsonNode approved = approve(proposal, "alice", alice, 200);
        assertThat(approved.get("status").asText()).isEqualTo("activated");
        assertThat(expect(200, "GET", "/v1/policy", null).get("policy_version").asLong())
                .isEqualTo(2);
        assertThat(cluster.installed).hasSize(2);
        assertThat(cluster.installed.get(1)).contains("hot-1");
    }

    @Test
    void looseningChange_needsTheQuorum_thenWaitsOutTheTimeLock() throws Exception {
        expect(200, "POST", "/v1/policy/proposals/" + activate(policy(2, "[\"hot-1\"]")) + "/cancel", null, 409);
        JsonNode proposal = expect(201, "POST", "/v1/policy/proposals", policy(3, "[]"));
        assertThat(proposal.get("stricter_only").asBoolean()).isFalse();
        assertThat(proposal.get("loosenings").toString()).contains("unfrozen");

        JsonNode forged = approve(proposal, "alice", carol, 403);
        assertThat(forged.at("/error/code").asText()).isEqualTo("approval_refused");
        assertThat(forged.at("/error/message").asText()).contains("does not verify");
        assertThat(approve(proposal, "mallory", carol, 403).at("/error/message").asText())
                .contains("mallory is not an admin");
        assertThat(expect(
                                200,
                                "GET",
                                "/v1/policy/proposals/" + proposal.get("id").asText(),
                                null)
                        .get("approvals"))
                .isEmpty();

        assertThat(approve(proposal, "alice", alice, 200).get("status").asText())
                .isEqualTo("awaiting_approvals");
        JsonNode locked = approve(proposal, "carol", carol, 200);
        assertThat(locked.get("status").asText()).isEqualTo("time_locked");
        assertThat(locked.at("/decision/effective_at").asText()).isEqualTo("2026-12-07T13:00:00Z");
        assertThat(expect(200, "GET", "/v1/policy", null).get("policy_version").asLong())
                .isEqualTo(2);

        clock.advance(Duration.ofMinutes(61));
        JsonNode activated = awaitStatus(proposal.get("id").asText(), "activated");
        assertThat(activated.get("activated_at").asText()).startsWith("2026-12-07T13:01");
        assertThat(expect(200, "GET", "/v1/policy", null).get("policy_version").asLong())
                .isEqualTo(3);
        assertThat(cluster.installed).hasSize(3);
    }

    @Test
    void timeLockedChange_cancelledByAnAdmin_neverApplies() throws Exception {
        activate(policy(2, "[\"hot-1\"]"));
        JsonNode proposal = expect(201, "POST", "/v1/policy/proposals", policy(3, "[]"));
        approve(proposal, "alice", alice, 200);
        approve(proposal, "carol", carol, 200);
        String id = proposal.get("id").asText();
        assertThat(expect(200, "POST", "/v1/policy/proposals/" + id + "/cancel", null)
                        .get("status")
                        .asText())
                .isEqualTo("cancelled");
        clock.advance(Duration.ofHours(2));
        Thread.sleep(2500);
        assertThat(expect(200, "GET", "/v1/policy/proposals/" + id, null)
                        .get("status")
                        .asText())
                .isEqualTo("cancelled");
        assertThat(expect(200, "GET", "/v1/policy", null).get("policy_version").asLong())
                .isEqualTo(2);
    }

    @Test
    void proposalOfTheWrongVersion_isRefusedNamingIt() throws Exception {
        assertThat(expect(400, "POST", "/v1/policy/proposals", policy(5, "[]"))
                        .at("/error/message")
                        .asText())
                .isEqualTo("field 'policy_version' must be 2 (the active version is 1)");
    }

    private String activate(String document) throws Exception {
        JsonNode proposal = expect(201, "POST", "/v1/policy/proposals", document);
        assertThat(approve(proposal, "alice", alice, 200).get("status").asText())
                .isEqualTo("activated");
        return proposal.get("id").asText();
    }

    private JsonNode approve(JsonNode proposal, String name, SigningKey key, int status) throws Exception {
        byte[] digest = HEX.parseHex(proposal.get("digest").asText());
        return expect(
                status,
                "POST",
                "/v1/policy/proposals/" + proposal.get("id").asText() + "/approvals",
                "{\"admin\":\"" + name + "\",\"signature\":\"" + HEX.formatHex(key.sign(digest)) + "\"}");
    }

    private JsonNode awaitStatus(String id, String status) throws Exception {
        JsonNode proposal = expect(200, "GET", "/v1/policy/proposals/" + id, null);
        for (int i = 0; i < 100 && !proposal.get("status").asText().equals(status); i++) {
            Thread.sleep(100);
            proposal = expect(200, "GET", "/v1/policy/proposals/" + id, null);
        }
        assertThat(proposal.get("status").asText()).as(proposal.toString()).isEqualTo(status);
        return proposal;
    }

    private String policy(int version, String frozen) {
        return """
                {"policy_version":%d,"name":"governed",
                 "governance":{"admin_quorum":2,"timelock_seconds":3600},
                 "approvers":[{"name":"alice","public_key":"%s","groups":["admin"]},
                              {"name":"carol","public_key":"%s","groups":["admin"]}],
                 "frozen_wallets":%s,
                 "rules":[{"id":"deny-frozen","effect":"deny","condition":"wallet.frozen"}]}
                """.formatted(
                        version, alice.publicKey().toHex(), carol.publicKey().toHex(), frozen);
    }

    private JsonNode expect(int status, String method, String path, String body) throws Exception {
        return expect(status, method, path, body, status);
    }

    private JsonNode expect(int ignored, String method, String path, String body, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + admin)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
