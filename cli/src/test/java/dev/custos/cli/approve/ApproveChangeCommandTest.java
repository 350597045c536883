package dev.custos.cli.approve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.coordinator.job.JobEngine;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.access.Role;
import dev.custos.server.signing.SignerCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code custos approve change} against a real server: the admin's machine recomputes the digest before it signs. */
class ApproveChangeCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> installed = new ArrayList<>();
    private CustodyServer server;
    private Path key;
    private Path tokenFile;
    private String publicKey;

    /** Nodes that only record the policies they are given: governance needs nothing else from them. */
    private final class PolicyOnlyNodes implements SignerCluster {
        @Override
        public JobEngine engine() {
            throw new UnsupportedOperationException("no jobs in this test");
        }

        @Override
        public List<String> nodeNames() {
            return List.of("node-1", "node-2", "node-3");
        }

        @Override
        public Set<String> connectedNodes() {
            return Set.copyOf(nodeNames());
        }

        @Override
        public int threshold() {
            return 2;
        }

        @Override
        public void installPolicy(byte[] policyDocument, long version) {
            installed.add(new String(policyDocument, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void close() {}
    }

    @BeforeEach
    void start() throws Exception {
        key = folder.resolve("alice.key");
        CliRun keygen = CliRun.of("approve", "keygen", "--out", key.toString(), "--name", "alice", "--json");
        assertThat(keygen.exitCode()).as(keygen.err()).isEqualTo(Main.EXIT_OK);
        publicKey = MAPPER.readTree(keygen.out()).get("public_key").asText();
        server = CustodyServer.start(
                CustodySettings.development(folder.resolve("server"), "127.0.0.1", 0),
                new PolicyOnlyNodes(),
                Clock.systemUTC());
        tokenFile = folder.resolve("admin.token");
        Files.writeString(tokenFile, server.tokens().issue("root", Set.of(Role.ADMIN)));
        assertThat(send("PUT", "/v1/policy", policy(1, "[]"))
                        .get("policy_version")
                        .asLong())
                .isEqualTo(1);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void stricterChange_recomputedAndSigned_isActivated() throws Exception {
        String id = send("POST", "/v1/policy/proposals", policy(2, "[\"hot-1\"]"))
                .get("id")
                .asText();
        CliRun run = approve(id);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        JsonNode result = MAPPER.readTree(run.out());
        assertThat(result.get("stricter_only").asBoolean()).isTrue();
        assertThat(result.get("status").asText()).isEqualTo("activated");
        assertThat(installed).hasSize(2);
    }

    @Test
    void coordinatorShowingAnotherActivePolicy_isRefused_andNothingIsSigned() throws Exception {
        String id = send("POST", "/v1/policy/proposals", policy(2, "[\"hot-1\"]"))
                .get("id")
                .asText();
        Path believed = folder.resolve("current.json");
        Files.writeString(believed, policy(1, "[\"cold-1\"]"));
        CliRun run = approve(id, "--current", believed.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains("it shows you one change and asks you to sign another");
        assertThat(send("GET", "/v1/policy/proposals/" + id, null).get("approvals"))
                .isEmpty();
    }

    @Test
    void looseningChange_isShownAsLoosening() throws Exception {
        send("POST", "/v1/policy/proposals", policy(2, "[\"hot-1\"]"));
        String first =
                send("GET", "/v1/policy/proposals", null).at("/proposals/0/id").asText();
        assertThat(approve(first).exitCode()).isEqualTo(Main.EXIT_OK);
        String id =
                send("POST", "/v1/policy/proposals", policy(3, "[]")).get("id").asText();
        CliRun run = approve(id);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        JsonNode result = MAPPER.readTree(run.out());
        assertThat(result.get("stricter_only").asBoolean()).isFalse();
        assertThat(result.get("loosenings").toString()).contains("unfrozen");
        assertThat(result.get("status").asText()).isEqualTo("awaiting_approvals");
    }

    private CliRun approve(String id, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "approve",
                "change",
                "--api",
                "http://127.0.0.1:" + server.port() + "/v1",
                "--proposal",
                id,
                "--key",
                key.toString(),
                "--token-file",
                tokenFile.toString(),
                "--yes",
                "--json"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private String policy(int version, String frozen) {
        return """
                {"policy_version":%d,"name":"governed","governance":{"admin_quorum":2,"timelock_seconds":3600},
                 "approvers":[{"name":"alice","public_key":"%s","groups":["admin"]},
                              {"name":"carol","public_key":"%s","groups":["admin"]}],
                 "frozen_wallets":%s,
                 "rules":[{"id":"deny-frozen","effect":"deny","condition":"wallet.frozen"}]}
                """.formatted(version, publicKey, publicKeyOfCarol(), frozen);
    }

    private static String publicKeyOfCarol() {
        // the RFC 8032 test 1 public key: any valid Ed25519 key that is not alice's
        return "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + Files.readString(tokenFile))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return MAPPER.readTree(response.body());
    }
}
