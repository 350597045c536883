package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the Kafka source saves in one file, in one atomic write: the detector state and, for each partition of the
 * topic, the offset of the next record to read. The state includes exactly the records before those offsets, so a
 * restart from this checkpoint neither learns a record twice nor skips one.
 *
 * @param topic the topic the offsets belong to
 * @param nextOffsets per partition, the offset of the first record not yet reflected in {@code pipeline}
 * @param pipeline the {@link DetectionPipeline#checkpoint()} taken after the last processed record
 */
public record SourceCheckpoint(String topic, SortedMap<Integer, Long> nextOffsets, JsonNode pipeline) {
    /** The {@code format} field of a Kafka source checkpoint. */
    public static final String FORMAT = "custos.detect.kafka.checkpoint";
    /** The layout version this code reads and writes. */
    public static final int VERSION = 1;

    public SourceCheckpoint {
        requireNonNull(topic, "topic is null");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic is blank");
        }
        requireNonNull(nextOffsets, "nextOffsets is null");
        for (Map.Entry<Integer, Long> entry : nextOffsets.entrySet()) {
            requireNonNull(entry.getKey(), "partition is null");
            requireNonNull(entry.getValue(), "offset is null");
            if (entry.getKey() < 0 || entry.getValue() < 0) {
                throw new IllegalArgumentException(
                        "negative partition or offset: " + entry.getKey() + "=" + entry.getValue());
            }
        }
        nextOffsets = Collections.unmodifiableSortedMap(new TreeMap<>(nextOffsets));
        requireNonNull(pipeline, "pipeline is null");
        if (!pipeline.isObject()) {
            throw new IllegalArgumentException("pipeline state is not a JSON object");
        }
        pipeline = pipeline.deepCopy();
    }

    /** The JSON form written to the checkpoint file. */
    public ObjectNode toJson() {
        ObjectNode node = StateJson.object();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.put("topic", topic);
        ObjectNode offsets = node.putObject("offsets");
        nextOffsets.forEach((partition, offset) -> offsets.put(Integer.toString(partition), offset));
        node.set("pipeline", pipeline.deepCopy());
        return node;
    }

    /**
     * Reads a checkpoint for {@code expectedTopic}. A plain detection state (as {@code custos replay --state} writes)
     * is accepted too, as a state with no offsets: the engine starts warmed up and reads the topic from the group's
     * committed offsets or the consumer's reset policy.
     *
     * @throws InvalidStateException when the JSON is not a checkpoint, is malformed, or belongs to another topic
     */
    public static SourceCheckpoint fromJson(JsonNode node, String expectedTopic) {
        requireNonNull(node, "node is null");
        requireNonNull(expectedTopic, "expectedTopic is null");
        if (!node.isObject()) {
            throw new InvalidStateException("checkpoint is not a JSON object");
        }
        String format = StateJson.optionalText(node, "format");
        if (DetectionPipeline.STATE_FORMAT.equals(format)) {
            return new SourceCheckpoint(expectedTopic, new TreeMap<>(), node);
        }
        if (!FORMAT.equals(format)) {
            throw new InvalidStateException(
                    "not a checkpoint (format is not " + FORMAT + " or " + DetectionPipeline.STATE_FORMAT + ")");
        }
        if (StateJson.count(node, "version") != VERSION) {
            throw new InvalidStateException("unsupported checkpoint version " + node.get("version"));
        }
        String topic = StateJson.text(node, "topic");
        if (!topic.equals(expectedTopic)) {
            throw new InvalidStateException("checkpoint belongs to topic " + topic + ", not " + expectedTopic);
        }
        JsonNode offsets = StateJson.object(node, "offsets");
        SortedMap<Integer, Long> nextOffsets = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : offsets.properties()) {
            int partition = partition(entry.getKey());
            nextOffsets.put(partition, StateJson.count(offsets, entry.getKey()));
        }
        return new SourceCheckpoint(topic, nextOffsets, StateJson.object(node, "pipeline"));
    }

    private static int partition(String text) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidStateException("partition " + text + " is not a non-negative integer");
        }
        long value = Long.parseLong(text);
        if (value > Integer.MAX_VALUE) {
            throw new InvalidStateException("partition " + text + " is out of range");
        }
        return (int) value;
    }
}
