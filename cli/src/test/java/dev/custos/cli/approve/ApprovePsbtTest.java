package dev.custos.cli.approve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.bitcoin.Bech32;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.PsbtParser;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code custos approve} on a Bitcoin request: a PSBT decoded here, every output listed, the network bound. */
class ApprovePsbtTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant EXPIRY = Instant.parse("2099-01-01T00:00:00Z");
    private static final byte[] EXTERNAL = filled(20, 0x11);
    private static final byte[] CHANGE = filled(20, 0x22);

    @TempDir
    Path folder;

    private FakeCoordinator coordinator;
    private Path key;

    @BeforeEach
    void start() throws Exception {
        coordinator = new FakeCoordinator();
        key = folder.resolve("carol.key");
        assertThat(CliRun.of("approve", "keygen", "--out", key.toString(), "--name", "carol")
                        .exitCode())
                .isZero();
    }

    @AfterEach
    void stop() {
        coordinator.close();
    }

    @Test
    void psbt_everyOutputShownInBtc_andApproved() throws Exception {
        String psbt = Base64.getEncoder().encodeToString(psbtV0());
        byte[] digest = ApprovalDigest.of(ApprovalSubjects.psbt(PsbtParser.parseBase64(psbt), Network.TESTNET)
                .facts("w-btc", "req-b", 2, EXPIRY));
        coordinator.answer(request(psbt, "testnet", digest));

        CliRun run = CliRun.of(
                "approve", "--api", coordinator.api(), "--request", "req-b", "--key", key.toString(), "--yes");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out())
                .contains(
                        "chain      bitcoin, network testnet",
                        "send 0.0015 BTC (150000) to " + Bech32.encodeSegwit("tb", 0, EXTERNAL),
                        "send 0.00849 BTC (849000) to " + Bech32.encodeSegwit("tb", 0, CHANGE));
        assertThat(coordinator.approvalsPosted()).hasSize(1);
    }

    @Test
    void psbt_approvedForMainnetButShownAsTestnet_isRefused() throws Exception {
        String psbt = Base64.getEncoder().encodeToString(psbtV0());
        byte[] mainnet = ApprovalDigest.of(ApprovalSubjects.psbt(PsbtParser.parseBase64(psbt), Network.MAINNET)
                .facts("w-btc", "req-b", 2, EXPIRY));
        coordinator.answer(request(psbt, "testnet", mainnet));

        CliRun run = CliRun.of(
                "approve", "--api", coordinator.api(), "--request", "req-b", "--key", key.toString(), "--yes");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains("refusing to sign", "bitcoin network testnet");
        assertThat(coordinator.approvalsPosted()).isEmpty();
    }

    private static JsonNode request(String psbt, String network, byte[] digest) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("id", "req-b");
        body.put("status", "pending_approval");
        body.put("wallet", "w-btc");
        body.put("chain", "bitcoin");
        body.put("psbt", psbt);
        body.put("network", network);
        body.putObject("approval")
                .put("digest", HexFormat.of().formatHex(digest))
                .put("policy_version", 2)
                .put("expires_at", EXPIRY.toString());
        return body;
    }

    /** PSBT v0: one input with a witness UTXO of 1,000,000 sat; outputs 150,000 and 849,000 sat to P2WPKH programs. */
    private static byte[] psbtV0() {
        ByteArrayOutputStream tx = new ByteArrayOutputStream();
        tx.writeBytes(new byte[] {2, 0, 0, 0, 1});
        tx.writeBytes(filled(32, 0xab));
        tx.writeBytes(new byte[] {1, 0, 0, 0, 0, (byte) 0xfd, (byte) 0xff, (byte) 0xff, (byte) 0xff, 2});
        output(tx, 150_000, EXTERNAL);
        output(tx, 849_000, CHANGE);
        tx.writeBytes(new byte[4]);
        ByteArrayOutputStream utxo = new ByteArrayOutputStream();
        output(utxo, 1_000_000, filled(20, 0x33));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'p', 's', 'b', 't', (byte) 0xff, 1, 0, (byte) tx.size()});
        out.writeBytes(tx.toByteArray());
        out.writeBytes(new byte[] {0, 1, 1, (byte) utxo.size()});
        out.writeBytes(utxo.toByteArray());
        out.writeBytes(new byte[] {0, 0, 0});
        return out.toByteArray();
    }

    private static void output(ByteArrayOutputStream out, long amount, byte[] program) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (amount >>> (8 * i)) & 0xff);
        }
        out.writeBytes(new byte[] {22, 0, 20});
        out.writeBytes(program);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
