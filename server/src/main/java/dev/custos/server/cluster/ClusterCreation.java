package dev.custos.server.cluster;

import dev.custos.coordinator.identity.CoordinatorIdentity;
import dev.custos.coordinator.identity.CoordinatorIdentityStore;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.committee.CommitteeStore;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.IdentityMismatchException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.node.link.CoordinatorPin;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.PolicyStore;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.server.keys.KeyFiles;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates a new dev cluster in an empty data folder: the dev admin key, the coordinator's identity, three nodes'
 * identities, the committee the admin signs (installed on every node with the coordinator key they pin, and the
 * initial policy if there is one) and, last, the committee file that marks the cluster complete. Every file is written
 * atomically and never replaces an existing one; a start that stops halfway leaves a folder that {@link
 * ClusterLayout#state()} refuses, naming what is missing.
 */
final class ClusterCreation {
    private ClusterCreation() {}

    static void create(ClusterLayout layout, Optional<byte[]> initialPolicy, SecureRandom random)
            throws DevClusterException {
        try {
            AtomicFile.createFolder(layout.folder());
            SecretBytes adminSeed = KeyFiles.create(layout.adminKey(), random);
            SigningKey admin = SigningKey.fromSeed(adminSeed);
            adminSeed.destroy();
            try {
                create(layout, admin, initialPolicy, random);
            } finally {
                admin.destroy();
            }
        } catch (IOException e) {
            throw new DevClusterException(
                    "cannot create the dev cluster in " + layout.folder() + ": " + e.getMessage(), e);
        }
    }

    private static void create(
            ClusterLayout layout, SigningKey admin, Optional<byte[]> initialPolicy, SecureRandom random)
            throws IOException, DevClusterException {
        CoordinatorIdentity coordinator = createCoordinator(layout, random);
        AtomicFile.createFolder(layout.nodesFolder());
        List<NodeIdentity> members = new ArrayList<>();
        for (String name : ClusterLayout.NODE_NAMES) {
            members.add(createNode(layout, name, random));
        }
        AdminQuorum admins = new AdminQuorum(1, List.of(admin.publicKey()));
        SignedCommittee committee = SignedCommittee.sign(new Committee(1, admins, members), List.of(admin));
        Optional<SignedPolicy> policy = initialPolicy.map(document -> SignedPolicy.sign(1, document, List.of(admin)));
        for (String name : ClusterLayout.NODE_NAMES) {
            install(layout, name, committee, coordinator, policy);
        }
        AtomicFile.createNew(layout.committee(), committee.encode());
    }

    private static CoordinatorIdentity createCoordinator(ClusterLayout layout, SecureRandom random)
            throws IOException, DevClusterException {
        KeyFileKeySource source = keySource(layout.coordinatorKey(), random);
        try {
            return CoordinatorIdentityStore.init(layout.coordinatorFolder(), source);
        } catch (KeystoreException e) {
            throw new DevClusterException(
                    "cannot create the coordinator's keystore in " + layout.coordinatorFolder() + ": " + e.getMessage(),
                    e);
        } finally {
            source.destroy();
        }
    }

    private static NodeIdentity createNode(ClusterLayout layout, String name, SecureRandom random)
            throws IOException, DevClusterException {
        KeyFileKeySource source = keySource(layout.nodeKey(name), random);
        try {
            return NodeIdentityStore.init(layout.nodeFolder(name), name, source);
        } catch (KeystoreException e) {
            throw new DevClusterException(
                    "cannot create the keystore of node " + name + " in " + layout.nodeFolder(name) + ": "
                            + e.getMessage(),
                    e);
        } finally {
            source.destroy();
        }
    }

    /** Installs the committee, the coordinator pin and the initial policy in node {@code name}'s keystore. */
    private static void install(
            ClusterLayout layout,
            String name,
            SignedCommittee committee,
            CoordinatorIdentity coordinator,
            Optional<SignedPolicy> policy)
            throws IOException, DevClusterException {
        SecretBytes key = ClusterKeys.readKeyFile(layout.nodeKey(name), "the key file of node " + name);
        KeyFileKeySource source = new KeyFileKeySource(key);
        key.destroy();
        try (UnlockedNode node = NodeIdentityStore.open(layout.nodeFolder(name), source)) {
            CommitteeStore.open(node.secrets())
                    .install(committee, committee.committee().admins());
            CoordinatorPin.write(node.secrets(), coordinator.key());
            if (policy.isPresent()) {
                PolicyStore.open(node.secrets(), committee.committee().admins())
                        .install(policy.get(), committee.committee().admins());
            }
        } catch (KeystoreException
                | InvalidEncodingException
                | IdentityMismatchException
                | CommitteeException
                | PolicyInstallException e) {
            throw new DevClusterException(
                    "cannot set up node " + name + " in " + layout.nodeFolder(name) + ": " + e.getMessage(), e);
        } finally {
            source.destroy();
        }
    }

    private static KeyFileKeySource keySource(Path file, SecureRandom random) throws IOException {
        SecretBytes key = KeyFiles.create(file, random);
        try {
            return new KeyFileKeySource(key);
        } finally {
            key.destroy();
        }
    }
}
