package dev.custos.node.keystore;

import static dev.custos.node.keystore.KeystoreFixtures.keyFile;
import static dev.custos.node.keystore.KeystoreFixtures.passphrase;
import static dev.custos.node.keystore.KeystoreFixtures.secret;
import static dev.custos.node.keystore.KeystoreFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest {
    @TempDir
    Path folder;

    @Test
    void create_thenOpen_returnsTheEntries() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of("share/a", secret("alpha"), "share/b", secret("beta")))
                .close();
        try (FileSecretStore store = FileSecretStore.open(file, keyFile(7))) {
            assertThat(store.names()).containsExactly("share/a", "share/b");
            assertThat(text(store.get("share/a").orElseThrow())).isEqualTo("alpha");
            assertThat(text(store.get("share/b").orElseThrow())).isEqualTo("beta");
            assertThat(store.get("share/c")).isEmpty();
        }
    }

    @Test
    void putAndRemove_thenReopen_areDurable() throws Exception {
        Path file = folder.resolve("keystore.bin");
        try (FileSecretStore store = FileSecretStore.create(file, keyFile(7), Map.of("old", secret("x")))) {
            store.put("new", secret("y"));
            store.putAll(Map.of("one", secret("1"), "two", secret("2")));
            assertThat(store.remove("old")).isTrue();
            assertThat(store.remove("old")).isFalse();
            store.put("one", secret("1 again"));
        }
        try (FileSecretStore store = FileSecretStore.open(file, keyFile(7))) {
            assertThat(store.names()).containsExactly("new", "one", "two");
            assertThat(text(store.get("one").orElseThrow())).isEqualTo("1 again");
        }
    }

    @Test
    void change_storesAndRemovesInOneDurableWrite_andRefusesANameInBoth() throws Exception {
        Path file = folder.resolve("keystore.bin");
        try (FileSecretStore store = FileSecretStore.create(
                file, keyFile(7), Map.of("old/share", secret("x"), "pending/share", secret("y")))) {
            store.change(Map.of("new/share", secret("y")), java.util.Set.of("old/share", "pending/share", "absent"));
            assertThatThrownBy(() -> store.change(Map.of("a", secret("1")), java.util.Set.of("a")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'a' is both stored and removed");
            assertThat(store.names()).containsExactly("new/share");
        }
        try (FileSecretStore store = FileSecretStore.open(file, keyFile(7))) {
            assertThat(store.names()).containsExactly("new/share");
            assertThat(text(store.get("new/share").orElseThrow())).isEqualTo("y");
        }
    }

    @Test
    void open_passphraseStoreWithTheRightPassphrase_opens() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, passphrase("correct horse battery"), Map.of("k", secret("v")))
                .close();
        try (FileSecretStore store = FileSecretStore.open(file, passphrase("correct horse battery"))) {
            assertThat(text(store.get("k").orElseThrow())).isEqualTo("v");
        }
    }

    @Test
    void open_usesTheCostRecordedInTheHeader_notTheSourcesCost() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, passphrase("correct horse battery"), Map.of())
                .close();
        SecretBytes words = secret("correct horse battery");
        PassphraseKeySource otherCost = new PassphraseKeySource(words, new Argon2idCost(16 * 1024, 2, 1));
        FileSecretStore.open(file, otherCost).close();
    }

    @Test
    void open_wrongPassphrase_isWrongKey() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, passphrase("correct horse battery"), Map.of())
                .close();
        assertThatThrownBy(() -> FileSecretStore.open(file, passphrase("correct horse battery!")))
                .isInstanceOfSatisfying(
                        KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.WRONG_KEY))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("wrong passphrase or key file");
    }

    @Test
    void open_wrongKeyFile_isWrongKey() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of()).close();
        assertThatThrownBy(() -> FileSecretStore.open(file, keyFile(8)))
                .isInstanceOfSatisfying(
                        KeystoreException.class, e -> assertThat(e.error()).isEqualTo(KeystoreError.WRONG_KEY));
    }

    @Test
    void open_otherKindOfKey_isKeySourceMismatch() throws Exception {
        Path byKeyFile = folder.resolve("a.bin");
        Path byPassphrase = folder.resolve("b.bin");
        FileSecretStore.create(byKeyFile, keyFile(7), Map.of()).close();
        FileSecretStore.create(byPassphrase, passphrase("correct horse battery"), Map.of())
                .close();
        assertThatThrownBy(() -> FileSecretStore.open(byKeyFile, passphrase("correct horse battery")))
                .isInstanceOfSatisfying(
                        KeystoreException.class,
                        e -> assertThat(e.error()).isEqualTo(KeystoreError.KEY_SOURCE_MISMATCH))
                .hasMessageContaining("protected by a key file, not by a passphrase");
        assertThatThrownBy(() -> FileSecretStore.open(byPassphrase, keyFile(7)))
                .hasMessageContaining("protected by a passphrase, not by a key file");
    }

    @Test
    void create_existingFile_refusesAndLeavesItUnchanged() throws Exception {
        Path file = folder.resolve("keystore.bin");
        FileSecretStore.create(file, keyFile(7), Map.of("k", secret("v"))).close();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> FileSecretStore.create(file, keyFile(8), Map.of()))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        FileSecretStore.open(file, keyFile(7)).close();
    }

    @Test
    void open_whileAnotherStoreHoldsTheFile_isRefused() throws Exception {
        Path file = folder.resolve("keystore.bin");
        try (FileSecretStore first = FileSecretStore.create(file, keyFile(7), Map.of())) {
            assertThat(first.names()).isEmpty();
            assertThatThrownBy(() -> FileSecretStore.open(file, keyFile(7)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("already open in this process");
        }
        FileSecretStore.open(file, keyFile(7)).close();
    }

    @Test
    void close_thenUse_isRefused() throws Exception {
        FileSecretStore store = FileSecretStore.create(folder.resolve("keystore.bin"), keyFile(7), Map.of());
        store.close();
        store.close();
        assertThatThrownBy(() -> store.get("k"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void put_writeFails_leavesTheStoreUnchanged() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("sub"));
        Path file = sub.resolve("keystore.bin");
        try (FileSecretStore store = FileSecretStore.create(file, keyFile(7), Map.of("k", secret("v")))) {
            Files.delete(file);
            Files.delete(sub.resolve("keystore.bin.lock"));
            Files.delete(sub);
            assertThatThrownBy(() -> store.put("k", secret("changed"))).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> store.put("other", secret("w"))).isInstanceOf(IOException.class);
            assertThat(text(store.get("k").orElseThrow())).isEqualTo("v");
            assertThat(store.names()).containsExactly("k");
        }
    }

    @Test
    void getAndPut_copyValues_soDestroyingTheCallersCopiesChangesNothing() throws Exception {
        try (FileSecretStore store = FileSecretStore.create(folder.resolve("keystore.bin"), keyFile(7), Map.of())) {
            SecretBytes value = secret("value");
            store.put("k", value);
            value.destroy();
            SecretBytes first = store.get("k").orElseThrow();
            first.destroy();
            assertThat(text(store.get("k").orElseThrow())).isEqualTo("value");
        }
    }

    @Test
    void put_invalidName_isRefusedNamingIt() throws Exception {
        try (FileSecretStore store = FileSecretStore.create(folder.resolve("keystore.bin"), keyFile(7), Map.of())) {
            assertThatThrownBy(() -> store.put("Share A", secret("v")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("secret name 'Share A' is not valid");
            assertThat(store.names()).isEmpty();
        }
    }
}
