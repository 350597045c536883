package dev.custos.detect.pipeline;

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

/** The engine's checkpoint file: restored at start if present, replaced atomically at each checkpoint. */
public final class StateFile {
    private final Path file;

    public StateFile(Path file) {
        this.file = requireNonNull(file, "file is null").toAbsolutePath();
    }

    public Path path() {
        return file;
    }

    /**
     * Restores the file into a fresh pipeline if the file exists; {@link DetectionPipeline#startedFresh()} then
     * names the detectors the file had no state for.
     *
     * @return whether there was a state to restore
     * @throws IOException when the file exists but cannot be read
     * @throws InvalidStateException when it is not a valid state for this pipeline (the message names the file)
     */
    public boolean restoreIfPresent(DetectionPipeline pipeline) throws IOException {
        requireNonNull(pipeline, "pipeline is null");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return false;
        }
        JsonNode state;
        try {
            state = StateJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidStateException("state file " + file + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (state == null || state.isMissingNode()) {
            throw new InvalidStateException("state file " + file + " is empty");
        }
        try {
            pipeline.restore(state);
        } catch (InvalidStateException e) {
            throw new InvalidStateException("state file " + file + " is invalid: " + e.getMessage(), e);
        }
        return true;
    }

    /** Writes the pipeline's checkpoint over the file, atomically and durably. */
    public void save(DetectionPipeline pipeline) throws IOException {
        write(StateJson.MAPPER.writeValueAsBytes(
                requireNonNull(pipeline, "pipeline is null").checkpoint()));
    }

    /** Replaces the file with an already serialised checkpoint. */
    public synchronized void write(byte[] checkpoint) throws IOException {
        AtomicFiles.replace(file, checkpoint);
    }
}
