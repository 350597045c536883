package dev.custos.server.remote;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.PolicyDeliveryResult;
import dev.custos.coordinator.relay.RelaySettings;
import dev.custos.coordinator.relay.TlsRelayServer;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PolicyStatus;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.server.signing.PolicyDocuments;
import dev.custos.server.signing.SignerCluster;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signer nodes that run as {@code custos node run} processes, on their own machines: the relay they dial (mutual TLS,
 * members of the signed committee only), the job engine over it, and policies signed by the configured admin keys
 * and delivered over the relay, each node verifying them itself.
 *
 * <p>A policy counts as installed when no signer set can lack it: at least {@code members - threshold + 1} nodes
 * report it installed. Nodes that were away get it when they reconnect (the engine sends them the newest policy a
 * node accepted). A refusal by any node fails the installation, naming the node and its reason.
 */
public final class RemoteCluster implements SignerCluster {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteCluster.class);

    private final RemoteClusterSettings settings;
    private final List<SigningKey> admins;
    private final TlsRelayServer relay;
    private final JobEngine engine;

    private RemoteCluster(
            RemoteClusterSettings settings, List<SigningKey> admins, TlsRelayServer relay, JobEngine engine) {
        this.settings = settings;
        this.admins = admins;
        this.relay = relay;
        this.engine = engine;
    }

    /**
     * Starts the relay with {@code coordinatorKey} (copied; the caller destroys it) and the engine over it. {@code
     * policyAdmins} sign the policies the server activates: they must be admins of the committee, at least its admin
     * threshold of them (the cluster keeps them until {@link #close()}).
     *
     * @throws IllegalArgumentException if the policy admins make no quorum of the committee's admins
     * @throws IOException if the relay cannot listen
     */
    public static RemoteCluster start(
            RemoteClusterSettings settings, SigningKey coordinatorKey, List<SigningKey> policyAdmins, Clock clock)
            throws IOException {
        requireNonNull(settings, "settings is null");
        requireNonNull(coordinatorKey, "coordinatorKey is null");
        requireNonNull(clock, "clock is null");
        AdminQuorum quorum = settings.committee().committee().admins();
        Set<String> distinct = new TreeSet<>();
        List<SigningKey> admins = new ArrayList<>();
        for (SigningKey admin : policyAdmins) {
            if (!quorum.contains(admin.publicKey())) {
                throw new IllegalArgumentException(
                        "policy admin key " + admin.publicKey().toHex() + " is not an admin of committee version "
                                + settings.committee().committee().version());
            }
            if (distinct.add(admin.publicKey().toHex())) {
                admins.add(admin);
            }
        }
        if (distinct.size() < quorum.threshold()) {
            throw new IllegalArgumentException("the policy admin keys are " + distinct.size() + " of the committee's "
                    + quorum.admins().size() + " admins; a policy needs " + quorum.threshold() + " of them");
        }
        TlsRelayServer relay = TlsRelayServer.start(
                RelaySettings.of(settings.relayListen()),
                coordinatorKey,
                settings.committee().committee(),
                clock);
        JobEngine engine = new JobEngine(relay, settings.jobs(), new DerivedPayloadAuthorizer(), new SecureRandom());
        return new RemoteCluster(settings, List.copyOf(admins), relay, engine);
    }

    @Override
    public JobEngine engine() {
        return engine;
    }

    @Override
    public List<String> nodeNames() {
        return settings.committee().committee().members().stream()
                .map(NodeIdentity::name)
                .sorted()
                .toList();
    }

    @Override
    public Set<String> connectedNodes() {
        return Set.copyOf(relay.connected());
    }

    @Override
    public int threshold() {
        return settings.threshold();
    }

    /** Where the relay listens (with the actual port when port 0 was asked for). */
    public InetSocketAddress relayAddress() {
        return relay.address();
    }

    /** The coordinator's key, which every node pins. */
    public String coordinatorKey() {
        return relay.coordinatorKey().toHex();
    }

    /**
     * Signs {@code policyDocument} as {@code version} with the policy admins and delivers it to every node.
     *
     * @throws IllegalArgumentException if the document is not a policy, or a node refused it (naming each node and
     *     its reason)
     * @throws IOException if fewer nodes than needed installed it (naming those that did not answer and why)
     */
    @Override
    public void installPolicy(byte[] policyDocument, long version) throws IOException {
        PolicyDocuments.requireValid(policyDocument);
        SignedPolicy signed = SignedPolicy.sign(version, policyDocument, admins);
        PolicyDeliveryResult result;
        try {
            result = engine.deliverPolicy(signed.encode(), nodeNames())
                    .get(settings.jobs().timeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while delivering policy version " + version, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("delivering policy version " + version + " failed: " + e.getMessage(), e);
        }
        Map<String, String> refusals = result.refusals();
        if (!refusals.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            refusals.forEach((node, reason) -> reasons.add("node " + node + ": " + reason));
            throw new IllegalArgumentException(
                    "policy version " + version + " was refused by " + String.join("; ", reasons));
        }
        long installed = result.reports().values().stream()
                .filter(report -> report.status() != PolicyStatus.REFUSED && report.installedVersion() == version)
                .count();
        int needed = nodeNames().size() - settings.threshold() + 1;
        if (installed < needed) {
            throw new IOException("policy version " + version + " is installed on " + installed + " nodes, fewer than"
                    + " the " + needed + " that make every signer set hold it; no answer from " + result.unanswered());
        }
        if (!result.unanswered().isEmpty()) {
            LOG.warn(
                    "policy version {} installed on {} nodes; not yet on {} (they get it when they reconnect)",
                    version,
                    installed,
                    result.unanswered());
        }
    }

    /** Stops the engine and the relay (the nodes see the coordinator leave and keep dialing) and forgets the keys. */
    @Override
    public void close() {
        engine.close();
        relay.close();
        admins.forEach(SigningKey::destroy);
    }
}
