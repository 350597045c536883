package dev.custos.node.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void replace_existingFile_holdsTheNewContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("state.bin");
        AtomicFile.replace(file, new byte[] {1});
        AtomicFile.replace(file, new byte[] {2, 3});
        assertThat(Files.readAllBytes(file)).containsExactly(2, 3);
        assertThat(listing()).containsExactly("state.bin");
    }

    @Test
    void createNew_existingFile_refusesAndLeavesItUnchanged() throws IOException {
        Path file = folder.resolve("identity.bin");
        AtomicFile.createNew(file, new byte[] {1});
        assertThatThrownBy(() -> AtomicFile.createNew(file, new byte[] {2}))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(file)).containsExactly(1);
        assertThat(listing()).containsExactly("identity.bin");
    }

    @Test
    void createNew_onPosix_isOwnerOnly() throws IOException {
        Path file = folder.resolve("secret.bin");
        AtomicFile.createNew(file, new byte[] {1});
        if (AtomicFile.ownerOnly(folder).length > 0) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void createFolder_missing_isCreatedOwnerOnly_existingIsLeftAlone() throws IOException {
        Path nested = folder.resolve("a").resolve("node");
        AtomicFile.createFolder(nested);
        AtomicFile.createFolder(nested);
        assertThat(Files.isDirectory(nested)).isTrue();
        if (AtomicFile.ownerOnly(folder).length > 0) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)))
                    .isEqualTo("rwx------");
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
