package dev.custos.detect.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something whose learned state can be saved and restored, so that a restart loses no baselines. The state is plain
 * JSON written field by field (no reflection), and restoring validates it like any external input.
 */
public interface Checkpointable {
    /** The learned state, as JSON. */
    ObjectNode checkpoint();

    /**
     * Replaces the learned state with a saved one. Call on a fresh instance with the same settings.
     *
     * @throws InvalidStateException when the state is malformed; the message names the culprit field
     */
    void restore(JsonNode state);
}
