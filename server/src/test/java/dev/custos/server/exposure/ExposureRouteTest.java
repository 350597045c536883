package dev.custos.server.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.InMemoryCluster;
import dev.custos.server.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /v1/exposure} from the server's own registry, node operators, wallets and active policy. */
class ExposureRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();
    private InMemoryCluster cluster;
    private CustodyServer server;
    private String admin;

    @BeforeEach
    void start() throws Exception {
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(folder, "127.0.0.1", 0), cluster, Clock.systemUTC());
        admin = server.tokens().issue("root", Set.of(Role.ADMIN));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        cluster.close();
    }

    @Test
    void exposure_personOperatingTwoOfThreeNodes_isASinglePointOfFailure() throws Exception {
        assertThat(send(409, "GET", "/v1/exposure", null).at("/error/message").asText())
                .contains("no policy");
        JsonNode wallet = send(
                201, "POST", "/v1/wallets", "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        for (String person :
                new String[] {"ivan:initiator", "bob:approver", "alice:admin", "olga:operator", "oscar:operator"}) {
            String[] parts = person.split(":", -1);
            send(
                    201,
                    "POST",
                    "/v1/people",
                    "{\"name\":\"" + parts[0] + "\",\"roles\":[\"" + parts[1]
                            + "\"],\"vetting\":{\"level\":\"enhanced\",\"valid_until\":\"2030-01-01T00:00:00Z\"}}");
        }
        send(200, "PUT", "/v1/nodes/node-1/operators", "[\"olga\"]");
        send(200, "PUT", "/v1/nodes/node-2/operators", "[\"olga\"]");
        send(200, "PUT", "/v1/nodes/node-3/operators", "[\"oscar\"]");
        send(200, "PUT", "/v1/policy", """
                {"policy_version":1,"name":"exposure","governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury","security"]},
                              {"name":"alice","public_key":"%s","groups":["admin"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":["%s"]}],
                 "rules":[{"id":"treasury","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},
                           "condition":"true"},{"id":"allow","effect":"allow","condition":"true"}]}
                """.formatted(
                        key(), key(), wallet.get("address").asText().toLowerCase()));

        JsonNode exposure = send(200, "GET", "/v1/exposure", null);
        JsonNode hot = exposure.at("/wallets/0");
        assertThat(hot.get("wallet").asText()).isEqualTo("hot-eth-1");
        assertThat(hot.get("sign_outside_policy").asInt()).isEqualTo(1);
        assertThat(hot.get("pass_policy").asInt()).isEqualTo(2);
        assertThat(hot.get("change_policy").asInt()).isEqualTo(1);
        assertThat(hot.get("time_lock_seconds").asLong()).isEqualTo(3600);
        assertThat(hot.get("single_points_of_failure").toString())
                .contains("olga")
                .contains("alice");
        assertThat(hot.get("single_points_of_failure").toString()).doesNotContain("oscar");
    }

    private static String key() {
        return SigningKey.generate(new SecureRandom()).publicKey().toHex();
    }

    private JsonNode send(int status, String method, String path, String body) throws Exception {
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
