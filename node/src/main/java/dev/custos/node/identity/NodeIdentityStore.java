package dev.custos.node.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.keystore.FileSecretStore;
import dev.custos.node.keystore.KeyEncryptionKeySource;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

/**
 * A node's identity in its data folder: the private keys in the encrypted keystore {@value #KEYSTORE_FILE} (entries
 * {@value #NAME_ENTRY}, {@value #SEED_ENTRY}, {@value #ENCRYPTION_KEY_ENTRY}) and the public identity in {@value
 * #IDENTITY_FILE} ({@link NodeIdentity#encode()}), which can be read without the passphrase. The keystore is written
 * first; a crash before the public file is written leaves it missing, and {@link #open} writes it again.
 */
public final class NodeIdentityStore {
    public static final String KEYSTORE_FILE = "keystore.bin";
    public static final String IDENTITY_FILE = "identity.bin";
    public static final String NAME_ENTRY = "identity/name";
    public static final String SEED_ENTRY = "identity/ed25519-seed";
    public static final String ENCRYPTION_KEY_ENTRY = "identity/x25519-private-key";

    private NodeIdentityStore() {}

    /**
     * Creates the identity of node {@code name} in {@code folder} (created owner-only if missing), protected by a new
     * key from {@code source}.
     *
     * @throws FileAlreadyExistsException if the folder holds an identity (keystore or public file) already; nothing is
     *     changed then
     */
    public static NodeIdentity init(Path folder, String name, KeyEncryptionKeySource source)
            throws IOException, KeystoreException {
        requireNonNull(folder, "folder is null");
        requireNonNull(source, "source is null");
        NodeIdentity.requireValidName(name);
        AtomicFile.createFolder(folder);
        for (String file : new String[] {KEYSTORE_FILE, IDENTITY_FILE}) {
            if (Files.exists(folder.resolve(file))) {
                throw new FileAlreadyExistsException(
                        folder.resolve(file).toString(), null, "the folder holds a node identity already");
            }
        }
        NodeKeys keys = NodeKeys.generate(name, new SecureRandom());
        SecretBytes nameBytes = SecretBytes.copyOf(name.getBytes(StandardCharsets.US_ASCII));
        SecretBytes seed = keys.signingSeed();
        SecretBytes encryptionKey = keys.encryptionPrivateKey();
        try {
            Map<String, SecretBytes> entries =
                    Map.of(NAME_ENTRY, nameBytes, SEED_ENTRY, seed, ENCRYPTION_KEY_ENTRY, encryptionKey);
            FileSecretStore.create(folder.resolve(KEYSTORE_FILE), source, entries)
                    .close();
            AtomicFile.createNew(folder.resolve(IDENTITY_FILE), keys.identity().encode());
            return keys.identity();
        } finally {
            nameBytes.destroy();
            seed.destroy();
            encryptionKey.destroy();
            keys.destroy();
        }
    }

    /**
     * The public identity in {@code folder}, read without the passphrase (nothing here proves it matches the keystore;
     * {@link #open} checks that).
     *
     * @throws NoSuchFileException if the folder holds no public identity file
     */
    public static NodeIdentity readPublic(Path folder) throws IOException, InvalidEncodingException {
        byte[] bytes =
                Files.readAllBytes(requireNonNull(folder, "folder is null").resolve(IDENTITY_FILE));
        try {
            return NodeIdentity.decode(bytes);
        } catch (InvalidEncodingException e) {
            throw new InvalidEncodingException(folder.resolve(IDENTITY_FILE) + ": " + e.getMessage());
        }
    }

    /**
     * Unlocks the keystore in {@code folder} with {@code source} and rebuilds the node's keys from it. The public
     * identity file must match them; if it is missing, it is written.
     *
     * @throws KeystoreException if the keystore cannot be opened (wrong key, altered, malformed)
     * @throws InvalidEncodingException if the keystore lacks an identity entry or holds an invalid one, or the public
     *     file is malformed
     * @throws IdentityMismatchException if the public file describes other keys
     */
    public static UnlockedNode open(Path folder, KeyEncryptionKeySource source)
            throws IOException, KeystoreException, InvalidEncodingException, IdentityMismatchException {
        requireNonNull(folder, "folder is null");
        FileSecretStore secrets = FileSecretStore.open(folder.resolve(KEYSTORE_FILE), source);
        try {
            NodeKeys keys = keys(folder, secrets);
            try {
                checkPublicFile(folder, keys.identity());
                return new UnlockedNode(keys, secrets);
            } catch (IOException | InvalidEncodingException | IdentityMismatchException | RuntimeException e) {
                keys.destroy();
                throw e;
            }
        } catch (IOException | InvalidEncodingException | IdentityMismatchException | RuntimeException e) {
            secrets.close();
            throw e;
        }
    }

    private static NodeKeys keys(Path folder, FileSecretStore secrets) throws InvalidEncodingException {
        SecretBytes name = entry(folder, secrets, NAME_ENTRY);
        SecretBytes seed = entry(folder, secrets, SEED_ENTRY);
        SecretBytes encryptionKey = entry(folder, secrets, ENCRYPTION_KEY_ENTRY);
        try {
            String nameText = new String(name.copy(), StandardCharsets.US_ASCII);
            return NodeKeys.fromSecrets(NodeIdentity.requireValidName(nameText), seed, encryptionKey);
        } catch (IllegalArgumentException e) {
            throw new InvalidEncodingException(folder.resolve(KEYSTORE_FILE) + ": " + e.getMessage());
        } finally {
            name.destroy();
            seed.destroy();
            encryptionKey.destroy();
        }
    }

    private static SecretBytes entry(Path folder, FileSecretStore secrets, String name)
            throws InvalidEncodingException {
        return secrets.get(name)
                .orElseThrow(() -> new InvalidEncodingException(
                        folder.resolve(KEYSTORE_FILE) + " holds no '" + name + "' entry: not a node identity"));
    }

    private static void checkPublicFile(Path folder, NodeIdentity identity)
            throws IOException, InvalidEncodingException, IdentityMismatchException {
        Path file = folder.resolve(IDENTITY_FILE);
        if (!Files.exists(file)) {
            AtomicFile.createNew(file, identity.encode());
            return;
        }
        NodeIdentity published = readPublic(folder);
        if (!published.equals(identity)) {
            throw new IdentityMismatchException(file + " describes " + describe(published) + ", but "
                    + folder.resolve(KEYSTORE_FILE) + " holds the keys of " + describe(identity));
        }
    }

    private static String describe(NodeIdentity identity) {
        return "node '" + identity.name() + "' (fingerprint " + identity.fingerprint() + ")";
    }
}
