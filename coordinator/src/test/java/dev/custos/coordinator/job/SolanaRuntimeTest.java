package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Transfer;
import dev.custos.chain.solana.SolanaAddress;
import dev.custos.chain.solana.SolanaDecoder;
import dev.custos.chain.solana.SolanaIntent;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Solana transfer signed by three FROST Ed25519 nodes through the job engine, executed by the real Solana runtime
 * (LiteSVM): the lamports move; the same transaction with one signature bit flipped is refused there.
 */
class SolanaRuntimeTest {
    private static final long TRANSFER = 1_234_567;
    private static final long FUNDING = 5_000_000_000L;

    @TempDir
    Path root;

    @Test
    void aFrostSignedTransferRunsInTheSolanaRuntimeAndATamperedSignatureIsRefused() throws Exception {
        SolanaRuntime.requireInstalled();
        try (Cluster cluster = new Cluster(
                root,
                SigningAcrossNodesTest.NODES,
                new DerivedPayloadAuthorizer(),
                Cluster.settings(Duration.ofSeconds(60), 1, 0))) {
            WalletId id = new WalletId("sol-treasury");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.FROST_ED25519, 2, SigningAcrossNodesTest.NODES)
                    .get(60, TimeUnit.SECONDS);
            String payer = SolanaAddress.of(wallet.publicKey()).toBase58();
            byte[] recipientKey = new byte[32];
            new SecureRandom().nextBytes(recipientKey);
            String recipient = SolanaAddress.of(recipientKey).toBase58();

            for (boolean v0 : List.of(false, true)) {
                byte[] message = transfer(wallet.publicKey(), recipientKey, TRANSFER, v0);
                SolanaIntent intent = SolanaDecoder.decode(message);
                assertThat(intent.transfers())
                        .containsExactly(new Transfer(
                                Transfer.Kind.NATIVE, SolanaDecoder.SOL, recipient, BigInteger.valueOf(TRANSFER)));
                assertThat(intent.flags()).containsExactly(Flag.NATIVE_TRANSFER);

                SigningResult result = cluster.engine
                        .sign(id, Payloads.request(PayloadType.SOLANA_MESSAGE, message))
                        .get(60, TimeUnit.SECONDS);

                JsonNode executed = SolanaRuntime.execute(
                        SolanaRuntime.wire(result.signature(), message),
                        List.of(payer),
                        FUNDING,
                        List.of(recipient, payer));
                assertThat(executed.get("ok").asBoolean())
                        .as("runtime error %s, logs %s", executed.get("error"), executed.get("logs"))
                        .isTrue();
                assertThat(executed.get("balances").get(recipient).asText()).isEqualTo(Long.toString(TRANSFER));
                assertThat(Long.parseLong(executed.get("balances").get(payer).asText()))
                        .isLessThan(FUNDING - TRANSFER);

                byte[] tampered = result.signature();
                tampered[17] ^= 0x04;
                JsonNode refused = SolanaRuntime.execute(
                        SolanaRuntime.wire(tampered, message), List.of(payer), FUNDING, List.of(recipient));
                assertThat(refused.get("ok").asBoolean()).isFalse();
                assertThat(refused.get("description").asText()).contains("SignatureFailure");
                assertThat(refused.get("balances").get(recipient).isNull()).isTrue();
            }
        }
    }

    /** A System transfer of {@code lamports} from {@code payer} (fee payer and signer) to {@code recipient}. */
    static byte[] transfer(byte[] payer, byte[] recipient, long lamports, boolean v0) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (v0) {
            out.write(0x80);
        }
        out.writeBytes(new byte[] {1, 0, 1, 3});
        out.writeBytes(payer);
        out.writeBytes(recipient);
        out.writeBytes(new byte[32]);
        byte[] blockhash = new byte[32];
        blockhash[0] = 7;
        out.writeBytes(blockhash);
        out.writeBytes(new byte[] {1, 2, 2, 0, 1, 12, 2, 0, 0, 0});
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        if (v0) {
            out.write(0);
        }
        return out.toByteArray();
    }
}
