package dev.custos.server.ethereum;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.rpc.Receipt;
import dev.custos.localevm.EvmNode;
import dev.custos.localevm.HardhatProcess;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.InMemoryCluster;
import dev.custos.server.ServerClient;
import dev.custos.server.access.Role;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with the user's own Ethereum node, a real hardhat: requests are simulated before approval (a transfer's
 * balance changes; the Bybit-shaped Safe "transfer" as a rewrite of the Safe's singleton, which a policy rule on
 * {@code sim.wallet_storage_changed} denies at the server), a signed request is broadcast and mined from the wallet,
 * and a retry answers the same hash.
 */
class EthereumNodeOnHardhatTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger ETHER = BigInteger.TEN.pow(18);
    private static final BigInteger HARDHAT_CHAIN = BigInteger.valueOf(31337);
    private static HardhatProcess hardhat;

    @TempDir
    Path folder;

    private final SigningKey bob = SigningKey.generate(new SecureRandom());
    private EvmNode node;
    private String snapshot;
    private Address accessor;
    private InMemoryCluster cluster;
    private CustodyServer server;
    private ServerClient client;
    private String admin;
    private String initiator;
    private String approver;
    private Address wallet;
    private String verdictKey;

    @BeforeAll
    static void startHardhat() throws Exception {
        hardhat = LocalChain.start();
    }

    @AfterAll
    static void stopHardhat() {
        if (hardhat != null) {
            hardhat.close();
        }
    }

    @BeforeEach
    void start() throws Exception {
        node = hardhat.node();
        snapshot = node.snapshot();
        accessor = LocalChain.simulateTxAccessor(node);
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        EthereumSettings ethereum =
                EthereumSettings.node(hardhat.node().rpc().endpoint()).withSimulateTxAccessor(accessor);
        server = CustodyServer.start(
                CustodySettings.development(folder, "127.0.0.1", 0).withEthereum(ethereum), cluster, Clock.systemUTC());
        client = new ServerClient(server.port());
        admin = server.tokens().issue("root", Set.of(Role.ADMIN));
        initiator = server.tokens().issue("ivan", Set.of(Role.INITIATOR));
        approver = server.tokens().issue("bob", Set.of(Role.APPROVER));
        wallet = Address.fromHex(client.expect(
                        201,
                        "POST",
                        "/v1/wallets",
                        admin,
                        "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}")
                .get("address")
                .asText());
        node.setBalance(wallet, ETHER.multiply(BigInteger.TEN));
        verdictKey = client.expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        client.expect(200, "PUT", "/v1/policy", admin, policy());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        cluster.close();
        node.revert(snapshot);
    }

    @Test
    void transfer_isSimulatedBeforeApproval_recipientPlusWalletMinus() throws Exception {
        Address recipient = node.accounts().get(7);

        JsonNode request = client.expect(201, "POST", "/v1/requests", initiator, rawRequest(transfer(recipient, 0)));

        JsonNode simulation = request.get("simulation");
        assertThat(simulation.get("status").asText()).as(simulation.toString()).isEqualTo("simulated");
        assertThat(simulation.get("method").asText()).isEqualTo("debug_traceCall");
        assertThat(simulation.get("reverted").asBoolean()).isFalse();
        assertThat(new BigInteger(simulation.get("gas_estimate").asText()))
                .as("the node's estimate of a plain transfer")
                .isBetween(BigInteger.valueOf(21_000), BigInteger.valueOf(22_000));
        assertThat(simulation.at("/block/number").asLong()).isEqualTo(node.blockNumber());
        assertThat(simulation.get("balance_changes"))
                .extracting(change -> change.get("holder").asText() + " "
                        + change.get("asset").asText() + " "
                        + change.get("delta").asText())
                .containsExactly(wallet + " native -" + ETHER, recipient + " native " + ETHER);
        assertThat(simulation.get("wallet_storage_changed").asBoolean()).isFalse();
        assertThat(simulation.get("caveat").asText()).contains("state can change");
        assertThat(client.expect(200, "GET", "/v1/requests/" + request.get("id").asText(), admin, null)
                        .get("simulation"))
                .as("kept with the request")
                .isEqualTo(simulation);
        assertThat(node.balance(recipient))
                .as("nothing was sent")
                .isEqualTo(ETHER.multiply(BigInteger.valueOf(10_000)));
    }

    @Test
    void bybitSafeTransfer_showsTheSingletonChange_andTheServersPolicyDeniesIt() throws Exception {
        LocalChain.Safe safe = LocalChain.safe(
                node, List.of(wallet, node.accounts().get(1), node.accounts().get(2)), 2);
        Address trojan = LocalChain.attackContract(node, "Trojan");
        Address backdoor = LocalChain.attackContract(node, "Backdoor");
        String transfer = HEX.formatHex(LocalChain.encode(
                "transfer(address to,uint256 amount)",
                new dev.custos.chain.abi.AbiValue.AddressValue(backdoor),
                LocalChain.number(0)));

        JsonNode request = client.expect(
                201,
                "POST",
                "/v1/requests",
                initiator,
                ("{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"chain_id\":31337,\"safe_version\":\"1.4.1\","
                                + "\"safe_tx\":{\"safe\":\"%s\",\"to\":\"%s\",\"value\":\"0\",\"data\":\"0x%s\","
                                + "\"operation\":1,\"nonce\":\"0\"}}")
                        .formatted(safe.address(), trojan, transfer));

        JsonNode simulation = request.get("simulation");
        assertThat(simulation.get("status").asText()).as(simulation.toString()).isEqualTo("simulated");
        assertThat(simulation.get("method").asText()).isEqualTo("safe_simulate_and_revert");
        assertThat(simulation.get("wallet").asText()).isEqualTo(safe.address().toString());
        assertThat(simulation.get("wallet_storage_changes")).hasSize(1);
        JsonNode change = simulation.get("wallet_storage_changes").get(0);
        assertThat(change.get("meaning").asText()).isEqualTo("singleton");
        assertThat(change.get("value").asText()).endsWith(HEX.formatHex(backdoor.bytes()));
        assertThat(simulation.get("flags").toString()).contains("implementation_change");
        assertThat(request.get("flags").toString()).contains("implementation_change", "delegatecall");
        assertThat(request.get("status").asText()).isEqualTo("denied");
        assertThat(request.at("/decision/reasons").toString()).contains("simulated-storage-change");
        byte[] slot0 = node.storageAt(safe.address(), BigInteger.ZERO);
        assertThat(HEX.formatHex(slot0))
                .as("the simulation reverted")
                .endsWith(HEX.formatHex(safe.singleton().bytes()));
    }

    @Test
    void signedRequest_isBroadcastFromTheWallet_andARetryAnswersTheSameHash() throws Exception {
        Address recipient = node.accounts().get(8);
        BigInteger before = node.balance(recipient);
        JsonNode submitted = client.expect(201, "POST", "/v1/requests", initiator, rawRequest(transfer(recipient, 0)));
        String id = submitted.get("id").asText();
        client.expect(
                200,
                "POST",
                "/v1/requests/" + id + "/approvals",
                approver,
                "{\"approver\":\"bob\",\"signature\":\"%s\",\"expires_at\":\"%s\"}"
                        .formatted(
                                HEX.formatHex(bob.sign(HEX.parseHex(
                                        submitted.at("/approval/digest").asText()))),
                                submitted.at("/approval/expires_at").asText()));
        client.awaitStatus(admin, id, "signed", "signing", "pending_approval");

        JsonNode refused = client.expect(403, "POST", "/v1/requests/" + id + "/broadcast", approver, null);
        assertThat(refused.at("/error/message").asText()).contains("initiator or an admin");
        JsonNode broadcast = post("/v1/requests/" + id + "/broadcast", initiator, "retry-1");
        String hash = broadcast.at("/broadcast/tx_hash").asText();

        Receipt receipt = node.receipt(hash).orElseThrow();
        assertThat(receipt.from()).as("the signature recovers to the wallet").isEqualTo(wallet);
        assertThat(receipt.succeeded()).isTrue();
        assertThat(node.balance(recipient)).isEqualTo(before.add(ETHER));
        assertThat(post("/v1/requests/" + id + "/broadcast", initiator, "retry-1")
                        .at("/broadcast/tx_hash")
                        .asText())
                .as("the same Idempotency-Key")
                .isEqualTo(hash);
        assertThat(post("/v1/requests/" + id + "/broadcast", admin, null)
                        .at("/broadcast/tx_hash")
                        .asText())
                .as("another retry")
                .isEqualTo(hash);
        assertThat(broadcast.at("/broadcast/broadcast_by").asText()).isEqualTo("ivan");
    }

    @Test
    void suggestions_comeFromTheNode_andTheRequestViewComparesTheNonce() throws Exception {
        JsonNode suggestions = client.expect(200, "GET", "/v1/wallets/hot-eth-1/ethereum/suggestions", admin, null);
        assertThat(suggestions.get("next_nonce").asText()).isEqualTo("0");
        assertThat(suggestions.get("chain_id").asText()).isEqualTo("31337");
        BigInteger base = new BigInteger(suggestions.get("base_fee_per_gas").asText());
        BigInteger priority =
                new BigInteger(suggestions.get("max_priority_fee_per_gas").asText());
        assertThat(new BigInteger(suggestions.get("max_fee_per_gas").asText()))
                .isEqualTo(base.multiply(BigInteger.TWO).add(priority));

        JsonNode gap = client.expect(
                201,
                "POST",
                "/v1/requests",
                initiator,
                rawRequest(transfer(node.accounts().get(7), 3)));

        String page = RequestView.html(server.port(), admin, gap.get("id").asText());
        assertThat(page).contains("a gap (the node&#39;s next nonce is 0)", "Simulation", "Ran at block");
    }

    private JsonNode post(String path, String token, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private static String transfer(Address recipient, long nonce) {
        DynamicFeeTransaction transaction = new DynamicFeeTransaction(
                HARDHAT_CHAIN,
                BigInteger.valueOf(nonce),
                BigInteger.valueOf(1_000_000_000L),
                BigInteger.valueOf(100_000_000_000L),
                BigInteger.valueOf(21_000),
                Optional.of(recipient),
                ETHER,
                new byte[0],
                List.of(),
                Optional.empty());
        return "0x" + HEX.formatHex(transaction.encode());
    }

    private static String rawRequest(String raw) {
        return "{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"raw_tx\":\"" + raw + "\"}";
    }

    private String policy() {
        return """
                {"policy_version":1,"name":"simulation","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":["%s"]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"ethereum","asset":"native","usd":"2000","decimals":18}]},
                 "destinations":[],
                 "detection":{"verdict_key":"%s"},
                 "known_contracts":[],"frozen_wallets":[],
                 "rules":[
                   {"id":"treasury-approves","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},"condition":"true"},
                   {"id":"allow","effect":"allow","condition":"true"},
                   {"id":"simulated-storage-change","effect":"deny","condition":"sim.wallet_storage_changed"}]}
                """.formatted(bob.publicKey().toHex(), wallet.toString().toLowerCase(), verdictKey);
    }
}
