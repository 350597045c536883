package dev.custos.coordinator.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.IdentityMismatchException;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.keystore.FileSecretStore;
import dev.custos.node.keystore.KeyEncryptionKeySource;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinator's identity in its data folder, kept as a node keeps its own: the Ed25519 seed in the encrypted
 * keystore {@value #KEYSTORE_FILE} (entry {@value #SEED_ENTRY}), the public identity in {@value #IDENTITY_FILE}
 * ({@link CoordinatorIdentity#encode()}), readable without the passphrase. The keystore is written first.
 */
public final class CoordinatorIdentityStore {
    public static final String KEYSTORE_FILE = "keystore.bin";
    public static final String IDENTITY_FILE = "coordinator-identity.bin";
    public static final String SEED_ENTRY = "coordinator/ed25519-seed";

    private CoordinatorIdentityStore() {}

    /**
     * Creates the coordinator's identity in {@code folder} (created owner-only if missing), protected by a new key from
     * {@code source}.
     *
     * @throws FileAlreadyExistsException if the folder holds a keystore or identity already; nothing is changed then
     */
    public static CoordinatorIdentity init(Path folder, KeyEncryptionKeySource source)
            throws IOException, KeystoreException {
        requireNonNull(folder, "folder is null");
        requireNonNull(source, "source is null");
        AtomicFile.createFolder(folder);
        for (String file : new String[] {KEYSTORE_FILE, IDENTITY_FILE}) {
            if (Files.exists(folder.resolve(file))) {
                throw new FileAlreadyExistsException(
                        folder.resolve(file).toString(), null, "the folder holds a keystore or identity already");
            }
        }
        SigningKey key = SigningKey.generate(new SecureRandom());
        SecretBytes seed = key.seed();
        try {
            FileSecretStore.create(folder.resolve(KEYSTORE_FILE), source, Map.of(SEED_ENTRY, seed))
                    .close();
            CoordinatorIdentity identity = new CoordinatorIdentity(key.publicKey());
            AtomicFile.createNew(folder.resolve(IDENTITY_FILE), identity.encode());
            return identity;
        } finally {
            seed.destroy();
            key.destroy();
        }
    }

    /**
     * The public identity in {@code folder}, read without the passphrase.
     *
     * @throws NoSuchFileException if there is none
     */
    public static CoordinatorIdentity readPublic(Path folder) throws IOException, InvalidEncodingException {
        Path file = requireNonNull(folder, "folder is null").resolve(IDENTITY_FILE);
        try {
            return CoordinatorIdentity.decode(Files.readAllBytes(file));
        } catch (InvalidEncodingException e) {
            throw new InvalidEncodingException(file + ": " + e.getMessage());
        }
    }

    /**
     * Unlocks the keystore in {@code folder} and returns the coordinator's signing key (the caller destroys it). The
     * public identity file must match; if it is missing, it is written.
     *
     * @throws KeystoreException if the keystore cannot be opened
     * @throws InvalidEncodingException if it holds no valid coordinator seed, or the public file is malformed
     * @throws IdentityMismatchException if the public file describes another key
     */
    public static SigningKey open(Path folder, KeyEncryptionKeySource source)
            throws IOException, KeystoreException, InvalidEncodingException, IdentityMismatchException {
        requireNonNull(folder, "folder is null");
        Path keystore = folder.resolve(KEYSTORE_FILE);
        SigningKey key;
        try (FileSecretStore secrets = FileSecretStore.open(keystore, source)) {
            Optional<SecretBytes> seed = secrets.get(SEED_ENTRY);
            if (seed.isEmpty()) {
                throw new InvalidEncodingException(
                        keystore + " holds no '" + SEED_ENTRY + "' entry: not a coordinator keystore");
            }
            try {
                key = SigningKey.fromSeed(seed.get());
            } catch (IllegalArgumentException e) {
                throw new InvalidEncodingException(keystore + ": " + e.getMessage());
            } finally {
                seed.get().destroy();
            }
        }
        try {
            CoordinatorIdentity identity = new CoordinatorIdentity(key.publicKey());
            Path file = folder.resolve(IDENTITY_FILE);
            if (!Files.exists(file)) {
                AtomicFile.createNew(file, identity.encode());
            } else if (!readPublic(folder).equals(identity)) {
                throw new IdentityMismatchException(file + " describes another key than " + keystore + " holds ("
                        + identity.key().toHex() + ")");
            }
            return key;
        } catch (IOException | InvalidEncodingException | IdentityMismatchException | RuntimeException e) {
            key.destroy();
            throw e;
        }
    }
}
