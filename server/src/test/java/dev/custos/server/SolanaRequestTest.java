package dev.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.solana.SolanaAddress;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.access.Role;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Solana message through the API: valued at the policy's SOL price, approved over its digest, decided again by every
 * enforcing node on the message's own bytes and signed by the FROST Ed25519 wallet; one paying a stranger is denied.
 */
class SolanaRequestTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PARTNER = filled(0x22);
    private static final long SOL = 1_000_000_000L;

    @TempDir
    Path folder;

    private final SigningKey bob = SigningKey.generate(RANDOM);
    private InMemoryCluster cluster;
    private CustodyServer server;
    private ServerClient client;
    private String admin;
    private String initiator;
    private String approver;
    private byte[] walletKey;

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
                "{\"name\":\"hot-sol\",\"scheme\":\"frost-ed25519\",\"tier\":\"hot\"}");
        walletKey = HEX.parseHex(wallet.get("public_key").asText());
        assertThat(wallet.get("address").asText())
                .isEqualTo(SolanaAddress.of(walletKey).toString());
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
    void approvedTransfer_isDecidedByTheNodesAndSignedByTheWallet() throws Exception {
        byte[] message = transfer(PARTNER, 3 * SOL);
        JsonNode submitted = client.expect(201, "POST", "/v1/requests", initiator, request(message));
        String id = submitted.get("id").asText();
        assertThat(submitted.get("status").asText()).as(submitted.toString()).isEqualTo("pending_approval");
        assertThat(new java.math.BigDecimal(
                        submitted.at("/decision/facts/amount_usd").asText()))
                .isEqualByComparingTo("450");

        byte[] digest = HEX.parseHex(submitted.at("/approval/digest").asText());
        client.expect(
                200,
                "POST",
                "/v1/requests/" + id + "/approvals",
                approver,
                "{\"approver\":\"bob\",\"signature\":\"" + HEX.formatHex(bob.sign(digest)) + "\",\"expires_at\":\""
                        + submitted.at("/approval/expires_at").asText() + "\"}");

        JsonNode signed = client.awaitStatus(admin, id, "signed", "signing");
        byte[] signature = HEX.parseHex(signed.get("signature").asText());
        assertThat(Ed25519.verify(signature, 0, walletKey, 0, message, 0, message.length))
                .isTrue();
    }

    @Test
    void transferToAStranger_isDenied_andABadMessageIsRefusedNamingTheField() throws Exception {
        JsonNode denied = client.expect(201, "POST", "/v1/requests", initiator, request(transfer(filled(0x33), SOL)));
        assertThat(denied.get("status").asText()).as(denied.toString()).isEqualTo("denied");

        JsonNode refused = client.expect(
                400,
                "POST",
                "/v1/requests",
                initiator,
                "{\"wallet\":\"hot-sol\",\"chain\":\"solana\",\"tx\":\"AQID\"}");
        assertThat(refused.at("/error/message").asText()).startsWith("field 'tx': ");
    }

    private static String request(byte[] message) {
        return "{\"wallet\":\"hot-sol\",\"chain\":\"solana\",\"tx\":\""
                + Base64.getEncoder().encodeToString(message) + "\"}";
    }

    /** A legacy message the wallet pays for: one System transfer of {@code lamports} to {@code recipient}. */
    private byte[] transfer(byte[] recipient, long lamports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {1, 0, 1, 3});
        out.writeBytes(walletKey);
        out.writeBytes(recipient);
        out.writeBytes(new byte[32]);
        out.writeBytes(filled(7));
        out.writeBytes(new byte[] {1, 2, 2, 0, 1, 12, 2, 0, 0, 0});
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        return out.toByteArray();
    }

    private String policy(String walletAddress, String verdictKey) {
        return """
                {"policy_version":1,"name":"test","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury"]}],
                 "wallets":[{"id":"hot-sol","tier":"hot","chain":"solana","own_addresses":["%s"]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"solana","asset":"native","usd":"150","decimals":9}]},
                 "destinations":[{"address":"%s","label":"market maker","added_at":"2026-01-01T00:00:00Z"}],
                 "detection":{"verdict_key":"%s"},
                 "known_contracts":[],"frozen_wallets":[],
                 "rules":[
                   {"id":"deny-unknown-program","effect":"deny","condition":"'unknown_target' in flags"},
                   {"id":"treasury-approves","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},"condition":"true"},
                   {"id":"allow-active-destination","effect":"allow","condition":"destination.active"}]}
                """.formatted(bob.publicKey().toHex(), walletAddress, SolanaAddress.of(PARTNER), verdictKey);
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
