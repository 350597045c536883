package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.config.SettingsTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaSourceSettingsTest {
    private static final KafkaSourceSettings DEFAULTS =
            KafkaSourceSettings.of("127.0.0.1:9092", "events", "detect", Path.of("state.json"));

    @Test
    void keys_everyKeyWithItsDefault() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Setting<?> setting : KafkaSourceSettings.KEYS) {
            defaults.put(setting.key(), setting.defaultText().orElse("none"));
        }

        assertThat(defaults)
                .containsExactly(
                        Map.entry("detect.kafka.bootstrap-servers", "none"),
                        Map.entry("detect.kafka.topic", "none"),
                        Map.entry("detect.kafka.group-id", "none"),
                        Map.entry("detect.kafka.state-file", "none"),
                        Map.entry("detect.kafka.checkpoint-every-records", "10000"),
                        Map.entry("detect.kafka.checkpoint-interval", "30s"),
                        Map.entry("detect.kafka.dead-letter-topic", "none"),
                        Map.entry("detect.kafka.poll-timeout", "500ms"));
    }

    @Test
    void keys_areDocumentedInDetectionKafkaMd() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/docs/DETECTION-KAFKA.md")) {
            assertThat(in).as("docs/DETECTION-KAFKA.md on the test classpath").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains(SettingsTable.markdown(KafkaSourceSettings.KEYS));
        }
    }

    @Test
    void from_theRequiredKeys_equalsOf_andMissingOnesAreNamed() {
        SettingValues required = SettingValues.of(Map.of(
                "detect.kafka.bootstrap-servers", "127.0.0.1:9092",
                "detect.kafka.topic", "events",
                "detect.kafka.group-id", "detect",
                "detect.kafka.state-file", "state.json"));

        assertThat(KafkaSourceSettings.from(required, Map.of())).isEqualTo(DEFAULTS);
        assertThat(KafkaSourceSettings.from(
                        required.with(KafkaSourceSettings.DEAD_LETTER_TOPIC, "dead")
                                .with(KafkaSourceSettings.POLL_TIMEOUT, "2s"),
                        Map.of("security.protocol", "SSL")))
                .isEqualTo(DEFAULTS.withDeadLetterTopic("dead")
                        .withPollTimeout(Duration.ofSeconds(2))
                        .withClientProperties(Map.of("security.protocol", "SSL")));
        assertThatThrownBy(() -> KafkaSourceSettings.from(SettingValues.NONE, Map.of()))
                .hasMessage("detect.kafka.bootstrap-servers is required");
        assertThatThrownBy(() -> KafkaSourceSettings.from(
                        required.with(KafkaSourceSettings.CHECKPOINT_INTERVAL, "soon"), Map.of()))
                .hasMessageStartingWith("detect.kafka.checkpoint-interval: not a duration");
    }

    @Test
    void of_usesDocumentedDefaults() {
        assertThat(DEFAULTS.checkpointEveryRecords()).isEqualTo(KafkaSourceSettings.DEFAULT_CHECKPOINT_EVERY_RECORDS);
        assertThat(DEFAULTS.checkpointInterval()).isEqualTo(KafkaSourceSettings.DEFAULT_CHECKPOINT_INTERVAL);
        assertThat(DEFAULTS.deadLetterTopic()).isEmpty();
        assertThat(DEFAULTS.clientProperties()).isEmpty();
    }

    @Test
    void constructor_badValues_throwNamingTheSetting() {
        assertThatThrownBy(() -> KafkaSourceSettings.of(" ", "events", "g", Path.of("s")))
                .hasMessageContaining("bootstrapServers");
        assertThatThrownBy(() -> KafkaSourceSettings.of("h:1", "bad topic", "g", Path.of("s")))
                .hasMessageContaining("topic is not a valid topic name");
        assertThatThrownBy(() -> KafkaSourceSettings.of("h:1", "..", "g", Path.of("s")))
                .hasMessageContaining("not a valid topic name");
        assertThatThrownBy(() -> KafkaSourceSettings.of("h:1", "events", "", Path.of("s")))
                .hasMessageContaining("groupId");
        assertThatThrownBy(() -> DEFAULTS.withCheckpointEvery(0, Duration.ofSeconds(1)))
                .hasMessageContaining("checkpointEveryRecords");
        assertThatThrownBy(() -> DEFAULTS.withCheckpointEvery(1, Duration.ZERO))
                .hasMessageContaining("checkpointInterval");
        assertThatThrownBy(() -> DEFAULTS.withDeadLetterTopic("events")).hasMessageContaining("must differ");
        assertThatThrownBy(() -> DEFAULTS.withPollTimeout(Duration.ofMillis(-1)))
                .hasMessageContaining("pollTimeout");
    }

    @Test
    void toString_namesClientPropertiesButNotTheirValues() {
        KafkaSourceSettings settings = DEFAULTS.withClientProperties(Map.of(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"detect\" password=\"hunter2-secret\";"));

        assertThat(settings.toString()).contains("sasl.jaas.config").doesNotContain("hunter2-secret");
    }

    @Test
    void clientProperties_managedByTheSource_areRefused() {
        for (String name : KafkaSourceSettings.MANAGED_PROPERTIES) {
            assertThatThrownBy(() -> DEFAULTS.withClientProperties(Map.of(name, "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(name);
        }
    }

    @Test
    void consumerConfig_neverAutoCommits_andDefaultsToEarliestAndReadCommitted() {
        KafkaSourceSettings settings = DEFAULTS.withClientProperties(
                Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest", "security.protocol", "SASL_SSL"));

        Map<String, Object> consumer = KafkaClients.consumerConfig(settings);
        Map<String, Object> defaults = KafkaClients.consumerConfig(DEFAULTS);

        assertThat(consumer)
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "detect")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest")
                .containsEntry("security.protocol", "SASL_SSL");
        assertThat(defaults)
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, "1000")
                .containsEntry(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "30000");
        assertThat(KafkaClients.consumerConfig(
                        DEFAULTS.withClientProperties(Map.of(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000"))))
                .containsEntry(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "5000");
    }

    @Test
    void producerConfig_keepsOnlyProducerSettings_andWaitsForAllReplicas() {
        KafkaSourceSettings settings = DEFAULTS.withClientProperties(Map.of(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest",
                "security.protocol",
                "SASL_SSL",
                ProducerConfig.ACKS_CONFIG,
                "0"));

        Map<String, Object> producer = KafkaClients.producerConfig(settings);

        assertThat(producer)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")
                .doesNotContainKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG);
    }
}
