package dev.custos.server.cluster;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.link.NodeLinkListener;
import dev.custos.coordinator.link.NodeLinks;
import dev.custos.node.link.LinkException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The relay's links as the job engine sees them, with a way to wait until given nodes are connected: every connection
 * change the relay reports wakes the waiters before it reaches the engine's listener.
 */
final class WatchedLinks implements NodeLinks {
    private final NodeLinks links;
    private final Object monitor = new Object();

    WatchedLinks(NodeLinks links) {
        this.links = requireNonNull(links, "links is null");
    }

    @Override
    public void send(String node, byte[] message) throws LinkException {
        links.send(node, message);
    }

    @Override
    public Set<String> connected() {
        return links.connected();
    }

    @Override
    public void listener(NodeLinkListener listener) {
        requireNonNull(listener, "listener is null");
        links.listener(new NodeLinkListener() {
            @Override
            public void onMessage(String node, byte[] message) {
                listener.onMessage(node, message);
            }

            @Override
            public void onConnected(String node) {
                wake();
                listener.onConnected(node);
            }

            @Override
            public void onDisconnected(String node, String reason) {
                wake();
                listener.onDisconnected(node, reason);
            }
        });
    }

    /**
     * Waits until every node of {@code names} is connected.
     *
     * @throws DevClusterException naming the nodes still missing when {@code timeout} passed first
     * @throws InterruptedException if the waiting thread was interrupted
     */
    void awaitConnected(Collection<String> names, Duration timeout) throws DevClusterException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (!connected().containsAll(names)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    List<String> missing = names.stream()
                            .filter(name -> !connected().contains(name))
                            .sorted()
                            .toList();
                    throw new DevClusterException((missing.size() == 1 ? "node " : "nodes ")
                            + String.join(", ", missing) + " did not connect to the relay within "
                            + timeout.toMillis() + " ms (connected: " + new TreeSet<>(connected())
                            + "); their log lines on stderr say why");
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void wake() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }
}
