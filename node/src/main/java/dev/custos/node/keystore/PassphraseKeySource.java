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
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Derives the key-encryption key from a passphrase with Argon2id (RFC 9106, version 0x13): the passphrase's bytes as
 * the password, the header's 16-byte salt, ASCII "custos node keystore v1" as the associated data, a 32-byte output.
 * New keystores get a fresh salt and this source's {@link Argon2idCost}; existing ones are opened with the cost their
 * header records. Secret: destroy it when done.
 */
public final class PassphraseKeySource implements KeyEncryptionKeySource, Destroyable {
    /** The shortest passphrase accepted, in bytes of UTF-8. */
    public static final int MIN_LENGTH = 12;

    /** The longest passphrase file read, in bytes. */
    public static final int MAX_LENGTH = 1024;

    private static final byte[] ASSOCIATED_DATA = "custos node keystore v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretBytes passphrase;
    private final Argon2idCost cost;

    /**
     * A source for {@code passphrase} (copied; the caller destroys its own) that creates keystores at {@code cost}.
     *
     * @throws IllegalArgumentException if the passphrase is shorter than {@link #MIN_LENGTH} bytes
     */
    public PassphraseKeySource(SecretBytes passphrase, Argon2idCost cost) {
        requireNonNull(passphrase, "passphrase is null");
        this.cost = requireNonNull(cost, "cost is null");
        if (passphrase.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "the passphrase is " + passphrase.length() + " bytes; use at least " + MIN_LENGTH);
        }
        byte[] bytes = passphrase.copy();
        try {
            this.passphrase = SecretBytes.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Reads the passphrase from {@code file}: its bytes, without one trailing line break ({@code \n} or {@code \r\n}).
     *
     * @throws IllegalArgumentException if the file holds more than {@link #MAX_LENGTH} bytes or a passphrase shorter
     *     than {@link #MIN_LENGTH}
     */
    public static PassphraseKeySource readFile(Path file, Argon2idCost cost) throws IOException {
        requireNonNull(file, "file is null");
        if (Files.size(file) > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "the passphrase file " + file + " is longer than " + MAX_LENGTH + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\n') {
            length--;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
        }
        byte[] trimmed = Arrays.copyOf(bytes, length);
        SecretBytes passphrase = SecretBytes.copyOf(trimmed);
        try {
            return new PassphraseKeySource(passphrase, cost);
        } finally {
            passphrase.destroy();
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(trimmed, (byte) 0);
        }
    }

    @Override
    public KeyEncryptionKey create(SecureRandom random) {
        byte[] salt = new byte[Argon2idParameters.SALT_LENGTH];
        random.nextBytes(salt);
        return derive(new Argon2idParameters(cost, salt));
    }

    @Override
    public KeyEncryptionKey open(KekParameters parameters) throws KeystoreException {
        if (!(requireNonNull(parameters, "parameters is null") instanceof Argon2idParameters argon2)) {
            throw new KeystoreException(
                    KeystoreError.KEY_SOURCE_MISMATCH, "the keystore is protected by a key file, not by a passphrase");
        }
        return derive(argon2);
    }

    private KeyEncryptionKey derive(Argon2idParameters parameters) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.cost().memoryKib())
                .withIterations(parameters.cost().iterations())
                .withParallelism(parameters.cost().parallelism())
                .withSalt(parameters.salt())
                .withAdditional(ASSOCIATED_DATA)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon2);
        byte[] password = passphrase.copy();
        byte[] key = new byte[AesGcm.KEY_LENGTH];
        try {
            generator.generateBytes(password, key);
            return new AesKeyEncryptionKey(SecretBytes.copyOf(key), parameters);
        } finally {
            Arrays.fill(password, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public void destroy() {
        passphrase.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return passphrase.isDestroyed();
    }

    @Override
    public String toString() {
        return "PassphraseKeySource[" + cost + ", <redacted>]";
    }
}
