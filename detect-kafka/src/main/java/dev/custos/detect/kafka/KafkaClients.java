package dev.custos.detect.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Builds the consumer and the dead-letter producer from the settings. */
final class KafkaClients {
    /** The first wait before reconnecting to a broker that did not answer. */
    static final String RECONNECT_BACKOFF_MS = "1000";
    /** The longest wait between attempts while a broker stays unreachable. */
    static final String RECONNECT_BACKOFF_MAX_MS = "30000";

    private KafkaClients() {}

    /**
     * The consumer configuration: the extra properties, then what the source needs (no auto-commit), with defaults
     * for a detector: read from the earliest offset when nothing is stored, skip aborted transactions, and retry an
     * unreachable broker with a backoff that grows to 30 s.
     */
    static Map<String, Object> consumerConfig(KafkaSourceSettings settings) {
        Map<String, Object> config = new HashMap<>(settings.clientProperties());
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "custos-detect-" + settings.groupId());
        // An unreachable broker is retried from 1 s up to every 30 s (the client's defaults are 50 ms and 1 s).
        config.putIfAbsent(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, RECONNECT_BACKOFF_MS);
        config.putIfAbsent(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, RECONNECT_BACKOFF_MAX_MS);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return config;
    }

    /**
     * The dead-letter producer configuration: the extra properties a producer knows (security, timeouts), with
     * acknowledgement by all in-sync replicas.
     */
    static Map<String, Object> producerConfig(KafkaSourceSettings settings) {
        Set<String> producerNames = ProducerConfig.configNames();
        Map<String, Object> config = new HashMap<>();
        settings.clientProperties().forEach((name, value) -> {
            if (producerNames.contains(name) && !name.equals(ProducerConfig.CLIENT_ID_CONFIG)) {
                config.put(name, value);
            }
        });
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "custos-detect-dead-letter-" + settings.groupId());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    static Consumer<byte[], byte[]> consumer(KafkaSourceSettings settings) {
        return new KafkaConsumer<>(consumerConfig(settings), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static Producer<byte[], byte[]> producer(KafkaSourceSettings settings) {
        return new KafkaProducer<>(producerConfig(settings), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
