package dev.custos.server.ethereum;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.InMemoryCluster;
import dev.custos.server.ServerClient;
import dev.custos.server.Transfers;
import dev.custos.server.access.Role;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a working Ethereum node a request is still submitted and decided: its simulation says "unavailable" (the
 * node is down) or "not configured" (no node), the request view says so, the server's policy reads {@code
 * sim.available} false, and broadcast and suggestions are refused with a clear error.
 */
class SimulationUnavailableTest {
    private static final String DESTINATION = "0x1111111111111111111111111111111111111111";

    @TempDir
    Path folder;

    private final SigningKey bob = SigningKey.generate(new SecureRandom());
    private InMemoryCluster cluster;
    private CustodyServer server;
    private ServerClient client;
    private String admin;
    private String initiator;

    private void start(EthereumSettings ethereum) throws Exception {
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(
                CustodySettings.development(folder, "127.0.0.1", 0).withEthereum(ethereum), cluster, Clock.systemUTC());
        client = new ServerClient(server.port());
        admin = server.tokens().issue("root", Set.of(Role.ADMIN));
        initiator = server.tokens().issue("ivan", Set.of(Role.INITIATOR));
        String address = client.expect(
                        201,
                        "POST",
                        "/v1/wallets",
                        admin,
                        "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}")
                .get("address")
                .asText();
        String verdictKey = client.expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        client.expect(200, "PUT", "/v1/policy", admin, """
                {"policy_version":1,"name":"unsimulated","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":["%s"]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"ethereum","asset":"native","usd":"2000","decimals":18}]},
                 "destinations":[],"detection":{"verdict_key":"%s"},"known_contracts":[],"frozen_wallets":[],
                 "rules":[
                   {"id":"allow","effect":"allow","condition":"true"},
                   {"id":"unsimulated-needs-treasury","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},
                    "condition":"!sim.available || sim.wallet_storage_changed"}]}
                """.formatted(
                        bob.publicKey().toHex(), address.toLowerCase(), verdictKey));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void nodeDown_simulationUnavailable_shownAndFailingClosed() throws Exception {
        start(EthereumSettings.node(URI.create("http://127.0.0.1:" + closedPort() + "/")));

        JsonNode request = client.expect(201, "POST", "/v1/requests", initiator, transfer());

        JsonNode simulation = request.get("simulation");
        assertThat(simulation.get("status").asText()).isEqualTo("unavailable");
        assertThat(simulation.get("message").asText())
                .startsWith("simulation unavailable: ")
                .contains("no answer from http://127.0.0.1:");
        assertThat(request.get("status").asText())
                .as("a rule written !sim.available || … holds: it asks for approvals")
                .isEqualTo("pending_approval");
        assertThat(request.at("/decision/reasons").toString()).contains("unsimulated-needs-treasury");
        assertThat(page(request.get("id").asText())).contains("Simulation unavailable: ");
        JsonNode suggestions = client.expect(502, "GET", "/v1/wallets/hot-eth-1/ethereum/suggestions", admin, null);
        assertThat(suggestions.at("/error/code").asText()).isEqualTo("node_unavailable");
    }

    @Test
    void noNode_notSimulated_saidSo_andNothingToBroadcastWith() throws Exception {
        start(EthereumSettings.none());

        JsonNode request = client.expect(201, "POST", "/v1/requests", initiator, transfer());

        assertThat(request.at("/simulation/status").asText()).isEqualTo("not_configured");
        assertThat(request.at("/simulation/message").asText()).contains("ethereum.rpc-url");
        assertThat(page(request.get("id").asText())).contains("Not simulated: the server has no Ethereum node");
        JsonNode broadcast =
                client.expect(409, "POST", "/v1/requests/" + request.get("id").asText() + "/broadcast", admin, null);
        assertThat(broadcast.at("/error/message").asText()).contains("pending_approval");
        assertThat(client.expect(409, "GET", "/v1/wallets/hot-eth-1/ethereum/suggestions", admin, null)
                        .at("/error/message")
                        .asText())
                .contains("ethereum.rpc-url");
    }

    private String page(String id) throws Exception {
        return RequestView.html(server.port(), admin, id);
    }

    private static String transfer() {
        return "{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"raw_tx\":\"" + Transfers.oneEther(DESTINATION)
                + "\"}";
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
