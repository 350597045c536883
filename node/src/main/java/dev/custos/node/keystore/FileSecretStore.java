package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.io.ExclusiveLock;
import dev.custos.node.wire.ByteReader;
import dev.custos.types.SecretBytes;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;

/**
 * A {@link SecretStore} in one encrypted file (the keystore format of docs/NODES.md): a random 32-byte data key
 * encrypts the entries with AES-256-GCM under a fresh nonce on every write, and a {@link KeyEncryptionKey} wraps the
 * data key. The key-encryption key is used only when the store is created or opened; the unwrapped data key then stays
 * in memory until {@link #close()}. Every change rewrites the file atomically ({@link AtomicFile#replace}). A lock file
 * next to it ({@code NAME.lock}) keeps a second store, in this process or another, off the file.
 */
public final class FileSecretStore implements SecretStore, Closeable {
    private static final long MAX_FILE_LENGTH = 2L * KeystoreHeader.MAX_CIPHERTEXT_LENGTH;

    private final Path file;
    private final ExclusiveLock lock;
    private final KekParameters kek;
    private final byte[] wrappedKey;
    private final SecretBytes dataKey;
    private final SecretEntries entries;
    private final SecureRandom random = new SecureRandom();
    private boolean closed;

    private FileSecretStore(
            Path file,
            ExclusiveLock lock,
            KekParameters kek,
            byte[] wrappedKey,
            SecretBytes dataKey,
            SecretEntries entries) {
        this.file = file;
        this.lock = lock;
        this.kek = kek;
        this.wrappedKey = wrappedKey;
        this.dataKey = dataKey;
        this.entries = entries;
    }

    /**
     * Creates a keystore at {@code file} holding copies of {@code initialEntries}, protected by a new key from {@code
     * source}.
     *
     * @throws FileAlreadyExistsException if {@code file} exists (it is left unchanged)
     */
    public static FileSecretStore create(
            Path file, KeyEncryptionKeySource source, Map<String, SecretBytes> initialEntries)
            throws IOException, KeystoreException {
        requireNonNull(source, "source is null");
        requireNonNull(initialEntries, "initialEntries is null");
        Path target = requireNonNull(file, "file is null").toAbsolutePath();
        ExclusiveLock lock = lock(target);
        SecretBytes dataKey = null;
        try {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "a keystore exists here already");
            }
            SecureRandom random = new SecureRandom();
            byte[] keyBytes = new byte[AesGcm.KEY_LENGTH];
            random.nextBytes(keyBytes);
            dataKey = SecretBytes.copyOf(keyBytes);
            Arrays.fill(keyBytes, (byte) 0);
            KeyEncryptionKey kek = source.create(random);
            byte[] wrapped;
            try {
                wrapped = kek.wrap(dataKey, KeystoreHeader.keyAssociatedData(kek.parameters()), random);
            } finally {
                kek.destroy();
            }
            FileSecretStore store = new FileSecretStore(
                    target, lock, kek.parameters(), wrapped, dataKey, new SecretEntries(new TreeMap<>()));
            SortedMap<String, SecretBytes> first = store.entries.with(initialEntries);
            try {
                AtomicFile.createNew(target, store.seal(first));
            } catch (IOException | RuntimeException e) {
                store.entries.discard(first);
                throw e;
            }
            store.entries.install(first);
            return store;
        } catch (IOException | KeystoreException | RuntimeException e) {
            if (dataKey != null) {
                dataKey.destroy();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the keystore at {@code file} with the key that {@code source} gives for its header.
     *
     * @throws KeystoreException if the file is malformed, the key is wrong or anything was altered (see {@link
     *     KeystoreError}); the message names the file
     */
    public static FileSecretStore open(Path file, KeyEncryptionKeySource source) throws IOException, KeystoreException {
        requireNonNull(source, "source is null");
        Path target = requireNonNull(file, "file is null").toAbsolutePath();
        ExclusiveLock lock = lock(target);
        try {
            if (Files.size(target) > MAX_FILE_LENGTH) {
                throw new KeystoreException(KeystoreError.MALFORMED, "keystore " + target + " is too large");
            }
            byte[] bytes = Files.readAllBytes(target);
            ByteReader reader = new ByteReader(bytes, "keystore");
            KeystoreHeader header = named(target, () -> KeystoreHeader.read(reader));
            byte[] ciphertext = named(target, () -> ciphertext(reader, header));
            KeyEncryptionKey kek = named(target, () -> source.open(header.kek()));
            SecretBytes dataKey;
            try {
                dataKey = named(
                        target, () -> kek.unwrap(header.wrappedKey(), KeystoreHeader.keyAssociatedData(header.kek())));
            } finally {
                kek.destroy();
            }
            try {
                SecretEntries entries = new SecretEntries(decrypt(target, header, ciphertext, dataKey));
                return new FileSecretStore(target, lock, header.kek(), header.wrappedKey(), dataKey, entries);
            } catch (KeystoreException | RuntimeException e) {
                dataKey.destroy();
                throw e;
            }
        } catch (IOException | KeystoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public synchronized Optional<SecretBytes> get(String name) {
        requireOpen();
        return entries.get(name);
    }

    @Override
    public synchronized boolean contains(String name) {
        requireOpen();
        return entries.contains(name);
    }

    @Override
    public synchronized SortedSet<String> names() {
        requireOpen();
        return entries.names();
    }

    @Override
    public synchronized void put(String name, SecretBytes value) throws IOException {
        putAll(Map.of(SecretStore.requireValidName(name), requireNonNull(value, "value is null")));
    }

    @Override
    public synchronized void putAll(Map<String, SecretBytes> additions) throws IOException {
        requireOpen();
        write(entries.with(additions));
    }

    @Override
    public synchronized void change(Map<String, SecretBytes> additions, Set<String> removals) throws IOException {
        requireOpen();
        write(entries.changed(additions, removals));
    }

    @Override
    public synchronized boolean remove(String name) throws IOException {
        requireOpen();
        if (!entries.contains(name)) {
            return false;
        }
        write(entries.without(name));
        return true;
    }

    /** Releases the file lock and destroys the data key and every secret held in memory. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        entries.destroyAll();
        dataKey.destroy();
        lock.close();
    }

    private void write(SortedMap<String, SecretBytes> next) throws IOException {
        try {
            AtomicFile.replace(file, seal(next));
        } catch (IOException | RuntimeException e) {
            entries.discard(next);
            throw e;
        }
        entries.install(next);
    }

    private byte[] seal(SortedMap<String, SecretBytes> content) {
        byte[] plaintext = KeystoreContent.encode(content);
        byte[] key = dataKey.copy();
        try {
            byte[] nonce = new byte[AesGcm.NONCE_LENGTH];
            random.nextBytes(nonce);
            KeystoreHeader header = new KeystoreHeader(kek, wrappedKey, nonce, plaintext.length + AesGcm.TAG_LENGTH);
            byte[] headerBytes = header.encode();
            byte[] ciphertext = AesGcm.seal(key, nonce, headerBytes, plaintext);
            byte[] file = Arrays.copyOf(headerBytes, headerBytes.length + ciphertext.length);
            System.arraycopy(ciphertext, 0, file, headerBytes.length, ciphertext.length);
            return file;
        } finally {
            Arrays.fill(plaintext, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] ciphertext(ByteReader reader, KeystoreHeader header) throws KeystoreException {
        try {
            byte[] ciphertext = reader.raw(header.ciphertextLength(), "ciphertext");
            reader.finish();
            return ciphertext;
        } catch (InvalidEncodingException e) {
            throw new KeystoreException(KeystoreError.MALFORMED, e.getMessage(), e);
        }
    }

    private static SortedMap<String, SecretBytes> decrypt(
            Path file, KeystoreHeader header, byte[] ciphertext, SecretBytes dataKey) throws KeystoreException {
        byte[] key = dataKey.copy();
        byte[] plaintext = null;
        try {
            plaintext = AesGcm.open(key, header.contentNonce(), header.encode(), ciphertext);
            return KeystoreContent.decode(plaintext);
        } catch (AEADBadTagException e) {
            throw new KeystoreException(
                    KeystoreError.CONTENT_ALTERED,
                    "keystore " + file + ": the key is right but the content was altered or damaged",
                    e);
        } catch (InvalidEncodingException e) {
            throw new KeystoreException(KeystoreError.MALFORMED, "keystore " + file + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (plaintext != null) {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }

    private interface Step<T> {
        T run() throws KeystoreException;
    }

    /** Runs {@code step}, putting the file's name in front of the message of any keystore error. */
    private static <T> T named(Path file, Step<T> step) throws KeystoreException {
        try {
            return step.run();
        } catch (KeystoreException e) {
            throw new KeystoreException(e.error(), "keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static ExclusiveLock lock(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("the keystore's folder " + parent + " does not exist");
        }
        return ExclusiveLock.acquire(target.resolveSibling(target.getFileName() + ".lock"), "the keystore " + target);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the keystore " + file + " is closed");
        }
    }

    @Override
    public String toString() {
        return "FileSecretStore[" + file + "]";
    }
}
