package dev.custos.server.cluster;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.Wallet;
import dev.custos.coordinator.relay.RelaySettings;
import dev.custos.coordinator.relay.TlsRelayServer;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.signing.PolicyDocuments;
import dev.custos.server.signing.SignerCluster;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signer side of {@code custos start-dev} in one process: a coordinator relay on 127.0.0.1 (an ephemeral port),
 * three signer nodes that dial it over mutual TLS with pinned keys, each with its own data folder, identity and
 * keystore, and the job engine over the relay. On first start it creates everything in its data folder; on later
 * starts it loads the same identities, checks every file against the others and registers again the wallets the
 * nodes hold, so signing continues where it stopped (docs/NODES.md, "Dev cluster"). A dev admin key in the folder
 * signs the committee and the policies the nodes install: in production that key is a quorum of admins on their own
 * devices, and each node's key file is on that node's own disk.
 */
public final class DevCluster implements SignerCluster {
    private static final Logger LOG = LoggerFactory.getLogger(DevCluster.class);

    private final ClusterLayout layout;
    private final boolean created;
    private final ClusterKeys keys;
    private final Map<String, ClusterNode> nodes;
    private final TlsRelayServer relay;
    private final JobEngine engine;
    private final List<Wallet> recovered;
    private final ClusterPolicies policies;
    private boolean closed;

    private DevCluster(
            ClusterLayout layout,
            boolean created,
            ClusterKeys keys,
            Map<String, ClusterNode> nodes,
            TlsRelayServer relay,
            JobEngine engine,
            List<Wallet> recovered) {
        this.layout = layout;
        this.created = created;
        this.keys = keys;
        this.nodes = nodes;
        this.relay = relay;
        this.engine = engine;
        this.recovered = List.copyOf(recovered);
        this.policies =
                new ClusterPolicies(keys.admin(), keys.committee().committee().admins(), nodes);
    }

    /**
     * Creates the cluster in {@code settings.folder()} if it holds none, or loads the one it holds, then starts the
     * relay, the nodes and the engine, and returns once every node is connected.
     *
     * @throws DevClusterException naming the file that is missing, damaged or does not match the rest of the folder
     *     (a folder that holds part of a cluster is never replaced), or the nodes that did not connect in time
     * @throws InterruptedException if interrupted while waiting for the nodes
     */
    public static DevCluster open(DevClusterSettings settings) throws DevClusterException, InterruptedException {
        requireNonNull(settings, "settings is null");
        ClusterLayout layout = new ClusterLayout(settings.folder());
        SecureRandom random = new SecureRandom();
        Clock clock = Clock.systemUTC();
        boolean created = false;
        if (layout.state() == ClusterLayout.State.EMPTY) {
            settings.initialPolicy().ifPresent(PolicyDocuments::requireValid);
            ClusterCreation.create(layout, settings.initialPolicy(), random);
            created = true;
        }
        layout.state();
        ClusterKeys keys = ClusterKeys.load(layout);
        Map<String, ClusterNode> nodes = new TreeMap<>();
        TlsRelayServer relay = null;
        JobEngine engine = null;
        try {
            for (String name : ClusterLayout.NODE_NAMES) {
                nodes.put(name, ClusterNode.open(layout, name, keys.committee(), keys.coordinatorKey()));
            }
            List<Wallet> wallets = WalletRecovery.fromNodes(nodes);
            try {
                relay = TlsRelayServer.start(
                        RelaySettings.of(new InetSocketAddress(loopback(), 0)),
                        keys.coordinator(),
                        keys.committee().committee(),
                        clock);
            } catch (IOException e) {
                throw new DevClusterException("cannot start the relay on 127.0.0.1: " + e.getMessage(), e);
            }
            keys.forgetCoordinator();
            WatchedLinks links = new WatchedLinks(relay);
            engine = new JobEngine(links, settings.jobs(), settings.deriver(), random);
            for (Wallet wallet : wallets) {
                engine.register(wallet);
            }
            for (ClusterNode node : nodes.values()) {
                node.start(settings.authorizers(), relay.address(), random, clock);
            }
            links.awaitConnected(ClusterLayout.NODE_NAMES, settings.connectTimeout());
            LOG.info(
                    "dev cluster {} in {}: relay on {}, nodes {} connected, {} wallets",
                    created ? "created" : "loaded",
                    layout.folder(),
                    relay.address(),
                    ClusterLayout.NODE_NAMES,
                    wallets.size());
            return new DevCluster(layout, created, keys, nodes, relay, engine, wallets);
        } catch (DevClusterException | InterruptedException | RuntimeException e) {
            stop(engine, nodes, relay);
            keys.destroy();
            throw e;
        }
    }

    /** 127.0.0.1, whatever the resolver prefers for "localhost". */
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    /** Whether {@code folder} holds a whole dev cluster (false when it holds none; a part of one is an error). */
    public static boolean exists(Path folder) throws DevClusterException {
        return new ClusterLayout(folder).state() == ClusterLayout.State.COMPLETE;
    }

    /** The job engine over the relay. */
    @Override
    public JobEngine engine() {
        return engine;
    }

    /** The job engine over the relay (the same as {@link #engine()}). */
    public JobEngine jobEngine() {
        return engine;
    }

    /** The committee the nodes belong to, as the dev admin signed it. */
    public Committee committee() {
        return keys.committee().committee();
    }

    /** The nodes' names, sorted. */
    @Override
    public List<String> nodeNames() {
        return ClusterLayout.NODE_NAMES;
    }

    /** How many nodes sign for a wallet the server creates (2 of 3). */
    @Override
    public int threshold() {
        return ClusterLayout.THRESHOLD;
    }

    /** The nodes connected to the relay now. */
    @Override
    public Set<String> connectedNodes() {
        return relay.connected();
    }

    /** The dev admin's public key: the committee's one admin, who signs its policies. */
    public Ed25519PublicKey adminKey() {
        return keys.admin().publicKey();
    }

    /** The coordinator's key, which every node pins. */
    public Ed25519PublicKey coordinatorKey() {
        return relay.coordinatorKey();
    }

    /** Where the relay listens. */
    public InetSocketAddress relayAddress() {
        return relay.address();
    }

    /** The data folder. */
    public Path folder() {
        return layout.folder();
    }

    /** Whether this start created the cluster (false when it was loaded). */
    public boolean created() {
        return created;
    }

    /** The wallets read back from the nodes' records and registered with the engine at start. */
    public List<Wallet> recoveredWallets() {
        return recovered;
    }

    /** The highest policy version installed on the nodes, if any. */
    public Optional<Long> policyVersion() {
        return policies.installedVersion();
    }

    /**
     * Signs {@code policyDocument} with the dev admin key as the version one above the installed one (1 if none) and
     * installs it on every node.
     *
     * @return the version installed
     * @throws IllegalArgumentException if the document is not a valid policy (docs/POLICY.md) or a node refuses it
     * @throws IOException if a node cannot store it
     */
    public synchronized long installPolicy(byte[] policyDocument) throws IOException {
        requireOpen();
        return policies.installNext(policyDocument);
    }

    /**
     * Signs {@code policyDocument} as {@code version} and installs it on every node; the installed version again with
     * the same document changes nothing.
     *
     * @throws IllegalArgumentException if the document is not a valid policy, or the version is not above a node's
     *     installed one (naming the node), or a node refuses it
     * @throws IOException if a node cannot store it
     */
    @Override
    public synchronized void installPolicy(byte[] policyDocument, long version) throws IOException {
        requireOpen();
        policies.install(policyDocument, version);
    }

    /** Stops the engine, the nodes (links, runtimes, keystores) and the relay, and destroys the admin key. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(engine, nodes, relay);
        keys.destroy();
        LOG.info("dev cluster in {} stopped", layout.folder());
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the dev cluster in " + layout.folder() + " is closed");
        }
    }

    private static void stop(JobEngine engine, Map<String, ClusterNode> nodes, TlsRelayServer relay) {
        if (engine != null) {
            engine.close();
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (ClusterNode node : nodes.values()) {
            try {
                node.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (relay != null) {
            relay.close();
        }
        failures.forEach(e -> LOG.warn("stopping a node failed", e));
    }

    @Override
    public String toString() {
        return "DevCluster[" + layout.folder() + ", nodes " + ClusterLayout.NODE_NAMES + "]";
    }

    /** For tests: the node {@code name}'s parts. */
    ClusterNode node(String name) {
        return requireNonNull(nodes.get(name), () -> "no node " + name);
    }

    /** For tests: the admin key. */
    SigningKey admin() {
        return keys.admin();
    }
}
