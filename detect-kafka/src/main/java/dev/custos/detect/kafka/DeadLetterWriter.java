package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Copies malformed records to a dead-letter topic: the original key, value and headers, plus headers naming the
 * source ({@code custos.source.topic}, {@code custos.source.partition}, {@code custos.source.offset}) and the reason
 * ({@code custos.error}). Sends are asynchronous; {@link #flush} waits for them and reports failed ones, so that a
 * checkpoint is only written once every dead letter before it is stored.
 */
final class DeadLetterWriter implements AutoCloseable {
    static final String HEADER_TOPIC = "custos.source.topic";
    static final String HEADER_PARTITION = "custos.source.partition";
    static final String HEADER_OFFSET = "custos.source.offset";
    static final String HEADER_ERROR = "custos.error";

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Queue<MalformedRecord> failures = new ConcurrentLinkedQueue<>();

    DeadLetterWriter(Producer<byte[], byte[]> producer, String topic) {
        this.producer = requireNonNull(producer, "producer is null");
        this.topic = requireNonNull(topic, "topic is null");
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the callback records every failure; flush() reports them
    void send(ConsumerRecord<byte[], byte[]> record, MalformedRecord malformed) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(HEADER_TOPIC, utf8(malformed.topic()));
        headers.add(HEADER_PARTITION, utf8(Integer.toString(malformed.partition())));
        headers.add(HEADER_OFFSET, utf8(Long.toString(malformed.offset())));
        headers.add(HEADER_ERROR, utf8(malformed.reason()));
        producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers), (metadata, error) -> {
            if (error != null) {
                failures.add(new MalformedRecord(
                        malformed.topic(),
                        malformed.partition(),
                        malformed.offset(),
                        "dead-letter write to " + topic + " failed: " + error.getMessage()));
            }
        });
    }

    /** Waits until every record sent so far is acknowledged or failed; reports the failures. */
    void flush(Consumer<MalformedRecord> onFailure) {
        producer.flush();
        MalformedRecord failure;
        while ((failure = failures.poll()) != null) {
            onFailure.accept(failure);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
