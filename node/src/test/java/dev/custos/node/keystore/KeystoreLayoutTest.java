package dev.custos.node.keystore;

import static dev.custos.node.keystore.KeystoreFixtures.keyFile;
import static dev.custos.node.keystore.KeystoreFixtures.passphrase;
import static dev.custos.node.keystore.KeystoreFixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.types.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore file and its plaintext are laid out as docs/NODES.md says, byte by byte. */
class KeystoreLayoutTest {
    @TempDir
    Path folder;

    @Test
    void keyFileKeystore_hasTheDocumentedLayout() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of("a", secret("xyz"))).close();
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        assertThat(ascii(bytes, 0, 4)).isEqualTo("CNKS");
        assertThat(bytes.get(4)).isEqualTo((byte) 1);
        assertThat(bytes.get(5)).isEqualTo((byte) KeyFileParameters.KIND);
        assertThat(bytes.getInt(6)).isEqualTo(60);
        int nonceAt = 10 + 60;
        int lengthAt = nonceAt + 12;
        int plaintextLength = 4 + (4 + 1) + (4 + 3);
        assertThat(bytes.getInt(lengthAt)).isEqualTo(plaintextLength + 16);
        assertThat(bytes.capacity()).isEqualTo(lengthAt + 4 + plaintextLength + 16);
    }

    @Test
    void passphraseKeystore_recordsTheArgon2idCostAndSalt() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, passphrase("correct horse battery"), Map.of())
                .close();
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        assertThat(bytes.get(5)).isEqualTo((byte) Argon2idParameters.KIND);
        assertThat(bytes.getInt(6)).isEqualTo(KeystoreFixtures.CHEAP.memoryKib());
        assertThat(bytes.getInt(10)).isEqualTo(KeystoreFixtures.CHEAP.iterations());
        assertThat(bytes.getInt(14)).isEqualTo(KeystoreFixtures.CHEAP.parallelism());
        int wrappedLengthAt = 18 + 16;
        assertThat(bytes.getInt(wrappedLengthAt)).isEqualTo(60);
        int lengthAt = wrappedLengthAt + 4 + 60 + 12;
        assertThat(bytes.getInt(lengthAt)).isEqualTo(4 + 16);
        assertThat(bytes.capacity()).isEqualTo(lengthAt + 4 + 4 + 16);
    }

    @Test
    void rewrite_usesAFreshContentNonceAndKeepsTheWrappedKey() throws Exception {
        Path file = folder.resolve("keystore.bin");
        byte[] first;
        try (FileSecretStore store = FileSecretStore.create(file, keyFile(7), Map.of("a", secret("1")))) {
            first = Files.readAllBytes(file);
            store.put("a", secret("1"));
        }
        byte[] second = Files.readAllBytes(file);
        assertThat(Arrays.copyOfRange(second, 0, 70)).isEqualTo(Arrays.copyOfRange(first, 0, 70));
        assertThat(Arrays.copyOfRange(second, 70, 82)).isNotEqualTo(Arrays.copyOfRange(first, 70, 82));
    }

    @Test
    void content_encodesEntriesInNameOrderWithLengthPrefixes() {
        TreeMap<String, SecretBytes> entries = new TreeMap<>();
        entries.put("b", SecretBytes.copyOf(new byte[] {2, 3}));
        entries.put("a", SecretBytes.copyOf(new byte[] {1}));
        byte[] plaintext = KeystoreContent.encode(entries);
        assertThat(HexFormat.of().formatHex(plaintext))
                .isEqualTo(
                        "00000002" + "00000001" + "61" + "00000001" + "01" + "00000001" + "62" + "00000002" + "0203");
    }

    @Test
    void content_unsortedOrDuplicateNames_isRejected() {
        byte[] unsorted =
                HexFormat.of().parseHex("00000002" + "00000001" + "62" + "00000000" + "00000001" + "61" + "00000000");
        assertThatThrownBy(() -> KeystoreContent.decode(unsorted)).hasMessageContaining("'a' is not after 'b'");
    }

    private static String ascii(ByteBuffer bytes, int from, int to) {
        return new String(Arrays.copyOfRange(bytes.array(), from, to), StandardCharsets.US_ASCII);
    }
}
