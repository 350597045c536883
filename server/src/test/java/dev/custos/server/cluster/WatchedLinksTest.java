package dev.custos.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.coordinator.link.NodeLinkListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Waiting for the nodes: woken by each connection, and a timeout that names the nodes still missing. */
class WatchedLinksTest {
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");

    @Test
    void aNodeThatNeverConnectsIsNamedWithTheOnesThatDid() {
        try (InMemoryLinks links = new InMemoryLinks()) {
            WatchedLinks watched = watched(links);
            links.connect("node-1", message -> {});
            links.connect("node-3", message -> {});
            assertThatThrownBy(() -> watched.awaitConnected(NODES, Duration.ofMillis(100)))
                    .isInstanceOf(DevClusterException.class)
                    .hasMessage("node node-2 did not connect to the relay within 100 ms (connected: [node-1, node-3]);"
                            + " their log lines on stderr say why");
        }
    }

    @Test
    void aWaiterReturnsOnceTheLastNodeConnects() throws Exception {
        try (InMemoryLinks links = new InMemoryLinks()) {
            WatchedLinks watched = watched(links);
            links.connect("node-1", message -> {});
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    watched.awaitConnected(NODES, Duration.ofMinutes(5));
                } catch (DevClusterException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            links.connect("node-2", message -> {});
            links.connect("node-3", message -> {});
            waiting.get(5, TimeUnit.MINUTES);
            assertThat(watched.connected()).containsExactlyInAnyOrderElementsOf(NODES);
        }
    }

    private static WatchedLinks watched(InMemoryLinks links) {
        WatchedLinks watched = new WatchedLinks(links);
        watched.listener(new NodeLinkListener() {
            @Override
            public void onMessage(String node, byte[] message) {}
        });
        return watched;
    }
}
