package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

/**
 * A Kafka record that was skipped because its value is not an event.
 *
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset in the partition
 * @param reason what is wrong with it
 */
public record MalformedRecord(String topic, int partition, long offset, String reason) {
    public MalformedRecord {
        requireNonNull(topic, "topic is null");
        if (partition < 0) {
            throw new IllegalArgumentException("partition is negative: " + partition);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset is negative: " + offset);
        }
        requireNonNull(reason, "reason is null");
    }

    /** {@code topic-partition@offset: reason}, the form written to stderr. */
    public String describe() {
        return topic + "-" + partition + "@" + offset + ": " + reason;
    }
}
