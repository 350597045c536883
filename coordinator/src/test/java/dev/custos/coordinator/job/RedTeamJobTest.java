package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compromised coordinator that replays jobs, reuses session ids, or changes the payload between nodes, and an
 * attempt aborted mid-protocol: no valid signature results from an attack, and a retry never reuses a session, a
 * nonce or a presignature.
 */
class RedTeamJobTest {
    static final List<String> NODES = SigningAcrossNodesTest.NODES;

    @TempDir
    Path root;

    @Test
    void replayedJobAndReusedSessionAreRefusedEvenAfterARestart() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(30), 1, 0))) {
            Recorder recorder = Recorder.on(cluster.links);
            WalletId id = new WalletId("replayed");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.FROST_ED25519, 2, NODES)
                    .get(60, TimeUnit.SECONDS);
            byte[] message = Payloads.solanaTransfer(wallet.publicKey(), Payloads.SOLANA_RECIPIENT, 5);
            cluster.engine
                    .sign(id, Payloads.request(PayloadType.SOLANA_MESSAGE, message))
                    .get(60, TimeUnit.SECONDS);
            JobMessage.JobStart signing = recorder.starts().stream()
                    .map(seen -> (JobMessage.JobStart) seen.message())
                    .filter(start -> start.spec() instanceof JobSpec.Sign)
                    .findFirst()
                    .orElseThrow();
            String node = signing.participants().getFirst();
            JobMessage.JobStart reused = new JobMessage.JobStart(
                    new JobId("fresh-looking-job"),
                    signing.session(),
                    signing.scheme(),
                    signing.wallet(),
                    signing.participants(),
                    signing.threshold(),
                    new JobSpec.Sign(SignRequest.of(new TypedPayload(
                            PayloadType.SOLANA_MESSAGE,
                            Payloads.solanaTransfer(wallet.publicKey(), Payloads.SOLANA_RECIPIENT, 6)))));
            for (int run = 0; run < 2; run++) {
                for (JobMessage.JobStart attack : List.of(signing, reused)) {
                    cluster.links.send(node, JobMessageCodec.encode(attack));
                    Outcome outcome = recorder.awaitResult(
                            node,
                            result -> result.job().equals(attack.job()) && result.outcome() instanceof Outcome.Failed);
                    Outcome.Failed failed = (Outcome.Failed) outcome;
                    assertThat(failed.kind()).isEqualTo(FailureKind.REFUSED);
                    assertThat(failed.culprit()).contains("coordinator");
                    assertThat(failed.reason()).contains("was used before");
                }
                cluster.restart(node);
            }
            assertThat(recorder.results())
                    .noneMatch(seen -> seen.node().equals(node)
                            && ((JobMessage.JobResult) seen.message()).outcome() instanceof Outcome.Commitments
                            && ((JobMessage.JobResult) seen.message()).job().equals(reused.job()));
        }
    }

    @Test
    void payloadTheNodesDoNotAuthorizeIsRefusedByEachAndNotRetried() throws Exception {
        try (Cluster cluster = new Cluster(
                root,
                NODES,
                new DerivedPayloadAuthorizer(),
                new DigestAuthorizer(),
                Cluster.settings(Duration.ofSeconds(30), 3, 0))) {
            WalletId id = new WalletId("blind");
            cluster.engine.generateKey(id, Scheme.FROST_ED25519, 2, NODES).get(60, TimeUnit.SECONDS);
            ExecutionException thrown = Assertions.assertThrows(
                    ExecutionException.class,
                    () -> cluster.engine
                            .sign(id, Payloads.request(PayloadType.PSBT, new byte[] {0x70, 0x73, 0x62, 0x74}))
                            .get(60, TimeUnit.SECONDS));
            JobFailedException failed = (JobFailedException) thrown.getCause();
            assertThat(failed.failures()).hasSize(1);
            JobFailure failure = failed.failures().getFirst();
            assertThat(failure.kind()).isEqualTo(FailureKind.REFUSED);
            assertThat(failure.reason()).contains("the authorizer refused").contains("PSBT");
            assertThat(failure.culprit()).isEmpty();
        }
    }

    @Test
    void ecdsaPayloadChangedForOneSignerYieldsNoSignatureAndBurnsThePresignature() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(30), 1, 1))) {
            Recorder recorder = Recorder.on(cluster.links);
            WalletId id = new WalletId("switched");
            cluster.engine.generateKey(id, Scheme.ECDSA_SECP256K1, 2, NODES).get(120, TimeUnit.SECONDS);
            cluster.engine.topUp(id).get(120, TimeUnit.SECONDS);
            byte[] attackerTx = Payloads.eip1559(Payloads.ATTACKER, 50_000_000, 0);
            cluster.links.tap((node, message) -> {
                recorder.sent.add(new Recorder.Seen(node, Recorder.decode(message)));
                return List.of(node.equals("node-b") ? switchPayload(message, attackerTx) : message);
            });
            ExecutionException thrown = Assertions.assertThrows(
                    ExecutionException.class,
                    () -> cluster.engine
                            .sign(
                                    id,
                                    Payloads.request(
                                            PayloadType.ETHEREUM_RAW_TX, Payloads.eip1559(Payloads.RECIPIENT, 1, 0)))
                            .get(60, TimeUnit.SECONDS));
            JobFailedException failed = (JobFailedException) thrown.getCause();
            assertThat(failed.failures().getFirst().reason()).contains("INVALID_SIGNATURE");
            SessionId presignature = recorder.starts().stream()
                    .map(seen -> (JobMessage.JobStart) seen.message())
                    .filter(start -> start.spec() instanceof JobSpec.Sign)
                    .map(start -> ((JobSpec.Sign) start.spec())
                            .request()
                            .presignature()
                            .orElseThrow())
                    .findFirst()
                    .orElseThrow();
            for (String signer : List.of("node-a", "node-b")) {
                assertThat(cluster.node(signer)
                                .storage()
                                .presignatures()
                                .isUsed(dev.custos.ecdsa.SessionId.of(presignature.bytes())))
                        .isTrue();
            }
            assertThat(cluster.engine.presignatures(id)).isZero();
        }
    }

    @Test
    void frostPayloadChangedForOneSignerIsRefusedByThatSigner() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(30), 1, 0))) {
            WalletId id = new WalletId("switched-sol");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.FROST_ED25519, 2, NODES)
                    .get(60, TimeUnit.SECONDS);
            byte[] attackerMessage = Payloads.solanaTransfer(
                    wallet.publicKey(),
                    new byte[] {
                        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9
                    },
                    999_999_999);
            cluster.links.tap((node, message) ->
                    List.of(node.equals("node-b") ? switchPayload(message, attackerMessage) : message));
            ExecutionException thrown = Assertions.assertThrows(
                    ExecutionException.class,
                    () -> cluster.engine
                            .sign(
                                    id,
                                    Payloads.request(
                                            PayloadType.SOLANA_MESSAGE,
                                            Payloads.solanaTransfer(wallet.publicKey(), Payloads.SOLANA_RECIPIENT, 1)))
                            .get(60, TimeUnit.SECONDS));
            JobFailure failure =
                    ((JobFailedException) thrown.getCause()).failures().getFirst();
            assertThat(failure.reporter()).contains("node-b");
            assertThat(failure.culprit()).contains("coordinator");
            assertThat(failure.reason()).contains("not the one this node derived");
            assertThat(cluster.node("node-b").unlocked.secrets().names())
                    .noneMatch(name -> name.startsWith("frost/nonces/"));
        }
    }

    @Test
    void frostAttemptAbortedMidProtocolIsRetriedInANewSessionWithFreshNonces() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(3), 2, 0))) {
            Recorder recorder = Recorder.on(cluster.links);
            WalletId id = new WalletId("aborted-sol");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.FROST_ED25519, 2, NODES)
                    .get(60, TimeUnit.SECONDS);
            AtomicBoolean dropped = new AtomicBoolean();
            cluster.links.tap((node, message) -> {
                JobMessage decoded = Recorder.decode(message);
                recorder.sent.add(new Recorder.Seen(node, decoded));
                if (node.equals("node-b")
                        && decoded instanceof JobMessage.SigningPackageDelivery
                        && dropped.compareAndSet(false, true)) {
                    return List.of();
                }
                return List.of(message);
            });
            byte[] message = Payloads.solanaTransfer(wallet.publicKey(), Payloads.SOLANA_RECIPIENT, 77);
            SigningResult result = cluster.engine
                    .sign(id, Payloads.request(PayloadType.SOLANA_MESSAGE, message))
                    .get(60, TimeUnit.SECONDS);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(Ed25519.verify(result.signature(), 0, wallet.publicKey(), 0, message, 0, message.length))
                    .isTrue();
            List<JobMessage.JobStart> attempts = signStarts(recorder, "node-b");
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0).session()).isNotEqualTo(attempts.get(1).session());
            assertThat(recorder.sent)
                    .anyMatch(seen -> seen.node().equals("node-b")
                            && seen.message() instanceof JobMessage.JobAbort abort
                            && abort.session().equals(attempts.get(0).session()));
            awaitNoStoredNonces(cluster, "node-b");
        }
    }

    @Test
    void ecdsaAttemptAbortedMidProtocolIsRetriedWithAnotherPresignature() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(3), 2, 2))) {
            Recorder recorder = Recorder.on(cluster.links);
            WalletId id = new WalletId("aborted-eth");
            cluster.engine.generateKey(id, Scheme.ECDSA_SECP256K1, 2, NODES).get(120, TimeUnit.SECONDS);
            cluster.engine.topUp(id).get(120, TimeUnit.SECONDS);
            AtomicBoolean dropped = new AtomicBoolean();
            cluster.links.tap((node, message) -> {
                JobMessage decoded = Recorder.decode(message);
                recorder.sent.add(new Recorder.Seen(node, decoded));
                if (node.equals("node-b")
                        && decoded instanceof JobMessage.JobStart start
                        && start.spec() instanceof JobSpec.Sign
                        && dropped.compareAndSet(false, true)) {
                    return List.of();
                }
                return List.of(message);
            });
            SigningResult result = cluster.engine
                    .sign(id, Payloads.request(PayloadType.ETHEREUM_RAW_TX, Payloads.eip1559(Payloads.RECIPIENT, 3, 0)))
                    .get(60, TimeUnit.SECONDS);
            assertThat(result.attempts()).isEqualTo(2);
            List<JobMessage.JobStart> attempts = signStarts(recorder, "node-a");
            assertThat(attempts).hasSize(2);
            SessionId first = ((JobSpec.Sign) attempts.get(0).spec())
                    .request()
                    .presignature()
                    .orElseThrow();
            SessionId second = ((JobSpec.Sign) attempts.get(1).spec())
                    .request()
                    .presignature()
                    .orElseThrow();
            assertThat(attempts.get(0).session()).isNotEqualTo(attempts.get(1).session());
            assertThat(first).isNotEqualTo(second);
            assertThat(cluster.node("node-a")
                            .storage()
                            .presignatures()
                            .isUsed(dev.custos.ecdsa.SessionId.of(first.bytes())))
                    .isTrue();
            assertThat(cluster.engine.presignatures(id)).isZero();
        }
    }

    private static List<JobMessage.JobStart> signStarts(Recorder recorder, String node) {
        return recorder.sent.stream()
                .filter(seen -> seen.node().equals(node))
                .map(Recorder.Seen::message)
                .filter(message -> message instanceof JobMessage.JobStart start && start.spec() instanceof JobSpec.Sign)
                .map(JobMessage.JobStart.class::cast)
                .toList();
    }

    /** The node removes its nonces when the abort reaches it, on its own thread. */
    private static void awaitNoStoredNonces(Cluster cluster, String node) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (cluster.node(node).unlocked.secrets().names().stream().noneMatch(n -> n.startsWith("frost/nonces/"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(node + " still stores nonces of the aborted attempt");
    }

    /** The job start with its payload replaced by {@code payload}; any other message unchanged. */
    private static byte[] switchPayload(byte[] message, byte[] payload) {
        if (!(Recorder.decode(message) instanceof JobMessage.JobStart start)
                || !(start.spec() instanceof JobSpec.Sign sign)) {
            return message;
        }
        SignRequest original = sign.request();
        SignRequest switched = new SignRequest(
                new TypedPayload(original.payload().type(), payload),
                original.requestId(),
                original.initiator(),
                original.approvals(),
                original.verdict(),
                original.presignature());
        return JobMessageCodec.encode(new JobMessage.JobStart(
                start.job(),
                start.session(),
                start.scheme(),
                start.wallet(),
                start.participants(),
                start.threshold(),
                new JobSpec.Sign(switched)));
    }
}
