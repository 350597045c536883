package dev.custos.node.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExclusiveLockTest {
    @TempDir
    Path folder;

    @Test
    void acquire_lockHeldByAnotherHolder_isRefusedNamingWhatIsLocked() throws IOException {
        Path lockFile = folder.resolve("store.lock");
        try (ExclusiveLock held = ExclusiveLock.acquire(lockFile, "the store X")) {
            assertThat(held.isHeld()).isTrue();
            assertThatThrownBy(() -> ExclusiveLock.acquire(lockFile, "the store X"))
                    .isInstanceOf(IOException.class)
                    .hasMessage("the store X is already open in this process");
        }
        try (ExclusiveLock again = ExclusiveLock.acquire(lockFile, "the store X")) {
            assertThat(again.isHeld()).isTrue();
        }
    }
}
