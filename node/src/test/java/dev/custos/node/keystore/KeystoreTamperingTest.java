package dev.custos.node.keystore;

import static dev.custos.node.keystore.KeystoreFixtures.keyFile;
import static dev.custos.node.keystore.KeystoreFixtures.passphrase;
import static dev.custos.node.keystore.KeystoreFixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every byte of a keystore is authenticated: any change is refused with the right error. */
class KeystoreTamperingTest {
    /** Magic, version, kind, wrapped-key length, 60-byte wrapped key, for a key-file keystore. */
    private static final int KEY_FILE_WRAPPED_KEY_END = 4 + 1 + 1 + 4 + 60;

    @TempDir
    Path folder;

    @Test
    void open_anyByteFlipped_isRefused() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of("share", secret("s3cret")))
                .close();
        byte[] original = Files.readAllBytes(file);
        for (int offset = 0; offset < original.length; offset++) {
            byte[] tampered = original.clone();
            tampered[offset] ^= 0x01;
            Files.write(file, tampered);
            int at = offset;
            EnumSet<KeystoreError> expected = offset < KEY_FILE_WRAPPED_KEY_END
                    ? EnumSet.of(
                            KeystoreError.MALFORMED,
                            KeystoreError.UNSUPPORTED_VERSION,
                            KeystoreError.WRONG_KEY,
                            KeystoreError.KEY_SOURCE_MISMATCH)
                    : EnumSet.of(KeystoreError.MALFORMED, KeystoreError.CONTENT_ALTERED);
            assertThatThrownBy(() -> FileSecretStore.open(file, keyFile(7)))
                    .as("byte %d flipped", at)
                    .isInstanceOfSatisfying(
                            KeystoreException.class, e -> assertThat(e.error()).isIn(expected));
        }
        Files.write(file, original);
        FileSecretStore.open(file, keyFile(7)).close();
    }

    @Test
    void open_ciphertextByteFlipped_isContentAltered() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of("share", secret("s3cret")))
                .close();
        byte[] tampered = Files.readAllBytes(file);
        tampered[tampered.length - 20] ^= 0x40;
        Files.write(file, tampered);
        assertThatThrownBy(() -> FileSecretStore.open(file, keyFile(7)))
                .isInstanceOfSatisfying(
                        KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.CONTENT_ALTERED))
                .hasMessageContaining("the key is right but the content was altered");
    }

    @Test
    void open_truncatedOrExtended_isMalformed() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of("share", secret("s3cret")))
                .close();
        byte[] original = Files.readAllBytes(file);
        for (byte[] changed : new byte[][] {
            Arrays.copyOf(original, original.length - 1), Arrays.copyOf(original, original.length + 1), new byte[3]
        }) {
            Files.write(file, changed);
            assertThatThrownBy(() -> FileSecretStore.open(file, keyFile(7)))
                    .isInstanceOfSatisfying(
                            KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.MALFORMED));
        }
    }

    @Test
    void open_futureVersion_isUnsupportedVersion() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of()).close();
        byte[] tampered = Files.readAllBytes(file);
        tampered[4] = 2;
        Files.write(file, tampered);
        assertThatThrownBy(() -> FileSecretStore.open(file, keyFile(7)))
                .isInstanceOfSatisfying(
                        KeystoreException.class,
                        e -> assertThat(e.error()).isEqualTo(KeystoreError.UNSUPPORTED_VERSION))
                .hasMessageContaining("format version 2 is not supported");
    }

    @Test
    void open_argon2MemoryRaisedBeyondTheBound_isMalformedWithoutDeriving() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, passphrase("correct horse battery"), Map.of())
                .close();
        byte[] tampered = Files.readAllBytes(file);
        ByteBuffer.wrap(tampered).putInt(6, 2 * Argon2idCost.MAX_MEMORY_KIB);
        Files.write(file, tampered);
        assertThatThrownBy(() -> FileSecretStore.open(file, passphrase("correct horse battery")))
                .isInstanceOfSatisfying(
                        KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.MALFORMED))
                .hasMessageContaining("field 'argon2id cost'")
                .hasMessageContaining("Argon2id memory must be between");
    }

    @Test
    void open_argon2SaltOrCostChangedWithinBounds_isWrongKey() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, passphrase("correct horse battery"), Map.of())
                .close();
        byte[] original = Files.readAllBytes(file);
        byte[] saltChanged = original.clone();
        saltChanged[18] ^= 0x01;
        byte[] iterationsChanged = original.clone();
        ByteBuffer.wrap(iterationsChanged).putInt(10, 2);
        for (byte[] tampered : new byte[][] {saltChanged, iterationsChanged}) {
            Files.write(file, tampered);
            assertThatThrownBy(() -> FileSecretStore.open(file, passphrase("correct horse battery")))
                    .isInstanceOfSatisfying(
                            KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.WRONG_KEY));
        }
    }
}
