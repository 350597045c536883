package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Derives the key-encryption key from a 32-byte key file (32 random bytes, e.g. from a secrets manager or {@code head
 * -c 32 /dev/urandom}): HKDF-SHA256 (RFC 5869) with the file's bytes as input keying material, no salt, ASCII "custos
 * node keystore key file v1" as info, 32 bytes of output. The derivation keeps the keystore's key apart from any other
 * use of the same file. Secret: destroy it when done.
 */
public final class KeyFileKeySource implements KeyEncryptionKeySource, Destroyable {
    public static final int KEY_LENGTH = 32;
    private static final byte[] INFO = "custos node keystore key file v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretBytes key;

    /**
     * A source for {@code key} (copied; the caller destroys its own).
     *
     * @throws IllegalArgumentException if the key is not 32 bytes or is all zero
     */
    public KeyFileKeySource(SecretBytes key) {
        requireNonNull(key, "key is null");
        if (key.length() != KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "a key file must hold exactly " + KEY_LENGTH + " bytes, got " + key.length());
        }
        byte[] bytes = key.copy();
        try {
            int bits = 0;
            for (byte b : bytes) {
                bits |= b;
            }
            if (bits == 0) {
                throw new IllegalArgumentException("the key file holds only zero bytes");
            }
            this.key = SecretBytes.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Reads the key from {@code file}, which must hold exactly 32 bytes.
     *
     * @throws IllegalArgumentException naming the file if it has another size or only zero bytes
     */
    public static KeyFileKeySource readFile(Path file) throws IOException {
        requireNonNull(file, "file is null");
        long size = Files.size(file);
        if (size != KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "the key file " + file + " must hold exactly " + KEY_LENGTH + " bytes, it has " + size);
        }
        byte[] bytes = Files.readAllBytes(file);
        SecretBytes key = SecretBytes.copyOf(bytes);
        try {
            return new KeyFileKeySource(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key file " + file + ": " + e.getMessage(), e);
        } finally {
            key.destroy();
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public KeyEncryptionKey create(SecureRandom random) {
        return derive();
    }

    @Override
    public KeyEncryptionKey open(KekParameters parameters) throws KeystoreException {
        if (!(requireNonNull(parameters, "parameters is null") instanceof KeyFileParameters)) {
            throw new KeystoreException(
                    KeystoreError.KEY_SOURCE_MISMATCH, "the keystore is protected by a passphrase, not by a key file");
        }
        return derive();
    }

    private KeyEncryptionKey derive() {
        byte[] input = key.copy();
        byte[] output = new byte[AesGcm.KEY_LENGTH];
        try {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(input, null, INFO));
            hkdf.generateBytes(output, 0, output.length);
            return new AesKeyEncryptionKey(SecretBytes.copyOf(output), new KeyFileParameters());
        } finally {
            Arrays.fill(input, (byte) 0);
            Arrays.fill(output, (byte) 0);
        }
    }

    @Override
    public void destroy() {
        key.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return key.isDestroyed();
    }

    @Override
    public String toString() {
        return "KeyFileKeySource[<redacted>]";
    }
}
