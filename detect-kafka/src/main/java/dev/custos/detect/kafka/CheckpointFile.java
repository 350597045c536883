package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.detect.state.AtomicFiles;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The checkpoint file. A save writes a temporary file next to it, forces it to disk, renames it over the old one
 * atomically and forces the folder, so a crash at any moment leaves either the previous checkpoint or the new one,
 * never a mixture.
 */
public final class CheckpointFile {
    private final Path file;

    public CheckpointFile(Path file) {
        requireNonNull(file, "file is null");
        this.file = file.toAbsolutePath();
        if (this.file.getFileName() == null) {
            throw new IllegalArgumentException("not a file path: " + file);
        }
    }

    public Path path() {
        return file;
    }

    /**
     * The saved checkpoint for {@code topic}, or empty when the file does not exist.
     *
     * @throws InvalidStateException when the file is not a valid checkpoint for this topic
     * @throws IOException when it cannot be read
     */
    public Optional<SourceCheckpoint> read(String topic) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = StateJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidStateException("checkpoint " + file + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidStateException("checkpoint " + file + " is empty");
        }
        return Optional.of(SourceCheckpoint.fromJson(node, topic));
    }

    /** Replaces the file with {@code checkpoint}, atomically and durably. */
    public void write(SourceCheckpoint checkpoint) throws IOException {
        requireNonNull(checkpoint, "checkpoint is null");
        AtomicFiles.replace(file, StateJson.MAPPER.writeValueAsBytes(checkpoint.toJson()));
    }
}
