package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Identifier;
import dev.custos.frost.dkg.Dkg;
import dev.custos.frost.dkg.DkgParameters;
import dev.custos.node.envelope.Envelope;
import dev.custos.node.envelope.EnvelopeHeader;
import dev.custos.node.envelope.EnvelopeSealer;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.types.SecretBytes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compromised coordinator (or network) that tampers with the envelopes it relays, and a compromised node that sends
 * equivocating or malformed messages, during a FROST key generation: each attack stops the run, and the node that
 * detects it names the culprit (the coordinator for a forged, altered or misrouted envelope; the node whose signed
 * messages prove it).
 */
class RedTeamRelayTest {
    static final List<String> NODES = SigningAcrossNodesTest.NODES;
    static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path root;

    @Test
    void envelopeForwardedAsIfFromAnotherNodeIsBlamedOnTheCoordinator() throws Exception {
        JobFailure failure = attack((cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (node.equals("node-c") && envelope.isPresent() && Taps.direct(envelope.get(), "node-b", 2)) {
                EnvelopeHeader header = envelope.get().header();
                EnvelopeHeader forged = new EnvelopeHeader(header.session(), "node-a", header.to(), header.round());
                return List.of(Taps.relay(new Envelope(
                        forged, envelope.get().payload(), envelope.get().signature())));
            }
            return List.of(message);
        });
        assertThat(failure.kind()).isEqualTo(FailureKind.TRANSPORT);
        assertThat(failure.culprit()).contains("coordinator");
        assertThat(failure.reporter()).contains("node-c");
        assertThat(failure.reason()).contains("BAD_SIGNATURE");
    }

    @Test
    void alteredEnvelopeIsBlamedOnTheCoordinator() throws Exception {
        JobFailure failure = attack((cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (node.equals("node-c") && envelope.isPresent() && Taps.broadcast(envelope.get(), "node-a", 1)) {
                byte[] payload = envelope.get().payload();
                payload[payload.length / 2] ^= 0x01;
                return List.of(Taps.relay(new Envelope(
                        envelope.get().header(), payload, envelope.get().signature())));
            }
            return List.of(message);
        });
        assertThat(failure.culprit()).contains("coordinator");
        assertThat(failure.reason()).contains("BAD_SIGNATURE");
    }

    @Test
    void envelopeDeliveredToAnotherMemberIsBlamedOnTheCoordinator() throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        AtomicReference<byte[]> forNodeC = new AtomicReference<>();
        JobFailure failure = attack((cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (envelope.isPresent() && Taps.direct(envelope.get(), "node-b", 2)) {
                if (node.equals("node-c")) {
                    forNodeC.set(message);
                    seen.countDown();
                } else if (node.equals("node-a") && seen.await(30, TimeUnit.SECONDS)) {
                    return List.of(forNodeC.get());
                }
            }
            return List.of(message);
        });
        assertThat(failure.culprit()).contains("coordinator");
        assertThat(failure.reporter()).contains("node-a");
        assertThat(failure.reason()).contains("MISADDRESSED");
    }

    @Test
    void nodeThatSignsTwoDifferentRound1BroadcastsIsNamed() throws Exception {
        JobFailure failure = attack((cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (node.equals("node-c") && envelope.isPresent() && Taps.broadcast(envelope.get(), "node-a", 1)) {
                DkgParameters parameters = DkgParameters.of(
                        Ciphersuites.ed25519(),
                        dev.custos.frost.SessionId.of(
                                envelope.get().header().session().bytes()),
                        2,
                        3);
                byte[] other = Dkg.part1(parameters, Identifier.of(Ciphersuites.ed25519(), 1), RANDOM)
                        .round1Package()
                        .encode();
                EnvelopeSealer nodeA =
                        new EnvelopeSealer(cluster.node("node-a").unlocked.keys(), cluster.committee, RANDOM);
                return List.of(
                        Taps.relay(nodeA.broadcast(envelope.get().header().session(), 1, other)));
            }
            return List.of(message);
        });
        assertThat(failure.kind()).isEqualTo(FailureKind.PROTOCOL);
        assertThat(failure.culprit()).contains("node-a");
        assertThat(failure.reason()).contains("equivocated");
    }

    @Test
    void nodeThatSendsAMalformedMessageIsNamed() throws Exception {
        JobFailure failure = attack((cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (node.equals("node-c") && envelope.isPresent() && Taps.direct(envelope.get(), "node-a", 2)) {
                EnvelopeSealer nodeA =
                        new EnvelopeSealer(cluster.node("node-a").unlocked.keys(), cluster.committee, RANDOM);
                SecretBytes garbage = SecretBytes.copyOf(new byte[] {1, 2, 3});
                return List.of(Taps.relay(nodeA.direct(envelope.get().header().session(), 2, "node-c", garbage)));
            }
            return List.of(message);
        });
        assertThat(failure.kind()).isEqualTo(FailureKind.PROTOCOL);
        assertThat(failure.culprit()).contains("node-a");
        assertThat(failure.reporter()).contains("node-c");
        assertThat(failure.reason()).contains("does not decode");
    }

    @Test
    void committeeMemberThatSignsForARunItTakesNoPartInIsNamed() throws Exception {
        JobFailure failure = attack(List.of("node-a", "node-b", "node-c", "node-d"), (cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (node.equals("node-c") && envelope.isPresent() && Taps.broadcast(envelope.get(), "node-a", 1)) {
                EnvelopeSealer nodeD =
                        new EnvelopeSealer(cluster.node("node-d").unlocked.keys(), cluster.committee, RANDOM);
                return List.of(
                        Taps.relay(nodeD.broadcast(envelope.get().header().session(), 1, new byte[] {1})), message);
            }
            return List.of(message);
        });
        assertThat(failure.culprit()).contains("node-d");
        assertThat(failure.reporter()).contains("node-c");
        assertThat(failure.reason()).contains("takes no part");
    }

    @Test
    void envelopeDeliveredTwiceIsBlamedOnTheCoordinator() throws Exception {
        JobFailure failure = attack((cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (node.equals("node-c") && envelope.isPresent() && Taps.broadcast(envelope.get(), "node-a", 1)) {
                return List.of(message, message);
            }
            return List.of(message);
        });
        assertThat(failure.culprit()).contains("coordinator");
        assertThat(failure.reporter()).contains("node-c");
        assertThat(failure.reason()).contains("REPLAYED");
    }

    @Test
    void envelopesDeliveredOutOfOrderAreBlamedOnTheCoordinator() throws Exception {
        AtomicReference<byte[]> held = new AtomicReference<>();
        JobFailure failure = attack((cluster, node, message) -> {
            Optional<Envelope> envelope = Taps.relayed(message);
            if (node.equals("node-c") && envelope.isPresent() && Taps.broadcast(envelope.get(), "node-b", 1)) {
                held.set(message);
                return List.of();
            }
            if (node.equals("node-c")
                    && envelope.isPresent()
                    && envelope.get().header().from().equals("node-b")
                    && held.get() != null) {
                return List.of(message, held.getAndSet(null));
            }
            return List.of(message);
        });
        assertThat(failure.culprit()).contains("coordinator");
        assertThat(failure.reason()).contains("OUT_OF_ORDER");
    }

    /** A tap with the cluster at hand. */
    interface Attack {
        List<byte[]> deliver(Cluster cluster, String node, byte[] message) throws Exception;
    }

    /** Runs a FROST key generation under {@code attack} (one attempt); returns why it failed. */
    private JobFailure attack(Attack attack) throws Exception {
        return attack(NODES, attack);
    }

    private JobFailure attack(List<String> committee, Attack attack) throws Exception {
        try (Cluster cluster = new Cluster(
                root, committee, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(30), 1, 0))) {
            cluster.links.tap((node, message) -> {
                try {
                    return attack.deliver(cluster, node, message);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            ExecutionException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                    ExecutionException.class,
                    () -> cluster.engine
                            .generateKey(new WalletId("attacked"), Scheme.FROST_ED25519, 2, NODES)
                            .get(60, TimeUnit.SECONDS));
            assertThat(thrown.getCause()).isInstanceOf(JobFailedException.class);
            return ((JobFailedException) thrown.getCause()).failures().getFirst();
        }
    }
}
