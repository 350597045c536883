package dev.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.ethereum.TransactionSignature;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.access.Role;
import dev.custos.server.audit.AuditVerification;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server end to end with three in-process nodes: an admin creates a wallet by DKG and activates a policy, an
 * initiator submits a raw transaction, an approver approves with a device key, the nodes sign; everything survives a
 * restart.
 */
class CustodyFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESTINATION = "0x1111111111111111111111111111111111111111";
    private static final String SAFE = "0x5afe5afe5afe5afe5afe5afe5afe5afe5afe5afe";
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();
    /** The data folder the server runs on: {@code folder/data}, or a restored copy of it. */
    private Path home;

    private final SigningKey bob = SigningKey.generate(new SecureRandom());
    private InMemoryCluster cluster;
    private CustodyServer server;
    private String admin;
    private String verdictKey;
    private String initiator;
    private String approver;

    @BeforeEach
    void start() throws Exception {
        home = folder.resolve("data");
        open();
        admin = server.tokens().issue("root", Set.of(Role.ADMIN));
        initiator = server.tokens().issue("ivan", Set.of(Role.INITIATOR));
        approver = server.tokens().issue("bob", Set.of(Role.APPROVER));
    }

    private void open() throws Exception {
        cluster = new InMemoryCluster(home.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(home, "127.0.0.1", 0), cluster, Clock.systemUTC());
    }

    private void close() throws Exception {
        server.close();
        cluster.close();
    }

    @AfterEach
    void stop() throws Exception {
        close();
    }

    @Test
    void approvedTransfer_isSignedByTheNodes_andSurvivesARestart() throws Exception {
        JsonNode wallet = expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        String address = wallet.get("address").asText();
        assertThat(address).matches("0x[0-9a-fA-F]{40}");
        assertThat(wallet.get("public_key").asText()).hasSize(66);
        assertThat(wallet.get("threshold").asInt()).isEqualTo(2);
        assertThat(wallet.get("nodes")).hasSize(3);

        verdictKey = expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        assertThat(expect(200, "PUT", "/v1/policy", admin, policy(address))
                        .get("policy_version")
                        .asLong())
                .isEqualTo(1);
        assertThat(cluster.installed).hasSize(1);
        expect(409, "PUT", "/v1/policy", admin, policy(address));

        JsonNode submitted = expect(201, "POST", "/v1/requests", initiator, request());
        String id = submitted.get("id").asText();
        assertThat(submitted.get("status").asText()).isEqualTo("pending_approval");
        assertThat(submitted.at("/decision/decision").asText()).isEqualTo("escalate");
        assertThat(submitted.at("/risk/verdict").asText()).isEqualTo("verified");
        assertThat(submitted.at("/risk/score").isInt()).isTrue();
        assertThat(submitted.at("/verdict/signature").asText()).hasSize(128);
        assertThat(expect(200, "GET", "/v1/alerts", admin, null).get("alerts").isArray())
                .isTrue();
        assertThat(submitted.at("/risk/verdict").asText()).isEqualTo("verified");
        assertThat(submitted.at("/risk/score").isInt()).isTrue();
        assertThat(submitted.at("/verdict/signature").asText()).hasSize(128);
        assertThat(expect(200, "GET", "/v1/alerts", admin, null).get("alerts").isArray())
                .isTrue();
        assertThat(submitted.at("/intent/target").asText().toLowerCase()).isEqualTo(DESTINATION);
        assertThat(submitted.at("/submitted_from/ip").asText()).isEqualTo("127.0.0.1");
        assertThat(submitted.at("/submitted_from/user_agent").asText()).startsWith("Java-http-client");
        byte[] digest = HEX.parseHex(submitted.at("/approval/digest").asText());
        String expiresAt = submitted.at("/approval/expires_at").asText();

        SigningKey stranger = SigningKey.generate(new SecureRandom());
        JsonNode refused = expect(
                403, "POST", "/v1/requests/" + id + "/approvals", approver, approval(stranger, digest, expiresAt));
        assertThat(refused.at("/error/code").asText()).isEqualTo("approval_refused");
        expect(403, "POST", "/v1/requests/" + id + "/approvals", initiator, approval(bob, digest, expiresAt));
        assertThat(get(id).get("approvals")).isEmpty();

        JsonNode approved =
                expect(200, "POST", "/v1/requests/" + id + "/approvals", approver, approval(bob, digest, expiresAt));
        assertThat(approved.get("status").asText()).isIn("signing", "signed");
        JsonNode signed = awaitStatus(id, "signed");
        EthereumTransaction transaction = TransactionDecoder.decode(
                HEX.parseHex(signed.get("signed_tx").asText().substring(2)));
        TransactionSignature signature = transaction.signature().orElseThrow();
        Optional<Address> sender = PublicKeyRecovery.recoverAddress(
                transaction.signingHash().bytes(), signature.r(), signature.s(), signature.yParity());
        assertThat(sender.orElseThrow().toChecksumHex()).isEqualTo(address);

        String metrics = new ServerClient(server.port()).text("/v1/metrics", initiator);
        assertThat(metrics)
                .contains("custos_requests{status=\"signed\"} 1")
                .contains("custos_signing_queue_depth 0")
                .contains("custos_signings_total{outcome=\"signed\",scheme=\"ecdsa-secp256k1\"} 1")
                .contains("custos_signing_latency_seconds_count{scheme=\"ecdsa-secp256k1\"} 1")
                .contains("custos_approval_latency_seconds_count 1")
                .contains("custos_nodes_connected 3")
                .contains("custos_nodes 3")
                .containsPattern("custos_audit_log_entries [1-9]");
        expect(401, "GET", "/v1/metrics", null, null);

        close();
        open();
        assertThat(get(id).get("status").asText()).isEqualTo("signed");
        assertThat(expect(200, "GET", "/v1/wallets/hot-eth-1", admin, null)
                        .get("address")
                        .asText())
                .isEqualTo(address);
        JsonNode second = expect(201, "POST", "/v1/requests", initiator, request());
        expect(
                200,
                "POST",
                "/v1/requests/" + second.get("id").asText() + "/approvals",
                approver,
                approval(
                        bob,
                        HEX.parseHex(second.at("/approval/digest").asText()),
                        second.at("/approval/expires_at").asText()));
        awaitStatus(second.get("id").asText(), "signed");
    }

    /**
     * The backup docs/OPERATIONS.md describes for a single machine: stop, copy the whole data folder (database, audit
     * and detection keys, every node's keystore), restore the copy into a fresh folder elsewhere and continue there:
     * the audit log verifies, the wallet and the policy are there, and a new request is signed by the restored nodes.
     */
    @Test
    void backupOfTheStoppedDataFolder_restoresIntoAFreshFolder_andSigningContinues() throws Exception {
        String address = expect(
                        201,
                        "POST",
                        "/v1/wallets",
                        admin,
                        "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}")
                .get("address")
                .asText();
        verdictKey = expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        expect(200, "PUT", "/v1/policy", admin, policy(address));
        close();

        Path backup = folder.resolve("backup");
        copyTree(home, backup);
        Path restored = folder.resolve("restored");
        copyTree(backup, restored);
        home = restored;
        open();

        assertThat(AuditVerification.offline(restored).intact()).isTrue();
        assertThat(expect(200, "GET", "/v1/wallets/hot-eth-1", admin, null)
                        .get("address")
                        .asText())
                .isEqualTo(address);
        JsonNode submitted = expect(201, "POST", "/v1/requests", initiator, request());
        expect(
                200,
                "POST",
                "/v1/requests/" + submitted.get("id").asText() + "/approvals",
                approver,
                approval(
                        bob,
                        HEX.parseHex(submitted.at("/approval/digest").asText()),
                        submitted.at("/approval/expires_at").asText()));
        JsonNode signed = awaitStatus(submitted.get("id").asText(), "signed");
        EthereumTransaction transaction = TransactionDecoder.decode(
                HEX.parseHex(signed.get("signed_tx").asText().substring(2)));
        TransactionSignature signature = transaction.signature().orElseThrow();
        assertThat(PublicKeyRecovery.recoverAddress(
                                transaction.signingHash().bytes(), signature.r(), signature.s(), signature.yParity())
                        .orElseThrow()
                        .toChecksumHex())
                .isEqualTo(address);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void attackerWritingTheServersDatabase_cannotGetASignature_theNodesRefuse() throws Exception {
        JsonNode wallet = expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        verdictKey = expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        expect(200, "PUT", "/v1/policy", admin, policy(wallet.get("address").asText()));
        JsonNode submitted = expect(201, "POST", "/v1/requests", initiator, request());
        String id = submitted.get("id").asText();
        assertThat(submitted.get("status").asText()).isEqualTo("pending_approval");
        close();

        forgeApprovedAndSigning(id, submitted);
        open();
        JsonNode failed = awaitStatus(id, "failed");
        assertThat(failed.has("signed_tx")).isFalse();
        assertThat(failed.get("failure").asText()).contains("refused").contains("treasury");
    }

    /** What an attacker with write access to the server's database does: a made-up approval, status "signing". */
    private void forgeApprovedAndSigning(String id, JsonNode submitted) throws Exception {
        // the attacker marks the request approved and ready to sign, with an approval they made up
        try (Database database = Database.open(DatabaseSettings.sqlite(home.resolve("custos.db")))) {
            database.inTransaction(connection -> {
                ObjectNode document;
                try (PreparedStatement query =
                        connection.prepareStatement("SELECT document FROM requests WHERE request_id = ?")) {
                    query.setString(1, id);
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        document = (ObjectNode) JSON.readTree(rows.getString(1));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                ObjectNode forged = document.withArray("approvals").addObject();
                forged.put("approver", "bob");
                forged.put("policy_version", 1);
                forged.put("expires_at", submitted.at("/approval/expires_at").asText());
                forged.put("signature", "00".repeat(64));
                forged.put("received_at", submitted.get("created_at").asText());
                document.put("status", "signing");
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE requests SET status = 'signing', document = ? WHERE request_id = ?")) {
                    update.setString(1, document.toString());
                    update.setString(2, id);
                    return update.executeUpdate();
                }
            });
        }
    }

    @Test
    void safeTransaction_approved_isSignedAsASafeOwner_andABybitDelegatecallIsRefusedByTheNodes() throws Exception {
        JsonNode wallet = expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        String address = wallet.get("address").asText();
        verdictKey = expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        expect(200, "PUT", "/v1/policy", admin, policy(address, SAFE));

        JsonNode submitted = expect(201, "POST", "/v1/requests", initiator, safeRequest(0, DESTINATION, ""));
        String id = submitted.get("id").asText();
        assertThat(submitted.get("status").asText()).isEqualTo("pending_approval");
        byte[] digest = HEX.parseHex(submitted.at("/approval/digest").asText());
        expect(
                200,
                "POST",
                "/v1/requests/" + id + "/approvals",
                approver,
                approval(bob, digest, submitted.at("/approval/expires_at").asText()));
        JsonNode signed = awaitStatus(id, "signed");
        byte[] owner = HEX.parseHex(signed.get("safe_signature").asText());
        assertThat(owner).hasSize(65);
        assertThat(owner[64]).isIn((byte) 27, (byte) 28);
        byte[] safeTxHash =
                HEX.parseHex(submitted.at("/intent/safe_tx_hash").asText().substring(2));
        Optional<Address> signer = PublicKeyRecovery.recoverAddress(
                safeTxHash,
                new BigInteger(1, java.util.Arrays.copyOfRange(owner, 0, 32)),
                new BigInteger(1, java.util.Arrays.copyOfRange(owner, 32, 64)),
                owner[64] - 27);
        assertThat(signer.orElseThrow().toChecksumHex()).isEqualTo(address);

        // Bybit: a delegatecall of transfer(attacker, 0) to a contract that rewrites the Safe's slot 0
        String transfer =
                "a9059cbb" + "000000000000000000000000" + "bdd077f651ebe7f7b3ce16fe5f2b025be2969516" + "0".repeat(64);
        JsonNode bybit = expect(
                201,
                "POST",
                "/v1/requests",
                initiator,
                safeRequest(1, "0x96221423681a6d52e184d440a8efcebb105c7242", transfer));
        assertThat(bybit.get("status").asText()).isEqualTo("denied");
        assertThat(bybit.at("/intent/flags").toString()).contains("delegatecall");
        close();
        forgeApprovedAndSigning(bybit.get("id").asText(), bybit);
        open();
        JsonNode refused = awaitStatus(bybit.get("id").asText(), "failed");
        assertThat(refused.has("safe_signature")).isFalse();
        assertThat(refused.get("failure").asText()).contains("refused").contains("delegatecall");
    }

    private String safeRequest(int operation, String to, String data) {
        return ("{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"chain_id\":1,\"safe_version\":\"1.3.0\","
                        + "\"safe_tx\":{\"safe\":\"%s\",\"to\":\"%s\",\"value\":\"%s\",\"data\":\"0x%s\","
                        + "\"operation\":%d,\"nonce\":\"5\"}}")
                .formatted(SAFE, to, operation == 0 ? "1000000000000000000" : "0", data, operation);
    }

    @Test
    void delayedRequest_isShownToTheNodesWhenAllowed_andSignedAfterTheDelay() throws Exception {
        JsonNode wallet = expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        verdictKey = expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        expect(
                200,
                "PUT",
                "/v1/policy",
                admin,
                policy(
                        wallet.get("address").asText(),
                        null,
                        "{\"id\":\"wait\",\"effect\":{\"delay\":{\"seconds\":2}},\"condition\":\"true\"},"));
        JsonNode submitted = expect(201, "POST", "/v1/requests", initiator, request());
        String id = submitted.get("id").asText();
        JsonNode approved = expect(
                200,
                "POST",
                "/v1/requests/" + id + "/approvals",
                approver,
                approval(
                        bob,
                        HEX.parseHex(submitted.at("/approval/digest").asText()),
                        submitted.at("/approval/expires_at").asText()));
        assertThat(approved.get("status").asText()).isEqualTo("delayed");
        assertThat(approved.has("not_before")).isTrue();
        JsonNode signed = awaitStatus(id, "signed", "delayed", "signing");
        assertThat(Instant.parse(signed.get("signed_at").asText()))
                .isAfterOrEqualTo(Instant.parse(approved.get("not_before").asText()));
    }

    @Test
    void requestsBeforeAPolicy_wrongWalletOrPayload_areRefusedNamingTheProblem() throws Exception {
        expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        assertThat(expect(409, "POST", "/v1/requests", initiator, request())
                        .at("/error/message")
                        .asText())
                .contains("no policy is active");
        assertThat(expect(400, "POST", "/v1/requests", initiator, request().replace("hot-eth-1", "nope"))
                        .at("/error/message")
                        .asText())
                .isEqualTo("field 'wallet': no wallet 'nope'");
        assertThat(expect(400, "POST", "/v1/requests", initiator, request().replace("\"raw_tx\"", "\"rawtx\""))
                        .at("/error/message")
                        .asText())
                .isEqualTo("unknown field 'rawtx'");
        assertThat(expect(
                                400,
                                "POST",
                                "/v1/requests",
                                initiator,
                                "{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"raw_tx\":\"zz\"}")
                        .at("/error/message")
                        .asText())
                .isEqualTo("field 'raw_tx' must be hex bytes");
        assertThat(expect(
                                400,
                                "POST",
                                "/v1/wallets",
                                admin,
                                "{\"name\":\"Bad Name\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}")
                        .at("/error/message")
                        .asText())
                .startsWith("field 'name': a wallet id is 1 to 48 characters");
        assertThat(expect(
                                409,
                                "POST",
                                "/v1/wallets",
                                admin,
                                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}")
                        .at("/error/message")
                        .asText())
                .isEqualTo("a wallet named 'hot-eth-1' exists already");
        expect(
                403,
                "POST",
                "/v1/wallets",
                initiator,
                "{\"name\":\"x\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
    }

    @Test
    void wallets_ofEveryScheme_haveTheirChainsAddress() throws Exception {
        JsonNode taproot = expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"cold-btc\",\"scheme\":\"frost-secp256k1-tr\",\"tier\":\"cold\",\"network\":\"testnet\"}");
        assertThat(taproot.get("address").asText()).startsWith("tb1p").hasSize(62);
        assertThat(taproot.get("public_key").asText()).hasSize(64);
        JsonNode solana = expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"hot-sol\",\"scheme\":\"frost-ed25519\",\"tier\":\"hot\"}");
        assertThat(solana.get("address").asText()).matches("[1-9A-HJ-NP-Za-km-z]{32,44}");
        assertThat(expect(200, "GET", "/v1/wallets", admin, null).get("wallets"))
                .hasSize(2);
        assertThat(expect(
                                400,
                                "POST",
                                "/v1/wallets",
                                admin,
                                "{\"name\":\"x\",\"scheme\":\"frost-ed25519\",\"tier\":\"hot\",\"network\":\"testnet\"}")
                        .at("/error/message")
                        .asText())
                .contains("Bitcoin");
    }

    private String request() {
        return "{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"raw_tx\":\"" + Transfers.oneEther(DESTINATION)
                + "\",\"amount_usd\":2000}";
    }

    private String policy(String walletAddress) {
        return policy(walletAddress, null);
    }

    private String policy(String walletAddress, String safe) {
        return policy(walletAddress, safe, "");
    }

    private String policy(String walletAddress, String safe, String extraRule) {
        return """
                {"policy_version":1,"name":"test","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury","security"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":[%s]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"ethereum","asset":"native","usd":"2000","decimals":18}]},
                 "destinations":[{"address":"%s","label":"exchange","added_at":"2026-01-01T00:00:00Z"}],
                 "detection":{"verdict_key":"%s"},
                 "known_contracts":[],"frozen_wallets":[],
                 "rules":[%s
                   {"id":"deny-delegatecall","effect":"deny","condition":"'delegatecall' in flags"},
                   {"id":"treasury-approves","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},"condition":"true"},
                   {"id":"allow-active-destination","effect":"allow","condition":"destination.active"}]}
                """.formatted(
                        bob.publicKey().toHex(),
                        "\"" + walletAddress.toLowerCase() + "\"" + (safe == null ? "" : ",\"" + safe + "\""),
                        DESTINATION,
                        verdictKey,
                        extraRule);
    }

    private static String approval(SigningKey key, byte[] digest, String expiresAt) {
        return "{\"approver\":\"bob\",\"signature\":\"" + HEX.formatHex(key.sign(digest)) + "\",\"expires_at\":\""
                + expiresAt + "\"}";
    }

    private JsonNode get(String id) throws Exception {
        return expect(200, "GET", "/v1/requests/" + id, admin, null);
    }

    private JsonNode awaitStatus(String id, String status) throws Exception {
        return awaitStatus(id, status, "signing");
    }

    private JsonNode awaitStatus(String id, String status, String... passing) throws Exception {
        return new ServerClient(server.port()).awaitStatus(admin, id, status, passing);
    }

    private JsonNode expect(int status, String method, String path, String token, String body) throws Exception {
        return new ServerClient(server.port()).expect(status, method, path, token, body);
    }
}
