package dev.custos.server.cluster;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.committee.CommitteeStore;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.IdentityMismatchException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.node.link.CoordinatorAddress;
import dev.custos.node.link.CoordinatorPin;
import dev.custos.node.link.LinkSettings;
import dev.custos.node.link.TlsCoordinatorLink;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.PolicyStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signer node of a dev cluster, in this process: its unlocked data folder, checked against the cluster's committee
 * and coordinator key, then its job runtime and its TLS link to the relay. It holds what a separate {@code custos node
 * run} process would hold, and nothing of the other nodes'.
 */
final class ClusterNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);

    private final String name;
    private final Path folder;
    private final UnlockedNode unlocked;
    private final SignedCommittee committee;
    private final PolicyStore policies;
    private final NodeStorage storage;
    private final Ed25519PublicKey coordinatorKey;
    private Optional<NodeRuntime> runtime = Optional.empty();
    private Optional<TlsCoordinatorLink> link = Optional.empty();

    private ClusterNode(
            String name,
            Path folder,
            UnlockedNode unlocked,
            SignedCommittee committee,
            PolicyStore policies,
            NodeStorage storage,
            Ed25519PublicKey coordinatorKey) {
        this.name = name;
        this.folder = folder;
        this.unlocked = unlocked;
        this.committee = committee;
        this.policies = policies;
        this.storage = storage;
        this.coordinatorKey = coordinatorKey;
    }

    /**
     * Unlocks node {@code name} in {@code layout} and checks that it is the member {@code committee} names, holds that
     * committee and pins {@code coordinatorKey}.
     *
     * @throws DevClusterException naming the file that is missing, damaged or does not match
     */
    static ClusterNode open(
            ClusterLayout layout, String name, SignedCommittee committee, Ed25519PublicKey coordinatorKey)
            throws DevClusterException {
        Path folder = layout.nodeFolder(name);
        Path keystore = folder.resolve(NodeIdentityStore.KEYSTORE_FILE);
        UnlockedNode unlocked = unlock(layout, name);
        try {
            NodeIdentity expected = committee
                    .committee()
                    .member(name)
                    .orElseThrow(
                            () -> new DevClusterException(layout.committee() + " has no member " + name + " (it lists "
                                    + committee.committee().members().stream()
                                            .map(NodeIdentity::name)
                                            .toList()
                                    + ")"));
            if (!expected.equals(unlocked.keys().identity())) {
                throw new DevClusterException(
                        "the node in " + folder + " (" + unlocked.keys().identity() + ") is not the member " + name
                                + " of " + layout.committee() + " (" + expected + ")");
            }
            Optional<SignedCommittee> installed =
                    CommitteeStore.open(unlocked.secrets()).current();
            if (installed.isEmpty()
                    || !Arrays.equals(
                            installed.get().committee().encode(),
                            committee.committee().encode())) {
                throw new DevClusterException(keystore + " does not hold the committee of " + layout.committee()
                        + (installed.isEmpty() ? " (it holds none)" : " (it holds " + installed.get() + ")"));
            }
            Optional<Ed25519PublicKey> pinned = CoordinatorPin.read(unlocked.secrets());
            if (!pinned.equals(Optional.of(coordinatorKey))) {
                throw new DevClusterException(keystore + " pins coordinator key "
                        + pinned.map(Ed25519PublicKey::toHex).orElse("(none)") + ", but the coordinator in "
                        + layout.coordinatorFolder() + " has key " + coordinatorKey.toHex());
            }
            AdminQuorum admins = committee.committee().admins();
            PolicyStore policies = PolicyStore.open(unlocked.secrets(), admins);
            NodeStorage storage = NodeStorage.open(unlocked.secrets(), folder);
            return new ClusterNode(name, folder, unlocked, committee, policies, storage, coordinatorKey);
        } catch (CommitteeException | InvalidEncodingException | PolicyInstallException e) {
            closeQuietly(unlocked);
            throw new DevClusterException(keystore + ": " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(unlocked);
            throw new DevClusterException("cannot open the job storage in " + folder + ": " + e.getMessage(), e);
        } catch (DevClusterException | RuntimeException e) {
            closeQuietly(unlocked);
            throw e;
        }
    }

    private static UnlockedNode unlock(ClusterLayout layout, String name) throws DevClusterException {
        Path folder = layout.nodeFolder(name);
        SecretBytes key = ClusterKeys.readKeyFile(layout.nodeKey(name), "the key file of node " + name);
        KeyFileKeySource source = new KeyFileKeySource(key);
        key.destroy();
        try {
            return NodeIdentityStore.open(folder, source);
        } catch (KeystoreException e) {
            throw new DevClusterException(
                    "cannot open the keystore of node " + name + " with " + layout.nodeKey(name) + " (" + e.error()
                            + "): " + e.getMessage(),
                    e);
        } catch (InvalidEncodingException | IdentityMismatchException e) {
            throw new DevClusterException("node " + name + " in " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DevClusterException("cannot open node " + name + " in " + folder + ": " + e.getMessage(), e);
        } finally {
            source.destroy();
        }
    }

    /** Starts the runtime with {@code authorizers}' authorizer and dials the relay at {@code relay}. */
    void start(NodeAuthorizers authorizers, InetSocketAddress relay, SecureRandom random, Clock clock)
            throws DevClusterException {
        requireNonNull(authorizers, "authorizers is null");
        try {
            SigningAuthorizer authorizer = requireNonNull(
                    authorizers.create(
                            new NodeContext(name, folder, unlocked.secrets(), committee.committee(), policies)),
                    "the authorizer factory returned null");
            NodeRuntime started = new NodeRuntime(unlocked.keys(), committee.committee(), storage, authorizer, random);
            runtime = Optional.of(started);
            CoordinatorAddress address =
                    new CoordinatorAddress(relay.getAddress().getHostAddress(), relay.getPort());
            link = Optional.of(TlsCoordinatorLink.startWith(
                    LinkSettings.of(address, coordinatorKey),
                    unlocked.keys(),
                    opened -> {
                        started.attach(opened);
                        return started;
                    },
                    clock));
        } catch (IOException e) {
            throw new DevClusterException("cannot start node " + name + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    PolicyStore policies() {
        return policies;
    }

    NodeStorage storage() {
        return storage;
    }

    /** The node's open keystore (for reading the wallet records it holds). */
    UnlockedNode unlocked() {
        return unlocked;
    }

    /** Stops the link (the relay sees the node leave), then the runtime (its secrets destroyed), then the keystore. */
    @Override
    public void close() {
        link.ifPresent(TlsCoordinatorLink::close);
        runtime.ifPresent(NodeRuntime::close);
        closeQuietly(unlocked);
    }

    private static void closeQuietly(UnlockedNode node) {
        try {
            node.close();
        } catch (IOException e) {
            LOG.warn("closing the keystore of {} failed: {}", node, e.getMessage());
        }
    }
}
