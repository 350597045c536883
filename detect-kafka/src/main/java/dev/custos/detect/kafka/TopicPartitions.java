package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Assigns every partition of the topic to the consumer (no group rebalancing: one source owns the whole topic and
 * one state) and positions each new partition: at the checkpoint's offset, else the group's committed offset, else
 * the consumer's reset policy. Partitions added to the topic later are picked up by {@link #refresh}.
 */
final class TopicPartitions {
    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final SortedMap<Integer, Long> nextOffsets;
    private final Set<TopicPartition> assigned = new HashSet<>();

    /** {@code nextOffsets} is the source's live map of processed positions; read, never written. */
    TopicPartitions(Consumer<byte[], byte[]> consumer, String topic, SortedMap<Integer, Long> nextOffsets) {
        this.consumer = requireNonNull(consumer, "consumer is null");
        this.topic = requireNonNull(topic, "topic is null");
        this.nextOffsets = requireNonNull(nextOffsets, "nextOffsets is null");
    }

    /**
     * Looks the topic's partitions up and assigns new ones. Call only between batches of records.
     *
     * @throws MissingTopicException when the topic does not exist
     */
    void refresh() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            if (assigned.isEmpty()) {
                throw new MissingTopicException(topic);
            }
            return;
        }
        Set<TopicPartition> current = new HashSet<>(assigned);
        Set<TopicPartition> added = new HashSet<>();
        for (PartitionInfo info : infos) {
            TopicPartition partition = new TopicPartition(topic, info.partition());
            if (current.add(partition)) {
                added.add(partition);
            }
        }
        if (added.isEmpty()) {
            return;
        }
        consumer.assign(current);
        Set<TopicPartition> unknown = new HashSet<>();
        for (TopicPartition partition : current) {
            Long offset = nextOffsets.get(partition.partition());
            if (offset != null) {
                consumer.seek(partition, offset);
            } else if (added.contains(partition)) {
                unknown.add(partition);
            }
        }
        if (!unknown.isEmpty()) {
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry :
                    consumer.committed(unknown).entrySet()) {
                if (entry.getValue() != null) {
                    consumer.seek(entry.getKey(), entry.getValue().offset());
                }
            }
        }
        assigned.clear();
        assigned.addAll(current);
    }
}
