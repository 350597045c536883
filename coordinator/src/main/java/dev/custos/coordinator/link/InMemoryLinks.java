package dev.custos.coordinator.link;

import static java.util.Objects.requireNonNull;

import dev.custos.node.link.CoordinatorLink;
import dev.custos.node.link.LinkException;
import dev.custos.node.link.LinkListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * Node links inside one process, for tests, demos and benchmarks: each connected node gets its own delivery threads
 * (one towards the node, one towards the coordinator), so that messages arrive in order per link and concurrently
 * across links, as over the TLS transport. A {@link Tap} may rewrite, drop or add to what the coordinator sends to a
 * node: it plays a compromised coordinator or network in tests.
 */
public final class InMemoryLinks implements NodeLinks, AutoCloseable {
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private volatile Optional<NodeLinkListener> listener = Optional.empty();
    private volatile Tap tap = (node, message) -> List.of(message);
    private volatile BiConsumer<String, byte[]> observer = (node, message) -> {};

    /** Rewrites what the coordinator sends to a node: returns the messages actually delivered, in order. */
    @FunctionalInterface
    public interface Tap {
        List<byte[]> deliver(String node, byte[] message);
    }

    @Override
    public void listener(NodeLinkListener listener) {
        this.listener = Optional.of(requireNonNull(listener, "listener is null"));
    }

    /** Replaces the tap (the default delivers every message as sent). */
    public void tap(Tap tap) {
        this.tap = requireNonNull(tap, "tap is null");
    }

    /** Shows {@code observer} every message a node sends to the coordinator, before the coordinator gets it. */
    public void observe(BiConsumer<String, byte[]> observer) {
        this.observer = requireNonNull(observer, "observer is null");
    }

    /**
     * Connects node {@code node}, whose messages from the coordinator go to {@code nodeListener}; returns the node's
     * end of the link.
     *
     * @throws IllegalStateException if the node is connected already
     */
    public CoordinatorLink connect(String node, LinkListener nodeListener) {
        requireNonNull(node, "node is null");
        requireNonNull(nodeListener, "nodeListener is null");
        Connection connection = new Connection(node, nodeListener);
        if (connections.putIfAbsent(node, connection) != null) {
            throw new IllegalStateException("node '" + node + "' is connected already");
        }
        connection.toNode.execute(nodeListener::onConnected);
        connection.toCoordinator.execute(() -> listener.ifPresent(l -> l.onConnected(node)));
        return connection;
    }

    /** Disconnects {@code node}: both ends are told, and its link refuses to send. */
    public void disconnect(String node, String reason) {
        Connection connection = connections.remove(node);
        if (connection != null) {
            connection.close(reason);
        }
    }

    @Override
    public void send(String node, byte[] message) throws LinkException {
        requireNonNull(message, "message is null");
        Connection connection = connections.get(node);
        if (connection == null || connection.closed) {
            throw new LinkException("node '" + node + "' is not connected");
        }
        byte[] copy = message.clone();
        connection.toNode.execute(() -> {
            for (byte[] delivered : tap.deliver(node, copy)) {
                connection.nodeListener.onMessage(delivered);
            }
        });
    }

    @Override
    public Set<String> connected() {
        return new TreeSet<>(connections.keySet());
    }

    /** Disconnects every node and stops the delivery threads. */
    @Override
    public void close() {
        for (String node : List.copyOf(connections.keySet())) {
            disconnect(node, "the in-memory links were closed");
        }
    }

    /** One node's link: its two delivery threads. */
    private final class Connection implements CoordinatorLink {
        private final String node;
        private final LinkListener nodeListener;
        private final ExecutorService toNode;
        private final ExecutorService toCoordinator;
        private volatile boolean closed;

        Connection(String node, LinkListener nodeListener) {
            this.node = node;
            this.nodeListener = nodeListener;
            this.toNode = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "link-to-" + node));
            this.toCoordinator = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "link-from-" + node));
        }

        @Override
        public void send(byte[] message) throws LinkException {
            requireNonNull(message, "message is null");
            if (closed) {
                throw new LinkException("the link of node '" + node + "' is closed");
            }
            byte[] copy = message.clone();
            toCoordinator.execute(() -> {
                observer.accept(node, copy.clone());
                listener.ifPresent(l -> l.onMessage(node, copy));
            });
        }

        @Override
        public boolean connected() {
            return !closed;
        }

        @Override
        public void close() {
            disconnect(node, "the node closed its link");
        }

        void close(String reason) {
            if (closed) {
                return;
            }
            closed = true;
            toNode.execute(() -> nodeListener.onDisconnected(reason));
            toCoordinator.execute(() -> listener.ifPresent(l -> l.onDisconnected(node, reason)));
            toNode.shutdown();
            toCoordinator.shutdown();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
