package dev.custos.coordinator.relay;

import dev.custos.coordinator.link.NodeLinkListener;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.link.CoordinatorAddress;
import dev.custos.node.link.LinkListener;
import dev.custos.node.link.LinkSettings;
import dev.custos.node.link.TlsCoordinatorLink;
import dev.custos.node.transport.TransportSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A committee of nodes, a coordinator key and helpers to run a relay and node links on 127.0.0.1 in one process. */
final class RelayFixture implements AutoCloseable {
    static final SecureRandom RANDOM = new SecureRandom();
    static final Duration WAIT = Duration.ofSeconds(60);
    static final TransportSettings TRANSPORT = new TransportSettings(
            Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(10), 65_536, 64L * 1024 * 1024);

    final Map<String, NodeKeys> nodes = new LinkedHashMap<>();
    final Committee committee;
    final SigningKey coordinatorKey = SigningKey.generate(RANDOM);
    private final List<AutoCloseable> resources = new ArrayList<>();

    RelayFixture(String... names) {
        for (String name : names) {
            nodes.put(name, NodeKeys.generate(name, RANDOM));
        }
        SigningKey admin = SigningKey.generate(RANDOM);
        committee = new Committee(
                1,
                new AdminQuorum(1, List.of(admin.publicKey())),
                nodes.values().stream().map(NodeKeys::identity).toList());
    }

    static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    TlsRelayServer relay(int port, TransportSettings transport, FloodLimit flood) throws IOException {
        TlsRelayServer relay = TlsRelayServer.start(
                new RelaySettings(loopback(port), transport, flood), coordinatorKey, committee, Clock.systemUTC());
        resources.add(relay);
        return relay;
    }

    TlsRelayServer relay() throws IOException {
        return relay(0, TRANSPORT, FloodLimit.DEFAULT);
    }

    TlsCoordinatorLink link(
            NodeKeys keys, int port, SigningKey pinned, TransportSettings transport, LinkListener listener) {
        return link(keys, port, pinned, transport, listener, Clock.systemUTC());
    }

    TlsCoordinatorLink link(
            NodeKeys keys,
            int port,
            SigningKey pinned,
            TransportSettings transport,
            LinkListener listener,
            Clock clock) {
        LinkSettings settings = new LinkSettings(
                new CoordinatorAddress("127.0.0.1", port),
                pinned.publicKey(),
                transport,
                Duration.ofMillis(20),
                Duration.ofMillis(500));
        TlsCoordinatorLink link = TlsCoordinatorLink.start(settings, keys, listener, clock);
        resources.add(link);
        return link;
    }

    TlsCoordinatorLink link(String node, TlsRelayServer relay, LinkListener listener) {
        return link(nodes.get(node), relay.address().getPort(), coordinatorKey, TRANSPORT, listener);
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + resources.get(i) + " failed", e);
            }
        }
    }

    /** What a node's link reported, in order. */
    static final class NodeEvents implements LinkListener {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void onMessage(byte[] message) {
            events.add(message);
        }

        @Override
        public void onConnected() {
            events.add("connected");
        }

        @Override
        public void onDisconnected(String reason) {
            events.add("disconnected: " + reason);
        }

        Object next() throws InterruptedException {
            Object event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no event from the node's link within " + WAIT);
            }
            return event;
        }

        byte[] nextMessage() throws InterruptedException {
            Object event = next();
            if (event instanceof byte[] message) {
                return message;
            }
            throw new AssertionError("expected a message, got " + event);
        }
    }

    /** What the relay reported, in order. */
    static final class RelayEvents implements NodeLinkListener {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void onMessage(String node, byte[] message) {
            events.add(new Received(node, message));
        }

        @Override
        public void onConnected(String node) {
            events.add("connected " + node);
        }

        @Override
        public void onDisconnected(String node, String reason) {
            events.add("disconnected " + node + ": " + reason);
        }

        Object next() throws InterruptedException {
            Object event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no event from the relay within " + WAIT);
            }
            return event;
        }
    }

    record Received(String node, byte[] message) {}
}
