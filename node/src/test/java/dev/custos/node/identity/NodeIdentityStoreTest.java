package dev.custos.node.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.KeystoreError;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.node.keystore.PassphraseKeySource;
import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeIdentityStoreTest {
    @TempDir
    Path folder;

    @Test
    void init_thenOpen_givesTheSameIdentityAndWorkingKeys() throws Exception {
        Path data = folder.resolve("node-a");
        NodeIdentity created = NodeIdentityStore.init(data, "node-a", keyFile(1));
        assertThat(NodeIdentityStore.readPublic(data)).isEqualTo(created);
        try (UnlockedNode node = NodeIdentityStore.open(data, keyFile(1))) {
            assertThat(node.keys().identity()).isEqualTo(created);
            byte[] signature = node.keys().sign(new byte[] {1});
            assertThat(created.signingKey().verify(new byte[] {1}, signature)).isTrue();
            assertThat(node.secrets().names())
                    .containsExactly(
                            NodeIdentityStore.SEED_ENTRY,
                            NodeIdentityStore.NAME_ENTRY,
                            NodeIdentityStore.ENCRYPTION_KEY_ENTRY);
        }
    }

    @Test
    void init_withPassphrase_opensOnlyWithThatPassphrase() throws Exception {
        NodeIdentity created = NodeIdentityStore.init(folder, "node-p", passphrase("correct horse battery"));
        try (UnlockedNode node = NodeIdentityStore.open(folder, passphrase("correct horse battery"))) {
            assertThat(node.keys().identity()).isEqualTo(created);
        }
        assertThatThrownBy(() -> NodeIdentityStore.open(folder, passphrase("wrong horse battery")))
                .isInstanceOfSatisfying(
                        KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.WRONG_KEY));
    }

    @Test
    void init_twice_refusesAndKeepsTheFirstIdentity() throws Exception {
        NodeIdentity first = NodeIdentityStore.init(folder, "node-a", keyFile(1));
        byte[] keystore = Files.readAllBytes(folder.resolve(NodeIdentityStore.KEYSTORE_FILE));
        assertThatThrownBy(() -> NodeIdentityStore.init(folder, "node-b", keyFile(2)))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("holds a node identity already");
        assertThat(Files.readAllBytes(folder.resolve(NodeIdentityStore.KEYSTORE_FILE)))
                .isEqualTo(keystore);
        assertThat(NodeIdentityStore.readPublic(folder)).isEqualTo(first);
    }

    @Test
    void init_publicFileLeftBehind_refusesToo() throws Exception {
        NodeIdentityStore.init(folder, "node-a", keyFile(1));
        Files.delete(folder.resolve(NodeIdentityStore.KEYSTORE_FILE));
        assertThatThrownBy(() -> NodeIdentityStore.init(folder, "node-a", keyFile(1)))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void open_publicFileMissing_writesItAgain() throws Exception {
        NodeIdentity created = NodeIdentityStore.init(folder, "node-a", keyFile(1));
        Files.delete(folder.resolve(NodeIdentityStore.IDENTITY_FILE));
        assertThatThrownBy(() -> NodeIdentityStore.readPublic(folder)).isInstanceOf(NoSuchFileException.class);
        NodeIdentityStore.open(folder, keyFile(1)).close();
        assertThat(NodeIdentityStore.readPublic(folder)).isEqualTo(created);
    }

    @Test
    void open_publicFileReplacedByAnotherIdentity_isAMismatch() throws Exception {
        NodeIdentity created = NodeIdentityStore.init(folder, "node-a", keyFile(1));
        NodeIdentity other = NodeKeys.generate("node-a", new SecureRandom()).identity();
        Files.write(folder.resolve(NodeIdentityStore.IDENTITY_FILE), other.encode());
        assertThatThrownBy(() -> NodeIdentityStore.open(folder, keyFile(1)))
                .isInstanceOf(IdentityMismatchException.class)
                .hasMessageContaining(other.fingerprint())
                .hasMessageContaining(created.fingerprint());
        Files.write(folder.resolve(NodeIdentityStore.IDENTITY_FILE), created.encode());
        NodeIdentityStore.open(folder, keyFile(1)).close();
    }

    private static KeyFileKeySource keyFile(int fill) {
        byte[] bytes = new byte[KeyFileKeySource.KEY_LENGTH];
        Arrays.fill(bytes, (byte) fill);
        return new KeyFileKeySource(SecretBytes.copyOf(bytes));
    }

    private static PassphraseKeySource passphrase(String text) {
        return new PassphraseKeySource(
                SecretBytes.copyOf(text.getBytes(StandardCharsets.UTF_8)),
                new Argon2idCost(Argon2idCost.MIN_MEMORY_KIB, 1, 1));
    }
}
