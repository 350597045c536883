package dev.custos.frost.round1;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.frost.FrostErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NonceStoreTest {
    private static final byte[] FIRST = {1, 2, 3};
    private static final byte[] SECOND = {1, 2, 4};

    @Test
    void inMemory_markUsedTwice_throwsNonceReused() throws Exception {
        NonceStore store = new InMemoryNonceStore();
        store.markUsed(FIRST);
        store.markUsed(SECOND);

        assertThat(store.isUsed(FIRST)).isTrue();
        assertFrostFailure(() -> store.markUsed(FIRST), FrostErrorCode.NONCE_REUSED);
    }

    @Test
    void inMemory_emptyOrHugeId_isRejected() {
        NonceStore store = new InMemoryNonceStore();
        assertThatThrownBy(() -> store.markUsed(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.markUsed(new byte[65])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void file_markUsedTwice_throwsNonceReused(@TempDir Path directory) throws Exception {
        FileNonceStore store = FileNonceStore.open(directory);
        store.markUsed(FIRST);

        assertThat(store.isUsed(FIRST)).isTrue();
        assertThat(store.isUsed(SECOND)).isFalse();
        assertFrostFailure(() -> store.markUsed(FIRST), FrostErrorCode.NONCE_REUSED);
    }

    @Test
    void file_reopenedStore_remembersUsedNonces(@TempDir Path directory) throws Exception {
        FileNonceStore.open(directory).markUsed(FIRST);

        FileNonceStore reopened = FileNonceStore.open(directory);

        assertThat(reopened.isUsed(FIRST)).isTrue();
        assertFrostFailure(() -> reopened.markUsed(FIRST), FrostErrorCode.NONCE_REUSED);
        reopened.markUsed(SECOND);
    }

    @Test
    void file_leftoverTemporaryFileFromCrash_isNotAUseAndIsCleanedUp(@TempDir Path directory) throws Exception {
        Path leftover = directory.resolve("010203.tmp");
        Files.writeString(leftover, "partial");

        FileNonceStore store = FileNonceStore.open(directory);

        assertThat(leftover).doesNotExist();
        assertThat(store.isUsed(FIRST)).isFalse();
        store.markUsed(FIRST);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("010203.used")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void file_unwritableDirectory_reportsStoreFailure(@TempDir Path directory) throws Exception {
        Path notADirectory = directory.resolve("file");
        Files.writeString(notADirectory, "x");

        assertFrostFailure(() -> FileNonceStore.open(notADirectory), FrostErrorCode.NONCE_STORE_FAILURE);
    }
}
