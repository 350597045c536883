package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * How the Kafka source runs. Each component but the client properties has a key ({@link #KEYS}, documented in
 * docs/DETECTION-KAFKA.md) that a settings file or a command-line option sets; {@link #from} applies the defaults.
 *
 * @param bootstrapServers {@code host:port[,host:port...]}
 * @param topic the topic holding ECS events, one per record value
 * @param groupId the consumer group the source commits its offsets to (for lag monitoring; the checkpoint file is
 *     the authority on where to resume)
 * @param checkpointFile where the detector state and offsets are saved
 * @param checkpointEveryRecords checkpoint after this many records (events and malformed ones) since the last one
 * @param checkpointInterval checkpoint at least this often while records arrive
 * @param deadLetterTopic where malformed records are copied, if anywhere
 * @param clientProperties extra Kafka client settings (security, timeouts...), given to the consumer and, for the
 *     names a producer knows, to the dead-letter producer
 * @param pollTimeout longest wait for records in one poll
 */
public record KafkaSourceSettings(
        String bootstrapServers,
        String topic,
        String groupId,
        Path checkpointFile,
        long checkpointEveryRecords,
        Duration checkpointInterval,
        Optional<String> deadLetterTopic,
        SortedMap<String, String> clientProperties,
        Duration pollTimeout) {
    /** Default {@link #checkpointEveryRecords}. */
    public static final long DEFAULT_CHECKPOINT_EVERY_RECORDS = 10_000;
    /** Default {@link #checkpointInterval}. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(30);
    /** Default {@link #pollTimeout}. */
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);

    /** {@code detect.kafka.bootstrap-servers}. */
    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.text(
            "detect.kafka.bootstrap-servers", "Kafka brokers to connect to, HOST:PORT[,HOST:PORT...]; required.");
    /** {@code detect.kafka.topic}. */
    public static final Setting<String> TOPIC =
            Setting.text("detect.kafka.topic", "Topic holding the events; must exist; required.");
    /** {@code detect.kafka.group-id}. */
    public static final Setting<String> GROUP_ID = Setting.text(
            "detect.kafka.group-id", "Consumer group the offsets are committed to (for lag monitoring); required.");
    /** {@code detect.kafka.state-file}. */
    public static final Setting<Path> STATE_FILE = Setting.path(
            "detect.kafka.state-file", "Checkpoint file: engine state plus offsets, restored at start; required.");
    /** {@code detect.kafka.checkpoint-every-records}. */
    public static final Setting<Long> CHECKPOINT_EVERY_RECORDS = Setting.longInteger(
            "detect.kafka.checkpoint-every-records",
            DEFAULT_CHECKPOINT_EVERY_RECORDS,
            "Checkpoint after this many records (events and malformed ones) since the last one.");
    /** {@code detect.kafka.checkpoint-interval}. */
    public static final Setting<Duration> CHECKPOINT_INTERVAL = Setting.duration(
            "detect.kafka.checkpoint-interval",
            DEFAULT_CHECKPOINT_INTERVAL,
            "Checkpoint at least this often while records arrive; also how often new partitions are looked for.");
    /** {@code detect.kafka.dead-letter-topic}. */
    public static final Setting<String> DEAD_LETTER_TOPIC =
            Setting.text("detect.kafka.dead-letter-topic", "Topic that malformed records are copied to, if any.");
    /** {@code detect.kafka.poll-timeout}. */
    public static final Setting<Duration> POLL_TIMEOUT = Setting.duration(
            "detect.kafka.poll-timeout", DEFAULT_POLL_TIMEOUT, "Longest wait for records in one poll.");
    /** Every key, in the order docs/DETECTION-KAFKA.md lists them. */
    public static final List<Setting<?>> KEYS = List.of(
            BOOTSTRAP_SERVERS,
            TOPIC,
            GROUP_ID,
            STATE_FILE,
            CHECKPOINT_EVERY_RECORDS,
            CHECKPOINT_INTERVAL,
            DEAD_LETTER_TOPIC,
            POLL_TIMEOUT);

    /** Client settings the source sets itself; giving them in {@link #clientProperties} is an error. */
    public static final Set<String> MANAGED_PROPERTIES = Set.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ConsumerConfig.GROUP_ID_CONFIG,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);

    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public KafkaSourceSettings {
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers is blank");
        }
        topic = validTopic(topic, "topic");
        requireNonNull(groupId, "groupId is null");
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("groupId is blank");
        }
        requireNonNull(checkpointFile, "checkpointFile is null");
        if (checkpointEveryRecords < 1) {
            throw new IllegalArgumentException("checkpointEveryRecords must be at least 1: " + checkpointEveryRecords);
        }
        positive(checkpointInterval, "checkpointInterval");
        requireNonNull(deadLetterTopic, "deadLetterTopic is null");
        if (deadLetterTopic.isPresent()) {
            String deadLetter = validTopic(deadLetterTopic.get(), "deadLetterTopic");
            if (deadLetter.equals(topic)) {
                throw new IllegalArgumentException("deadLetterTopic must differ from topic " + topic);
            }
        }
        requireNonNull(clientProperties, "clientProperties is null");
        for (Map.Entry<String, String> entry : clientProperties.entrySet()) {
            requireNonNull(entry.getKey(), "client property name is null");
            requireNonNull(entry.getValue(), "value of client property " + entry.getKey() + " is null");
            if (MANAGED_PROPERTIES.contains(entry.getKey())) {
                throw new IllegalArgumentException("client property " + entry.getKey()
                        + " is set by the source itself (offsets are committed only after checkpoints)");
            }
        }
        clientProperties = Collections.unmodifiableSortedMap(new TreeMap<>(clientProperties));
        positive(pollTimeout, "pollTimeout");
    }

    /** The settings given (the required four among them), defaults for the others, and these client properties. */
    public static KafkaSourceSettings from(SettingValues values, Map<String, String> clientProperties) {
        requireNonNull(values, "values is null");
        requireNonNull(clientProperties, "clientProperties is null");
        return new KafkaSourceSettings(
                values.get(BOOTSTRAP_SERVERS),
                values.get(TOPIC),
                values.get(GROUP_ID),
                values.get(STATE_FILE),
                values.get(CHECKPOINT_EVERY_RECORDS),
                values.get(CHECKPOINT_INTERVAL),
                values.optional(DEAD_LETTER_TOPIC),
                new TreeMap<>(clientProperties),
                values.get(POLL_TIMEOUT));
    }

    /** Settings with the default checkpoint cadence and poll timeout, no dead-letter topic and no extra properties. */
    public static KafkaSourceSettings of(String bootstrapServers, String topic, String groupId, Path checkpointFile) {
        return new KafkaSourceSettings(
                bootstrapServers,
                topic,
                groupId,
                checkpointFile,
                DEFAULT_CHECKPOINT_EVERY_RECORDS,
                DEFAULT_CHECKPOINT_INTERVAL,
                Optional.empty(),
                new TreeMap<>(),
                DEFAULT_POLL_TIMEOUT);
    }

    public KafkaSourceSettings withCheckpointEvery(long records, Duration interval) {
        return new KafkaSourceSettings(
                bootstrapServers,
                topic,
                groupId,
                checkpointFile,
                records,
                interval,
                deadLetterTopic,
                clientProperties,
                pollTimeout);
    }

    public KafkaSourceSettings withDeadLetterTopic(String deadLetter) {
        return new KafkaSourceSettings(
                bootstrapServers,
                topic,
                groupId,
                checkpointFile,
                checkpointEveryRecords,
                checkpointInterval,
                Optional.of(deadLetter),
                clientProperties,
                pollTimeout);
    }

    public KafkaSourceSettings withClientProperties(Map<String, String> properties) {
        return new KafkaSourceSettings(
                bootstrapServers,
                topic,
                groupId,
                checkpointFile,
                checkpointEveryRecords,
                checkpointInterval,
                deadLetterTopic,
                new TreeMap<>(properties),
                pollTimeout);
    }

    public KafkaSourceSettings withPollTimeout(Duration timeout) {
        return new KafkaSourceSettings(
                bootstrapServers,
                topic,
                groupId,
                checkpointFile,
                checkpointEveryRecords,
                checkpointInterval,
                deadLetterTopic,
                clientProperties,
                timeout);
    }

    /**
     * Names the client properties without their values: they may hold credentials ({@code sasl.jaas.config},
     * {@code ssl.key.password}).
     */
    @Override
    public String toString() {
        return "KafkaSourceSettings[bootstrapServers=" + bootstrapServers + ", topic=" + topic + ", groupId=" + groupId
                + ", checkpointFile=" + checkpointFile + ", checkpointEveryRecords=" + checkpointEveryRecords
                + ", checkpointInterval=" + checkpointInterval + ", deadLetterTopic=" + deadLetterTopic
                + ", clientProperties=" + clientProperties.keySet() + " (values redacted), pollTimeout=" + pollTimeout
                + "]";
    }

    private static String validTopic(String name, String what) {
        requireNonNull(name, what + " is null");
        if (!TOPIC_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(
                    what + " is not a valid topic name (letters, digits, '.', '_', '-'; 1 to 249): " + name);
        }
        return name;
    }

    private static void positive(Duration duration, String what) {
        requireNonNull(duration, what + " is null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
    }
}
