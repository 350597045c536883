package dev.custos.bench;

import dev.custos.coordinator.link.NodeLinkListener;
import dev.custos.coordinator.relay.FloodLimit;
import dev.custos.coordinator.relay.RelaySettings;
import dev.custos.coordinator.relay.TlsRelayServer;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.link.CoordinatorAddress;
import dev.custos.node.link.LinkException;
import dev.custos.node.link.LinkListener;
import dev.custos.node.link.LinkSettings;
import dev.custos.node.link.TlsCoordinatorLink;
import dev.custos.node.transport.TransportSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One message from node "a" through the coordinator's relay to node "b", on loopback over the real mutual-TLS links
 * ({@link TlsCoordinatorLink} to {@link TlsRelayServer}, which forwards every message from "a" to "b"): the time from
 * {@code send} on "a" until "b"'s listener has the message. Read p50/p99 from the sample-time output.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class RelayRoundTripBenchmark {
    /** Message size in bytes. */
    @Param({"1024"})
    public int size;

    private TlsRelayServer relay;
    private TlsCoordinatorLink sender;
    private TlsCoordinatorLink receiver;
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private byte[] message;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        SecureRandom random = new SecureRandom();
        NodeKeys a = NodeKeys.generate("a", random);
        NodeKeys b = NodeKeys.generate("b", random);
        SigningKey admin = SigningKey.generate(random);
        SigningKey coordinatorKey = SigningKey.generate(random);
        Committee committee =
                new Committee(1, new AdminQuorum(1, List.of(admin.publicKey())), List.of(a.identity(), b.identity()));
        // The benchmark sends about 15,000 messages a second from one node, above the default flood limit.
        relay = TlsRelayServer.start(
                new RelaySettings(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        TransportSettings.DEFAULT,
                        new FloodLimit(1_000_000, 1_000_000, 1L << 30, 1L << 30)),
                coordinatorKey,
                committee,
                Clock.systemUTC());
        CountDownLatch connected = new CountDownLatch(2);
        relay.listener(new NodeLinkListener() {
            @Override
            public void onMessage(String node, byte[] bytes) {
                try {
                    relay.send("b", bytes);
                } catch (LinkException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void onConnected(String node) {
                connected.countDown();
            }
        });
        LinkSettings settings = LinkSettings.of(
                new CoordinatorAddress("127.0.0.1", relay.address().getPort()), coordinatorKey.publicKey());
        sender = TlsCoordinatorLink.start(settings, a, bytes -> {}, Clock.systemUTC());
        receiver = TlsCoordinatorLink.start(
                settings,
                b,
                new LinkListener() {
                    @Override
                    public void onMessage(byte[] bytes) {
                        received.add(bytes);
                    }
                },
                Clock.systemUTC());
        if (!connected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the nodes did not connect to the relay");
        }
        while (!sender.connected() || !receiver.connected()) {
            Thread.sleep(10);
        }
        message = new byte[size];
        random.nextBytes(message);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sender.close();
        receiver.close();
        relay.close();
    }

    @Benchmark
    public byte[] nodeToRelayToNode() throws LinkException, InterruptedException {
        sender.send(message);
        return received.take();
    }
}
