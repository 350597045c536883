package dev.custos.cli.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.cli.BadInputException;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes the detection engine's checkpoint file. */
final class StateFile {
    private StateFile() {}

    static void restoreIfPresent(Path file, DetectionPipeline pipeline) {
        if (!Files.exists(file)) {
            return;
        }
        JsonNode state;
        try {
            state = StateJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadInputException("state file " + file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read state file " + file + ": " + e.getMessage(), e);
        }
        try {
            pipeline.restore(state);
        } catch (InvalidStateException e) {
            throw new BadInputException("state file " + file + " is invalid: " + e.getMessage(), e);
        }
    }

    static void save(Path file, DetectionPipeline pipeline) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.writeString(
                temporary, StateJson.MAPPER.writeValueAsString(pipeline.checkpoint()), StandardCharsets.UTF_8);
        try {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
