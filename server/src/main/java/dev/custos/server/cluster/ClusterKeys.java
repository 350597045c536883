package dev.custos.server.cluster;

import dev.custos.coordinator.identity.CoordinatorIdentityStore;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.committee.CommitteeVerifier;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.IdentityMismatchException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.server.keys.KeyFileException;
import dev.custos.server.keys.KeyFiles;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dev cluster's keys and committee, loaded and checked against each other: the dev admin key, the committee it
 * signed (the cluster's only trust anchor is that key) and the coordinator's identity key, which is kept only until the
 * relay has its own copy.
 */
final class ClusterKeys {
    private final SigningKey admin;
    private final SignedCommittee committee;
    private final Ed25519PublicKey coordinatorKey;
    private Optional<SigningKey> coordinator;

    private ClusterKeys(SigningKey admin, SignedCommittee committee, SigningKey coordinator) {
        this.admin = admin;
        this.committee = committee;
        this.coordinatorKey = coordinator.publicKey();
        this.coordinator = Optional.of(coordinator);
    }

    /** The 32 bytes of the key file {@code file} (the caller destroys them); a bad file names itself. */
    static SecretBytes readKeyFile(Path file, String what) throws DevClusterException {
        try {
            return KeyFiles.read(file, what);
        } catch (KeyFileException e) {
            throw new DevClusterException(e.getMessage(), e);
        }
    }

    /**
     * Reads the admin key, the committee and the coordinator's key from {@code layout}.
     *
     * @throws DevClusterException naming the file that is missing, damaged or does not match the others
     */
    static ClusterKeys load(ClusterLayout layout) throws DevClusterException {
        SecretBytes seed = readKeyFile(layout.adminKey(), "the dev admin key");
        SigningKey admin = SigningKey.fromSeed(seed);
        seed.destroy();
        try {
            SignedCommittee committee = committee(layout, admin.publicKey());
            SigningKey coordinator = coordinator(layout);
            return new ClusterKeys(admin, committee, coordinator);
        } catch (DevClusterException | RuntimeException e) {
            admin.destroy();
            throw e;
        }
    }

    private static SignedCommittee committee(ClusterLayout layout, Ed25519PublicKey admin) throws DevClusterException {
        SignedCommittee committee;
        try {
            committee = SignedCommittee.decode(Files.readAllBytes(layout.committee()));
        } catch (IOException e) {
            throw new DevClusterException("cannot read " + layout.committee() + ": " + e.getMessage(), e);
        } catch (InvalidEncodingException e) {
            throw new DevClusterException(layout.committee() + " is damaged: " + e.getMessage(), e);
        }
        try {
            CommitteeVerifier.verifyFirst(committee, new AdminQuorum(1, List.of(admin)));
        } catch (CommitteeException e) {
            throw new DevClusterException(
                    layout.committee() + " is not the committee the dev admin key in " + layout.adminKey() + " signed ("
                            + e.error() + "): " + e.getMessage(),
                    e);
        }
        List<String> names =
                committee.committee().members().stream().map(NodeIdentity::name).toList();
        if (!names.equals(ClusterLayout.NODE_NAMES)) {
            throw new DevClusterException(
                    layout.committee() + " lists the nodes " + names + ", not " + ClusterLayout.NODE_NAMES);
        }
        return committee;
    }

    private static SigningKey coordinator(ClusterLayout layout) throws DevClusterException {
        SecretBytes key = readKeyFile(layout.coordinatorKey(), "the coordinator's key file");
        KeyFileKeySource source = new KeyFileKeySource(key);
        key.destroy();
        try {
            return CoordinatorIdentityStore.open(layout.coordinatorFolder(), source);
        } catch (KeystoreException e) {
            throw new DevClusterException(
                    "cannot open the coordinator's keystore in " + layout.coordinatorFolder() + " with "
                            + layout.coordinatorKey() + " (" + e.error() + "): " + e.getMessage(),
                    e);
        } catch (InvalidEncodingException | IdentityMismatchException | IOException e) {
            throw new DevClusterException(
                    "the coordinator in " + layout.coordinatorFolder() + ": " + e.getMessage(), e);
        } finally {
            source.destroy();
        }
    }

    SigningKey admin() {
        return admin;
    }

    SignedCommittee committee() {
        return committee;
    }

    /** The coordinator's public key (kept after the private key is forgotten). */
    Ed25519PublicKey coordinatorKey() {
        return coordinatorKey;
    }

    /** The coordinator's private key, until {@link #forgetCoordinator()}. */
    SigningKey coordinator() {
        return coordinator.orElseThrow(() -> new IllegalStateException("the coordinator key was forgotten"));
    }

    /** Destroys the coordinator's private key (the relay holds its own copy). */
    void forgetCoordinator() {
        coordinator.ifPresent(SigningKey::destroy);
        coordinator = Optional.empty();
    }

    /** Destroys every private key held here. */
    void destroy() {
        forgetCoordinator();
        admin.destroy();
    }
}
