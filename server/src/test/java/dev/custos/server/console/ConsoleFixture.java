package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.InMemoryCluster;
import dev.custos.server.Transfers;
import dev.custos.server.access.Role;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;

/**
 * A custody server with three in-process nodes and data for the console: a wallet, an active policy, a pending
 * transfer whose submission claims another amount and purpose than its bytes, and a Bybit-style Safe delegatecall.
 */
final class ConsoleFixture implements AutoCloseable {
    static final String DESTINATION = "0x1111111111111111111111111111111111111111";
    static final String SAFE = "0x5afe5afe5afe5afe5afe5afe5afe5afe5afe5afe";
    /** The contract the Bybit attackers had the Safe delegatecall into. */
    static final String BYBIT_TARGET = "0x96221423681a6d52e184d440a8efcebb105c7242";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    final InMemoryCluster cluster;
    final CustodyServer server;
    final String admin;
    final String initiator;
    final String approver;
    final SigningKey bob = SigningKey.generate(new SecureRandom());
    private final HttpClient client = HttpClient.newHttpClient();
    String address;
    String verdictKey;

    private final Path folder;

    ConsoleFixture(Path folder) throws Exception {
        this.folder = folder;
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(folder, "127.0.0.1", 0), cluster, Clock.systemUTC());
        admin = server.tokens().issue("root", Set.of(Role.ADMIN, Role.AUDITOR));
        initiator = server.tokens().issue("ivan", Set.of(Role.INITIATOR));
        approver = server.tokens().issue("bob", Set.of(Role.APPROVER));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Creates the wallet and activates the policy. */
    void bootstrap() throws Exception {
        JsonNode wallet = api(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        address = wallet.get("address").asText();
        verdictKey =
                api(200, "GET", "/v1/detection", admin, null).get("verdict_key").asText();
        api(200, "PUT", "/v1/policy", admin, policy());
        api(
                201,
                "POST",
                "/v1/people",
                admin,
                "{\"name\":\"bob\",\"roles\":[\"approver\"],\"vetting\":{\"level\":\"enhanced\","
                        + "\"valid_until\":\"2030-01-01T00:00:00Z\"}}");
    }

    /**
     * A pending transfer of 1 ETH to {@link #DESTINATION} whose submission claims 5 USD and a note naming another
     * recipient.
     */
    JsonNode submitTransfer() throws Exception {
        return api(
                201,
                "POST",
                "/v1/requests",
                initiator,
                "{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"raw_tx\":\"" + Transfers.oneEther(DESTINATION)
                        + "\",\"amount_usd\":5,\"note\":\"gas top-up to 0x2222222222222222222222222222222222222222\"}");
    }

    /** The Bybit takeover as a Safe transaction: a delegatecall of transfer(attacker, 0) to an unknown contract. */
    JsonNode submitBybit() throws Exception {
        String data =
                "a9059cbb" + "000000000000000000000000" + "bdd077f651ebe7f7b3ce16fe5f2b025be2969516" + "0".repeat(64);
        return api(
                201,
                "POST",
                "/v1/requests",
                initiator,
                ("{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"chain_id\":1,\"safe_version\":\"1.3.0\","
                                + "\"safe_tx\":{\"safe\":\"%s\",\"to\":\"%s\",\"value\":\"0\",\"data\":\"0x%s\","
                                + "\"operation\":1,\"nonce\":\"5\"},\"note\":\"routine Safe upgrade\"}")
                        .formatted(SAFE, BYBIT_TARGET, data));
    }

    /** Bob approves request {@code submitted} with his device key. */
    JsonNode approve(JsonNode submitted) throws Exception {
        byte[] digest = HEX.parseHex(submitted.at("/approval/digest").asText());
        return api(
                200,
                "POST",
                "/v1/requests/" + submitted.get("id").asText() + "/approvals",
                approver,
                "{\"approver\":\"bob\",\"signature\":\"" + HEX.formatHex(bob.sign(digest)) + "\",\"expires_at\":\""
                        + submitted.at("/approval/expires_at").asText() + "\"}");
    }

    /** Puts an alert into the server's database as detection would have kept it for request {@code requestId}. */
    void seedAlert(String id, String requestId) {
        try (Database database = Database.open(DatabaseSettings.sqlite(folder.resolve("custos.db")))) {
            new AlertStore(database, Clock.systemUTC())
                    .add(
                            (ObjectNode) JSON.readTree(("{\"type\":\"alert\",\"@timestamp\":\"%s\",\"id\":\"%s\","
                                            + "\"severity\":\"critical\",\"score\":90,\"entity\":{\"type\":\"user\","
                                            + "\"id\":\"ivan\"},\"detectors\":[\"destination\"],\"summary\":"
                                            + "\"unusual destination <b>x</b>\",\"evidence\":[\"%s\"]}")
                                    .formatted(java.time.Instant.now(), id, java.time.Instant.now())),
                            requestId);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits (up to a minute) until request {@code id} is {@code status}. */
    JsonNode awaitStatus(String id, String status) throws Exception {
        JsonNode request = api(200, "GET", "/v1/requests/" + id, admin, null);
        for (int i = 0; i < 600 && !request.get("status").asText().equals(status); i++) {
            Thread.sleep(100);
            request = api(200, "GET", "/v1/requests/" + id, admin, null);
        }
        assertThat(request.get("status").asText()).as(request.toString()).isEqualTo(status);
        return request;
    }

    JsonNode api(int status, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private String policy() {
        return """
                {"policy_version":1,"name":"console","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury","security"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":["%s","%s"]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"ethereum","asset":"native","usd":"2000","decimals":18}]},
                 "destinations":[{"address":"%s","label":"exchange","added_at":"2026-01-01T00:00:00Z"}],
                 "detection":{"verdict_key":"%s"},
                 "known_contracts":[],"frozen_wallets":[],
                 "rules":[
                   {"id":"deny-delegatecall","effect":"deny","condition":"'delegatecall' in flags"},
                   {"id":"treasury-approves","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},"condition":"true"},
                   {"id":"allow-active-destination","effect":"allow","condition":"destination.active"}]}
                """.formatted(bob.publicKey().toHex(), address.toLowerCase(), SAFE, DESTINATION, verdictKey);
    }

    @Override
    public void close() throws java.io.IOException {
        server.close();
        cluster.close();
    }
}
