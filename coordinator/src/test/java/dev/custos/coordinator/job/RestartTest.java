package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.WalletId;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Node runtimes restarted from their data folders keep their shares and never reuse a presignature: each retires the
 * presignatures it kept at start (a start may follow a restore from a backup), and the coordinator forgets them.
 */
class RestartTest {
    static final List<String> NODES = SigningAcrossNodesTest.NODES;

    @TempDir
    Path root;

    @Test
    void ecdsaSharesAndPresignaturesSurviveARestartAndAUsedPresignatureStaysUsed() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(60), 1, 3))) {
            Recorder recorder = Recorder.on(cluster.links);
            WalletId id = new WalletId("restart-eth");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.ECDSA_SECP256K1, 2, NODES)
                    .get(120, TimeUnit.SECONDS);
            cluster.engine.topUp(id).get(120, TimeUnit.SECONDS);
            sign(cluster, id, wallet, 0);
            assertThat(cluster.engine.presignatures(id)).isEqualTo(2);
            for (String node : NODES) {
                cluster.restart(node);
            }
            for (String node : NODES) {
                assertThat(cluster.node(node).storage().presignatures().available())
                        .as("presignatures kept by %s after its restart", node)
                        .isZero();
            }
            assertThat(cluster.engine.presignatures(id)).isZero();
            sign(cluster, id, wallet, 1);

            List<JobMessage.JobStart> signings = recorder.starts().stream()
                    .map(seen -> (JobMessage.JobStart) seen.message())
                    .filter(start -> start.spec() instanceof JobSpec.Sign)
                    .distinct()
                    .toList();
            assertThat(signings).hasSize(2);
            SessionId first = presignature(signings.get(0));
            SessionId second = presignature(signings.get(1));
            assertThat(first).isNotEqualTo(second);
            for (String signer : signings.get(0).participants()) {
                dev.custos.ecdsa.SessionId used = dev.custos.ecdsa.SessionId.of(first.bytes());
                assertThat(cluster.node(signer).storage().presignatures().isUsed(used))
                        .isTrue();
                assertThat(cluster.node(signer).storage().presignatures().isAvailable(used))
                        .isFalse();
            }

            // a coordinator that names the used presignature again, in a fresh job, is refused by every signer
            JobMessage.JobStart replay = new JobMessage.JobStart(
                    new JobId("replay-presignature"),
                    SessionId.random(new SecureRandom()),
                    Scheme.ECDSA_SECP256K1,
                    id,
                    signings.get(0).participants(),
                    2,
                    new JobSpec.Sign(((JobSpec.Sign) signings.get(0).spec()).request()));
            for (String signer : replay.participants()) {
                cluster.links.send(signer, JobMessageCodec.encode(replay));
                Outcome outcome =
                        recorder.awaitResult(signer, result -> result.job().equals(replay.job()));
                assertThat(outcome).isInstanceOf(Outcome.Failed.class);
                assertThat(((Outcome.Failed) outcome).kind()).isEqualTo(FailureKind.REFUSED);
                assertThat(((Outcome.Failed) outcome).reason()).contains("PRESIGNATURE_UNAVAILABLE");
            }
        }
    }

    @Test
    void frostSharesSurviveARestartAndNoNoncesAreLeftBehind() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(60), 1, 0))) {
            WalletId id = new WalletId("restart-sol");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.FROST_ED25519, 2, NODES)
                    .get(60, TimeUnit.SECONDS);
            for (int round = 0; round < 2; round++) {
                byte[] message = Payloads.solanaTransfer(wallet.publicKey(), Payloads.SOLANA_RECIPIENT, 100 + round);
                SigningResult result = cluster.engine
                        .sign(id, Payloads.request(PayloadType.SOLANA_MESSAGE, message))
                        .get(60, TimeUnit.SECONDS);
                assertThat(Ed25519.verify(result.signature(), 0, wallet.publicKey(), 0, message, 0, message.length))
                        .isTrue();
                for (String node : NODES) {
                    assertThat(cluster.node(node).unlocked.secrets().names())
                            .noneMatch(name -> name.startsWith("frost/nonces/"));
                    cluster.restart(node);
                }
            }
        }
    }

    private static void sign(Cluster cluster, WalletId id, Wallet wallet, long nonce) throws Exception {
        SignRequest request =
                Payloads.request(PayloadType.ETHEREUM_RAW_TX, Payloads.eip1559(Payloads.RECIPIENT, 1, nonce));
        SigningResult result = cluster.engine.sign(id, request).get(120, TimeUnit.SECONDS);
        assertThat(TransactionDecoder.decode(result.signedTransaction().orElseThrow())
                        .sender()
                        .orElseThrow()
                        .toChecksumHex())
                .isEqualTo(wallet.address().orElseThrow());
    }

    private static SessionId presignature(JobMessage.JobStart start) {
        return ((JobSpec.Sign) start.spec()).request().presignature().orElseThrow();
    }
}
