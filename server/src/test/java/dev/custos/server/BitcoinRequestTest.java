package dev.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.bitcoin.Bech32;
import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.bitcoin.PsbtCreator;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.TxInput;
import dev.custos.chain.bitcoin.TxOutput;
import dev.custos.chain.bitcoin.Txid;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.taproot.Taproot;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.access.Role;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PSBT through the API: the nodes of a Taproot wallet decide it on the whole transaction (every output that is not
 * the wallet's own), verify the approval over the PSBT's digest, and sign each of the wallet's inputs.
 */
class BitcoinRequestTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] RECIPIENT_PROGRAM = HEX.parseHex("77".repeat(20));
    private static final String RECIPIENT = Bech32.encodeSegwit("bcrt", 0, RECIPIENT_PROGRAM);

    @TempDir
    Path folder;

    private final SigningKey bob = SigningKey.generate(RANDOM);
    private InMemoryCluster cluster;
    private CustodyServer server;
    private ServerClient client;
    private String admin;
    private String initiator;
    private String approver;
    private byte[] walletScript;

    @BeforeEach
    void start() throws Exception {
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(folder, "127.0.0.1", 0), cluster, Clock.systemUTC());
        client = new ServerClient(server.port());
        admin = server.tokens().issue("root", Set.of(Role.ADMIN));
        initiator = server.tokens().issue("ivan", Set.of(Role.INITIATOR));
        approver = server.tokens().issue("bob", Set.of(Role.APPROVER));
        JsonNode wallet = client.expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"btc-1\",\"scheme\":\"frost-secp256k1-tr\",\"tier\":\"hot\",\"network\":\"regtest\"}");
        byte[] outputKey = Taproot.outputKey(
                        Ciphersuites.secp256k1Taproot()
                                .decodePublicKey(
                                        HEX.parseHex(wallet.get("public_key").asText())),
                        null)
                .publicKeyBytes();
        walletScript = PsbtSpend.p2trScript(outputKey);
        String verdictKey = client.expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        client.expect(
                200, "PUT", "/v1/policy", admin, policy(wallet.get("address").asText(), verdictKey));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        cluster.close();
    }

    @Test
    void approvedPsbt_isSignedInputByInputByTheEnforcingNodes() throws Exception {
        JsonNode submitted = client.expect(201, "POST", "/v1/requests", initiator, request(psbt(RECIPIENT_PROGRAM)));
        String id = submitted.get("id").asText();
        assertThat(submitted.get("status").asText()).as(submitted.toString()).isEqualTo("pending_approval");

        byte[] digest = HEX.parseHex(submitted.at("/approval/digest").asText());
        String expiresAt = submitted.at("/approval/expires_at").asText();
        client.expect(
                200,
                "POST",
                "/v1/requests/" + id + "/approvals",
                approver,
                "{\"approver\":\"bob\",\"signature\":\"" + HEX.formatHex(bob.sign(digest)) + "\",\"expires_at\":\""
                        + expiresAt + "\"}");

        JsonNode signed = client.awaitStatus(admin, id, "signed", "signing");
        assertThat(signed.get("signed_inputs").asText()).isEqualTo("0,1");
        assertThat(signed.get("signed_tx").asText()).isNotEmpty();
        assertThat(PsbtSpend.parse(
                        Base64.getDecoder().decode(signed.get("signed_psbt").asText())))
                .isNotNull();
    }

    @Test
    void psbtPayingAnAddressOffTheAllowlist_isDenied() throws Exception {
        byte[] stranger = HEX.parseHex("66".repeat(20));
        JsonNode submitted = client.expect(201, "POST", "/v1/requests", initiator, request(psbt(stranger)));

        assertThat(submitted.get("status").asText()).as(submitted.toString()).isEqualTo("denied");
        assertThat(submitted.at("/intent").toString()).isNotEmpty();
    }

    @Test
    void theNetworkIsTheWallets_aClaimedOtherNetworkIsRefused() throws Exception {
        String psbt = psbt(RECIPIENT_PROGRAM);
        JsonNode refused = client.expect(
                400,
                "POST",
                "/v1/requests",
                initiator,
                "{\"wallet\":\"btc-1\",\"chain\":\"bitcoin\",\"psbt\":\"" + psbt + "\",\"network\":\"mainnet\"}");
        assertThat(refused.at("/error/message").asText()).contains("wallet btc-1 is on regtest");

        JsonNode submitted = client.expect(
                201,
                "POST",
                "/v1/requests",
                initiator,
                "{\"wallet\":\"btc-1\",\"chain\":\"bitcoin\",\"psbt\":\"" + psbt + "\"}");
        assertThat(submitted.get("network").asText()).isEqualTo("regtest");
        assertThat(submitted.get("status").asText()).as(submitted.toString()).isEqualTo("pending_approval");
    }

    @Test
    void psbtForAnEcdsaWallet_isRefusedAtSubmission() throws Exception {
        client.expect(
                201,
                "POST",
                "/v1/wallets",
                admin,
                "{\"name\":\"eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        JsonNode refused = client.expect(
                400,
                "POST",
                "/v1/requests",
                initiator,
                "{\"wallet\":\"eth-1\",\"chain\":\"bitcoin\",\"psbt\":\"" + psbt(RECIPIENT_PROGRAM)
                        + "\",\"network\":\"regtest\"}");
        assertThat(refused.at("/error/message").asText()).contains("frost-secp256k1-tr");
    }

    /** Two of the wallet's outputs into 90,000 sat to {@code recipient} and 25,000 sat of change back to the wallet. */
    private String psbt(byte[] recipient) throws Exception {
        List<TxInput> inputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            byte[] txid = new byte[32];
            RANDOM.nextBytes(txid);
            inputs.add(new TxInput(Txid.fromInternal(txid), i, new byte[0], 0xfffffffdL));
        }
        byte[] recipientScript = new byte[22];
        recipientScript[1] = 20;
        System.arraycopy(recipient, 0, recipientScript, 2, 20);
        BitcoinTransaction unsigned = new BitcoinTransaction(
                2,
                inputs,
                List.of(new TxOutput(90_000, recipientScript), new TxOutput(25_000, walletScript)),
                0,
                false);
        PsbtSpend psbt = PsbtCreator.create(
                unsigned, List.of(new TxOutput(70_000, walletScript), new TxOutput(50_000, walletScript)), Map.of());
        return Base64.getEncoder().encodeToString(psbt.serialize());
    }

    private static String request(String psbt) {
        return "{\"wallet\":\"btc-1\",\"chain\":\"bitcoin\",\"psbt\":\"" + psbt + "\",\"network\":\"regtest\"}";
    }

    private String policy(String walletAddress, String verdictKey) {
        return """
                {"policy_version":1,"name":"test","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury"]}],
                 "wallets":[{"id":"btc-1","tier":"hot","chain":"bitcoin","own_addresses":["%s"]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"bitcoin","asset":"btc","usd":"90000","decimals":8}]},
                 "destinations":[{"address":"%s","label":"exchange","added_at":"2026-01-01T00:00:00Z"}],
                 "detection":{"verdict_key":"%s"},
                 "known_contracts":[],"frozen_wallets":[],
                 "rules":[
                   {"id":"treasury-approves","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},"condition":"true"},
                   {"id":"allow-active-destination","effect":"allow","condition":"destination.active"}]}
                """.formatted(bob.publicKey().toHex(), walletAddress, RECIPIENT, verdictKey);
    }
}
