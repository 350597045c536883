package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.state.InvalidStateException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {
    @TempDir
    private Path folder;

    @Test
    void read_missingFile_isEmpty() throws Exception {
        assertThat(new CheckpointFile(folder.resolve("state.json")).read("events"))
                .isEmpty();
    }

    @Test
    void write_thenRead_returnsTheLastCheckpointAndLeavesNoTemporaryFile() throws Exception {
        CheckpointFile file = new CheckpointFile(folder.resolve("state.json"));
        SourceCheckpoint first = new SourceCheckpoint(
                "events", new TreeMap<>(Map.of(0, 5L)), Scenario.pipeline().checkpoint());
        SourceCheckpoint second = new SourceCheckpoint(
                "events",
                new TreeMap<>(Map.of(0, 9L, 1, 2L)),
                Scenario.pipeline().checkpoint());

        file.write(first);
        file.write(second);

        assertThat(file.read("events").orElseThrow().nextOffsets()).isEqualTo(second.nextOffsets());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("state.json");
        }
    }

    @Test
    void read_notJsonOrEmpty_throwsNamingTheFile() throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\":", StandardCharsets.UTF_8);
        Path empty = folder.resolve("empty.json");
        Files.writeString(empty, "", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new CheckpointFile(broken).read("events"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("broken.json is not JSON");
        assertThatThrownBy(() -> new CheckpointFile(empty).read("events"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("empty.json is empty");
    }
}
