package dev.custos.server.nodes;

import static java.util.Objects.requireNonNull;

import dev.custos.server.signing.SignerCluster;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When each node was last seen connected: the server samples the cluster's connected nodes every {@link #PERIOD_SECONDS}
 * seconds (and whenever asked). Kept in memory: after a restart a node is unseen until it is connected again.
 */
public final class NodePresence implements AutoCloseable {
    /** How often the connected nodes are sampled. */
    public static final int PERIOD_SECONDS = 2;

    private final SignerCluster cluster;
    private final Clock clock;
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler;

    public NodePresence(SignerCluster cluster, Clock clock) {
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custos-node-presence");
            thread.setDaemon(true);
            return thread;
        });
        sample();
        var unused = sampler.scheduleWithFixedDelay(this::sample, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** Records now as the last-seen time of every node connected now. */
    public void sample() {
        Instant now = clock.instant();
        cluster.connectedNodes().forEach(node -> lastSeen.put(node, now));
    }

    /** When {@code node} was last seen connected, if since this server started. */
    public Optional<Instant> lastSeen(String node) {
        return Optional.ofNullable(lastSeen.get(node));
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
