package dev.custos.cli.server;

import dev.custos.server.CustodyServer;
import dev.custos.server.cluster.DevCluster;
import java.util.concurrent.atomic.AtomicBoolean;

/** Stops the API first, then the nodes and the relay; once, whoever calls it first (the signal or the JVM's hook). */
final class Stopper implements Runnable {
    private final CustodyServer server;
    private final DevCluster cluster;
    private final AtomicBoolean stopped = new AtomicBoolean();

    Stopper(CustodyServer server, DevCluster cluster) {
        this.server = server;
        this.cluster = cluster;
    }

    @Override
    public void run() {
        if (stopped.compareAndSet(false, true)) {
            server.close();
            cluster.close();
        }
    }
}
