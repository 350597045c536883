package dev.custos.ecdsa.store;

import static dev.custos.ecdsa.store.StoreFixtures.key;
import static dev.custos.ecdsa.store.StoreFixtures.presignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresignatureStoreTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path directory;

    /** A valid key that no presignature of this test belongs to. */
    private static Element otherKey() {
        return key().add(Secp256k1.GROUP.multiplyGenerator(Secp256k1.FIELD.one()));
    }

    @Test
    void memory_consumeTwice_isRefused() throws EcdsaException {
        InMemoryPresignatureStore store = new InMemoryPresignatureStore();
        Presignature presignature = presignature();
        store.save(presignature);
        assertThat(store.isAvailable(presignature.session())).isTrue();
        assertThat(store.isUsed(presignature.session())).isFalse();
        assertThat(store.consume(presignature.session(), key())).isSameAs(presignature);
        assertThat(store.isAvailable(presignature.session())).isFalse();
        assertThat(store.isUsed(presignature.session())).isTrue();
        assertUnavailable(() -> store.consume(presignature.session(), key()), "already used");
        assertUnavailable(() -> store.save(presignature), "already stored");
    }

    @Test
    void memory_consumeForAnotherKey_isRefusedAndLeavesItAvailable() throws EcdsaException {
        InMemoryPresignatureStore store = new InMemoryPresignatureStore();
        Presignature presignature = presignature();
        store.save(presignature);
        assertKeyMismatch(() -> store.consume(presignature.session(), otherKey()));
        assertThat(store.isAvailable(presignature.session())).isTrue();
        assertThat(store.isUsed(presignature.session())).isFalse();
        assertThat(store.consume(presignature.session(), key())).isSameAs(presignature);
    }

    @Test
    void file_consumeForAnotherKey_isRefusedAndLeavesItAvailable_alsoAfterReopening()
            throws EcdsaException, IOException {
        Presignature presignature = presignature();
        FilePresignatureStore store = FilePresignatureStore.open(directory);
        store.save(presignature);
        assertKeyMismatch(() -> store.consume(presignature.session(), otherKey()));
        assertThat(store.isAvailable(presignature.session())).isTrue();

        FilePresignatureStore reopened = FilePresignatureStore.open(directory);
        assertKeyMismatch(() -> reopened.consume(presignature.session(), otherKey()));
        assertThat(reopened.consume(presignature.session(), key()).toSecretBytes())
                .isEqualTo(presignature.toSecretBytes());
    }

    @Test
    void file_consumeTwice_isRefused_alsoAfterReopening() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        SessionId session = presignature.session();
        byte[] expected = presignature.toSecretBytes();
        FilePresignatureStore store = FilePresignatureStore.open(directory);
        store.save(presignature);
        Presignature loaded = store.consume(session, key());
        assertThat(loaded.toSecretBytes()).isEqualTo(expected);
        assertUnavailable(() -> store.consume(session, key()), "already used");

        FilePresignatureStore reopened = FilePresignatureStore.open(directory);
        assertThat(reopened.isAvailable(session)).isFalse();
        assertThat(reopened.isUsed(session)).isTrue();
        assertUnavailable(() -> reopened.consume(session, key()), "already used");
        assertUnavailable(() -> reopened.save(loaded), "already stored");
    }

    @Test
    void file_usedPresignatureIsWipedFromDisk() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        FilePresignatureStore store = FilePresignatureStore.open(directory);
        store.save(presignature);
        store.consume(presignature.session(), key());
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                assertThat(Files.size(file)).as(file.toString()).isZero();
            }
        }
    }

    @Test
    void file_openOnAFile_reportsStorageFailure() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("file"), "x");
        assertThatThrownBy(() -> FilePresignatureStore.open(notADirectory))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.STORAGE_FAILED));
    }

    @Test
    void file_survivesRestartBeforeUse() throws EcdsaException, IOException, InvalidEncodingException {
        Presignature presignature = presignature();
        FilePresignatureStore.open(directory).save(presignature);
        FilePresignatureStore reopened = FilePresignatureStore.open(directory);
        assertThat(reopened.isAvailable(presignature.session())).isTrue();
        assertThat(reopened.isUsed(presignature.session())).isFalse();
        assertThat(reopened.directory()).isEqualTo(directory.toRealPath());
        assertThat(reopened.consume(presignature.session(), key()).toSecretBytes())
                .isEqualTo(presignature.toSecretBytes());
    }

    @Test
    void file_concurrentConsumers_exactlyOneWins() throws Exception {
        Presignature presignature = presignature();
        FilePresignatureStore.open(directory).save(presignature);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> {
                    try {
                        FilePresignatureStore.open(directory).consume(presignature.session(), key());
                        return true;
                    } catch (EcdsaException e) {
                        return false;
                    }
                });
            }
            int winners = 0;
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void file_unknownSession_isUnavailable() throws EcdsaException {
        FilePresignatureStore store = FilePresignatureStore.open(directory);
        assertUnavailable(() -> store.consume(SessionId.random(RANDOM), key()), "unknown");
    }

    @Test
    void file_corruptFile_isRefused() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        FilePresignatureStore store = FilePresignatureStore.open(directory);
        store.save(presignature);
        Path file = directory.resolve(presignature.session().toHex() + ".presig");
        Files.write(file, new byte[] {1, 0x50, 3});
        assertUnavailable(() -> store.consume(presignature.session(), key()), "corrupt");
        assertThatThrownBy(() -> store.consume(presignature.session(), key())).isInstanceOf(EcdsaException.class);
    }

    interface Step {
        void run() throws EcdsaException;
    }

    private static void assertKeyMismatch(Step step) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        EcdsaException.class,
                        e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_KEY_MISMATCH));
    }

    private static void assertUnavailable(Step step, String reason) {
        try {
            step.run();
        } catch (EcdsaException e) {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE);
            assertThat(e.getMessage()).contains(reason);
            return;
        }
        throw new AssertionError("expected the presignature to be unavailable");
    }
}
