package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.JobId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.ReshareOrder;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignedReshareOrder;
import dev.custos.node.job.message.WalletId;
import dev.custos.types.SecretBytes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Refresh and resharing across node runtimes over the in-memory links, for ECDSA and FROST (Ed25519): the shares are
 * renewed or moved to another set of nodes, the key stays, and the nodes sign with their new shares only; orders not
 * signed by the admins, replayed, or naming nodes outside the committee are refused by every node; an aborted run
 * leaves the old shares signing.
 */
class ReshareAcrossNodesTest {
    static final List<String> NODES = List.of("node-a", "node-b", "node-c", "node-d");
    static final List<String> OLD = List.of("node-a", "node-b", "node-c");
    static final List<String> NEW = List.of("node-a", "node-b", "node-d");

    @TempDir
    Path root;

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"ECDSA_SECP256K1", "FROST_ED25519"})
    void refreshRenewsEveryShareAndTheWalletStillSigns(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(60))) {
            WalletId id = new WalletId("refreshed");
            Wallet wallet = cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            Map<String, byte[]> before = shares(cluster, id, scheme, OLD);

            Wallet refreshed = cluster.engine.refresh(id).get(120, TimeUnit.SECONDS);

            assertThat(refreshed.publicKey()).isEqualTo(wallet.publicKey());
            assertThat(refreshed.holders()).isEqualTo(OLD);
            Map<String, byte[]> after = shares(cluster, id, scheme, OLD);
            for (String node : OLD) {
                assertThat(after.get(node)).as(node).isNotEqualTo(before.get(node));
                assertThat(cluster.node(node).storage().wallets().hasPending(id))
                        .isFalse();
            }
            assertSigns(cluster, refreshed);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"ECDSA_SECP256K1", "FROST_ED25519"})
    void anOldShareDoesNotCombineWithNewOnesAfterARefresh(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(30))) {
            WalletId id = new WalletId("stale");
            cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            Map<String, byte[]> before = shares(cluster, id, scheme, OLD);
            Wallet refreshed = cluster.engine.refresh(id).get(120, TimeUnit.SECONDS);

            // node-a kept (or restored from a backup) its share from before the refresh; node-b signs with its new one
            cluster.node("node-a")
                    .unlocked
                    .secrets()
                    .put(shareEntry(id, scheme), SecretBytes.copyOf(before.get("node-a")));
            cluster.restart("node-a");
            ExecutionException failed = assertThrows(
                    ExecutionException.class, () -> sign(cluster, refreshed).get(60, TimeUnit.SECONDS));
            assertThat(failed.getCause()).isInstanceOf(JobFailedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"ECDSA_SECP256K1", "FROST_ED25519"})
    void reshareMovesTheKeyToANewNodeThatSignsAndTheLeavingNodeDeletesItsShare(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(60))) {
            WalletId id = new WalletId("moved");
            Wallet wallet = cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            SignedReshareOrder order = order(cluster, wallet, "epoch-1", cluster.admins.subList(0, 2));

            Wallet moved = cluster.engine.reshare(id, order).get(120, TimeUnit.SECONDS);

            assertThat(moved.publicKey()).isEqualTo(wallet.publicKey());
            assertThat(moved.holders()).isEqualTo(NEW);
            assertThat(cluster.node("node-c").storage().wallets().record(id)).isEmpty();
            assertThat(cluster.node("node-c").unlocked.secrets().names())
                    .noneMatch(name -> name.startsWith("wallets/" + id.value() + "/"));
            assertThat(cluster.node("node-d")
                            .storage()
                            .wallets()
                            .record(id)
                            .orElseThrow()
                            .holders())
                    .isEqualTo(NEW);
            cluster.stop("node-a");
            SigningResult signed = sign(cluster, moved).get(120, TimeUnit.SECONDS);
            assertThat(signed.signers()).containsExactly("node-b", "node-d");
            assertVerifies(moved, signed);
            cluster.start("node-a");

            ExecutionException replayed = assertThrows(
                    ExecutionException.class,
                    () -> cluster.engine.reshare(id, order).get(60, TimeUnit.SECONDS));
            JobFailure refusal =
                    ((JobFailedException) replayed.getCause()).failures().getFirst();
            assertThat(refusal.reason()).contains("reshare order 'epoch-1'");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"ECDSA_SECP256K1", "FROST_ED25519"})
    void aReshareAbortedBeforeTheConfirmationsLeavesTheOldSharesSigning(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(15))) {
            WalletId id = new WalletId("kept");
            Wallet wallet = cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            Map<String, byte[]> before = shares(cluster, id, scheme, OLD);
            int confirmationRound = scheme == Scheme.ECDSA_SECP256K1 ? 7 : 2;
            // node-d drops out before the confirmations: its own never leaves, the others' never reach it
            cluster.links.tap((node, message) -> Taps.relayed(message)
                            .filter(envelope -> envelope.header().round() == confirmationRound
                                    && (node.equals("node-d")
                                            || envelope.header().from().equals("node-d")))
                            .isPresent()
                    ? List.of()
                    : List.of(message));
            SignedReshareOrder order = order(cluster, wallet, "epoch-2", cluster.admins.subList(1, 3));
            assertThrows(
                    ExecutionException.class,
                    () -> cluster.engine.reshare(id, order).get(120, TimeUnit.SECONDS));
            cluster.links.tap((node, message) -> List.of(message));

            SigningResult signed = sign(cluster, wallet).get(120, TimeUnit.SECONDS);
            assertVerifies(wallet, signed);
            assertThat(shares(cluster, id, scheme, OLD))
                    .allSatisfy((node, share) -> assertThat(share).isEqualTo(before.get(node)));
            for (String node : OLD) {
                assertThat(cluster.node(node).storage().wallets().hasPending(id))
                        .as(node)
                        .isFalse();
            }

            // the order was not carried out: run again, it completes
            Wallet moved = cluster.engine.reshare(id, order).get(120, TimeUnit.SECONDS);
            assertThat(moved.holders()).isEqualTo(NEW);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"ECDSA_SECP256K1", "FROST_ED25519"})
    void aNewNodeThatSwitchedAloneReceivesAgainUnderANewOrder(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(15))) {
            WalletId id = new WalletId("split");
            Wallet wallet = cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            int confirmationRound = scheme == Scheme.ECDSA_SECP256K1 ? 7 : 2;
            // node-d gets every confirmation and switches; its own confirmation reaches nobody, so nobody else does
            cluster.links.tap((node, message) -> Taps.relayed(message)
                            .filter(envelope -> Taps.broadcast(envelope, "node-d", confirmationRound))
                            .isPresent()
                    ? List.of()
                    : List.of(message));
            SignedReshareOrder first = order(cluster, wallet, "epoch-5", cluster.admins.subList(0, 2));
            assertThrows(
                    ExecutionException.class,
                    () -> cluster.engine.reshare(id, first).get(120, TimeUnit.SECONDS));
            cluster.links.tap((node, message) -> List.of(message));
            assertSigns(cluster, wallet);

            SignedReshareOrder second = order(cluster, wallet, "epoch-6", cluster.admins.subList(0, 2));
            Wallet moved = cluster.engine.reshare(id, second).get(120, TimeUnit.SECONDS);
            assertThat(moved.holders()).isEqualTo(NEW);
            cluster.stop("node-a");
            SigningResult signed = sign(cluster, moved).get(120, TimeUnit.SECONDS);
            assertThat(signed.signers()).containsExactly("node-b", "node-d");
            assertVerifies(moved, signed);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"ECDSA_SECP256K1", "FROST_ED25519"})
    void everyNodeRefusesAnOrderTheAdminsDidNotSign(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(30))) {
            WalletId id = new WalletId("guarded");
            Wallet wallet = cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            SigningKey stranger = SigningKey.generate(new SecureRandom());
            SignedReshareOrder oneAdmin = order(cluster, wallet, "epoch-3", cluster.admins.subList(0, 1));
            SignedReshareOrder strangers = order(cluster, wallet, "epoch-3", List.of(stranger, cluster.admins.get(0)));

            assertThat(refusals(cluster, start(wallet, oneAdmin)))
                    .allSatisfy((node, reason) -> assertThat(reason)
                            .contains("is not signed by a quorum of the committee's admins")
                            .contains("need 2 of 3 signatures, 1 signed"));
            assertThat(refusals(cluster, start(wallet, strangers)))
                    .allSatisfy((node, reason) -> assertThat(reason).contains("who is not an admin"));
            assertSharesUnchangedAndSigning(cluster, wallet);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"ECDSA_SECP256K1", "FROST_ED25519"})
    void everyNodeRefusesANewMemberOutsideItsCommittee(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(30))) {
            WalletId id = new WalletId("outsider");
            Wallet wallet = cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            ReshareOrder order = new ReshareOrder(
                    "epoch-4",
                    id,
                    scheme,
                    wallet.publicKey(),
                    OLD,
                    List.of("node-a", "node-b", "node-x"),
                    2,
                    Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
            SignedReshareOrder signed = SignedReshareOrder.sign(order, cluster.admins.subList(0, 2));
            JobMessage.JobStart start = new JobMessage.JobStart(
                    new JobId("outsider-1"),
                    SessionId.random(new SecureRandom()),
                    scheme,
                    id,
                    List.of("node-a", "node-b", "node-c", "node-x"),
                    2,
                    new JobSpec.Reshare(signed));

            assertThat(refusals(cluster, start))
                    .allSatisfy((node, reason) ->
                            assertThat(reason).contains("'node-x'").contains("committee"));
            assertSharesUnchangedAndSigning(cluster, wallet);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"FROST_ED25519"})
    void aNodeTakesPartInOneRefreshOfAWalletPerInterval(Scheme scheme) throws Exception {
        try (Cluster cluster = cluster(Duration.ofSeconds(30))) {
            WalletId id = new WalletId("spaced");
            cluster.engine.generateKey(id, scheme, 2, OLD).get(120, TimeUnit.SECONDS);
            cluster.engine.refresh(id).get(120, TimeUnit.SECONDS);
            ExecutionException refused = assertThrows(
                    ExecutionException.class, () -> cluster.engine.refresh(id).get(60, TimeUnit.SECONDS));
            assertThat(((JobFailedException) refused.getCause())
                            .failures()
                            .getFirst()
                            .reason())
                    .contains("was refreshed at")
                    .contains("takes part in the next refresh from");
        }
    }

    private Cluster cluster(Duration timeout) throws Exception {
        return new Cluster(root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(timeout, 1, 0));
    }

    private static SignedReshareOrder order(Cluster cluster, Wallet wallet, String orderId, List<SigningKey> admins) {
        ReshareOrder order = new ReshareOrder(
                orderId,
                wallet.id(),
                wallet.scheme(),
                wallet.publicKey(),
                OLD,
                NEW,
                2,
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        return SignedReshareOrder.sign(order, admins);
    }

    private static JobMessage.JobStart start(Wallet wallet, SignedReshareOrder order) {
        return new JobMessage.JobStart(
                new JobId("direct-" + order.order().orderId() + "-"
                        + order.signatures().size()),
                SessionId.random(new SecureRandom()),
                wallet.scheme(),
                wallet.id(),
                NODES,
                2,
                new JobSpec.Reshare(order));
    }

    /** Sends {@code start} to every committee member among its participants; the reason each one refused. */
    private static Map<String, String> refusals(Cluster cluster, JobMessage.JobStart start) throws Exception {
        Recorder recorder = Recorder.on(cluster.links);
        Map<String, String> reasons = new java.util.TreeMap<>();
        List<String> members =
                start.participants().stream().filter(NODES::contains).toList();
        for (String node : members) {
            cluster.links.send(node, JobMessageCodec.encode(start));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reasons.size() < members.size() && System.nanoTime() < deadline) {
            for (Recorder.Seen seen : recorder.results()) {
                JobMessage.JobResult result = (JobMessage.JobResult) seen.message();
                if (result.job().equals(start.job()) && !reasons.containsKey(seen.node())) {
                    assertThat(result.outcome()).as(seen.node()).isInstanceOf(Outcome.Failed.class);
                    Outcome.Failed failed = (Outcome.Failed) result.outcome();
                    assertThat(failed.culprit()).as(seen.node()).contains(Outcome.Failed.COORDINATOR);
                    reasons.put(seen.node(), failed.reason());
                }
            }
            Thread.sleep(50);
        }
        assertThat(reasons.keySet()).containsExactlyElementsOf(members);
        return reasons;
    }

    private static void assertSharesUnchangedAndSigning(Cluster cluster, Wallet wallet) throws Exception {
        for (String node : NODES) {
            assertThat(cluster.node(node).storage().wallets().hasPending(wallet.id()))
                    .isFalse();
        }
        assertThat(cluster.node("node-d").storage().wallets().record(wallet.id()))
                .isEmpty();
        assertSigns(cluster, wallet);
    }

    private static String shareEntry(WalletId id, Scheme scheme) {
        return "wallets/" + id.value() + (scheme == Scheme.ECDSA_SECP256K1 ? "/ecdsa-share" : "/frost-key");
    }

    private static Map<String, byte[]> shares(Cluster cluster, WalletId id, Scheme scheme, List<String> nodes) {
        Map<String, byte[]> shares = new java.util.TreeMap<>();
        for (String node : nodes) {
            Optional<SecretBytes> stored = cluster.node(node).unlocked.secrets().get(shareEntry(id, scheme));
            shares.put(node, stored.orElseThrow().copy());
            stored.get().destroy();
        }
        return shares;
    }

    private static java.util.concurrent.CompletableFuture<SigningResult> sign(Cluster cluster, Wallet wallet)
            throws Exception {
        if (wallet.scheme() == Scheme.ECDSA_SECP256K1) {
            return cluster.engine.sign(
                    wallet.id(),
                    Payloads.request(PayloadType.ETHEREUM_RAW_TX, Payloads.eip1559(Payloads.RECIPIENT, 1, 0)));
        }
        return cluster.engine.sign(
                wallet.id(),
                Payloads.request(
                        PayloadType.SOLANA_MESSAGE,
                        Payloads.solanaTransfer(wallet.publicKey(), Payloads.SOLANA_RECIPIENT, 1_000)));
    }

    private static void assertSigns(Cluster cluster, Wallet wallet) throws Exception {
        assertVerifies(wallet, sign(cluster, wallet).get(120, TimeUnit.SECONDS));
    }

    private static void assertVerifies(Wallet wallet, SigningResult result) throws Exception {
        if (wallet.scheme() == Scheme.ECDSA_SECP256K1) {
            EthereumTransaction signed =
                    TransactionDecoder.decode(result.signedTransaction().orElseThrow());
            assertThat(signed.sender().orElseThrow().toChecksumHex())
                    .isEqualTo(wallet.address().orElseThrow());
            return;
        }
        byte[] message = result.message();
        assertThat(Ed25519.verify(result.signature(), 0, wallet.publicKey(), 0, message, 0, message.length))
                .isTrue();
    }
}
