package dev.custos.node.keystore;

import static dev.custos.node.keystore.KeystoreFixtures.CHEAP;
import static dev.custos.node.keystore.KeystoreFixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySourcesTest {
    @TempDir
    Path folder;

    @Test
    void passphraseReadFile_dropsOneTrailingLineBreak() throws Exception {
        Path lf = folder.resolve("lf");
        Path crlf = folder.resolve("crlf");
        Path bare = folder.resolve("bare");
        Files.writeString(lf, "correct horse battery\n", StandardCharsets.UTF_8);
        Files.writeString(crlf, "correct horse battery\r\n", StandardCharsets.UTF_8);
        Files.writeString(bare, "correct horse battery", StandardCharsets.UTF_8);
        KeyEncryptionKey reference = PassphraseKeySource.readFile(bare, CHEAP).create(new SecureRandom());
        SecretBytes dataKey = SecretBytes.copyOf(new byte[32]);
        byte[] wrapped = reference.wrap(dataKey, new byte[0], new SecureRandom());
        for (Path file : new Path[] {lf, crlf}) {
            KeyEncryptionKey key = PassphraseKeySource.readFile(file, CHEAP).open(reference.parameters());
            assertThat(key.unwrap(wrapped, new byte[0]).equalsSecret(dataKey)).isTrue();
        }
    }

    @Test
    void passphrase_tooShort_isRefused() {
        assertThatThrownBy(() -> new PassphraseKeySource(secret("short"), CHEAP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the passphrase is 5 bytes; use at least 12");
    }

    @Test
    void passphrase_sameSaltAndCost_derivesTheSameKey_otherSaltAnother() throws Exception {
        PassphraseKeySource source = new PassphraseKeySource(secret("correct horse battery"), CHEAP);
        KeyEncryptionKey first = source.create(new SecureRandom());
        KeyEncryptionKey again = source.open(first.parameters());
        KeyEncryptionKey other = source.create(new SecureRandom());
        SecretBytes dataKey = SecretBytes.copyOf(new byte[32]);
        byte[] wrapped = first.wrap(dataKey, new byte[] {1}, new SecureRandom());
        assertThat(again.unwrap(wrapped, new byte[] {1}).equalsSecret(dataKey)).isTrue();
        assertThatThrownBy(() -> other.unwrap(wrapped, new byte[] {1}))
                .isInstanceOfSatisfying(
                        KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.WRONG_KEY));
        assertThatThrownBy(() -> again.unwrap(wrapped, new byte[] {2})).isInstanceOf(KeystoreException.class);
    }

    @Test
    void keyFileReadFile_wrongSize_isRefusedNamingTheFileAndSize() throws Exception {
        Path file = folder.resolve("node.key");
        Files.write(file, new byte[31]);
        assertThatThrownBy(() -> KeyFileKeySource.readFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the key file " + file + " must hold exactly 32 bytes, it has 31");
    }

    @Test
    void keyFileReadFile_allZero_isRefused() throws Exception {
        Path file = folder.resolve("node.key");
        Files.write(file, new byte[32]);
        assertThatThrownBy(() -> KeyFileKeySource.readFile(file)).hasMessageContaining("only zero bytes");
    }

    @Test
    void keyFile_derivedKeyDiffersFromTheFileBytes() throws Exception {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) 9);
        KeyEncryptionKey key = new KeyFileKeySource(SecretBytes.copyOf(raw)).create(new SecureRandom());
        byte[] wrapped = key.wrap(SecretBytes.copyOf(new byte[32]), new byte[0], new SecureRandom());
        byte[] nonce = Arrays.copyOf(wrapped, 12);
        byte[] sealedWithRawFile = AesGcm.seal(raw, nonce, new byte[0], new byte[32]);
        assertThat(Arrays.copyOfRange(wrapped, 12, wrapped.length)).isNotEqualTo(sealedWithRawFile);
    }

    @Test
    void sources_printNoSecret() {
        assertThat(new PassphraseKeySource(secret("correct horse battery"), CHEAP).toString())
                .doesNotContain("correct")
                .contains("<redacted>");
        assertThat(KeystoreFixtures.keyFile(5).toString()).isEqualTo("KeyFileKeySource[<redacted>]");
    }

    @Test
    void argon2idCost_outOfBounds_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> new Argon2idCost(1024, 3, 1)).hasMessageContaining("got 1024");
        assertThatThrownBy(() -> new Argon2idCost(65536, 0, 1)).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new Argon2idCost(65536, 3, 17)).hasMessageContaining("parallelism");
        assertThat(Argon2idCost.DEFAULT).isEqualTo(new Argon2idCost(65536, 3, 1));
    }
}
