package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.logging.JsonLogs;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records and partitions against a real broker: malformed records and the dead-letter topic, several and added
 * partitions, timed checkpoints, stopping an idle source, a missing topic.
 */
@ExtendWith(SharedBroker.class)
class KafkaSourceRecordsTest {
    private static KafkaBroker broker;
    private static List<String> scenario;

    @TempDir
    private Path folder;

    @BeforeAll
    static void setUp(KafkaBroker shared) {
        broker = shared;
        scenario = Scenario.lines();
    }

    @Test
    void malformedRecords_reportedSkippedAndDeadLettered() throws Exception {
        String topic = broker.newTopic(1);
        String deadLetter = topic + "-dead";
        broker.createTopic(deadLetter, 1);
        List<byte[]> values = new ArrayList<>();
        values.add(scenario.get(0).getBytes(StandardCharsets.UTF_8));
        values.add("not json".getBytes(StandardCharsets.UTF_8));
        values.add(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        values.add(null);
        values.add("   ".getBytes(StandardCharsets.UTF_8));
        values.add("{\"event\":{\"category\":\"authentication\"}}".getBytes(StandardCharsets.UTF_8));
        values.add(scenario.get(1).getBytes(StandardCharsets.UTF_8));
        broker.produce(topic, 0, values);
        KafkaSourceSettings settings =
                broker.settings(topic, "malformed", folder).withDeadLetterTopic(deadLetter);

        SourceProgress progress;
        List<MalformedRecord> malformed;
        StringWriter logs = new StringWriter();
        JsonLogs.Redirection redirection = JsonLogs.writeTo(logs);
        try (SourceRun run = SourceRun.start(settings, Scenario.pipeline())) {
            run.awaitRecords(values.size());
            progress = run.stop();
            malformed = List.copyOf(run.malformed);
        } finally {
            redirection.close();
        }

        assertThat(progress.events()).isEqualTo(2);
        assertThat(progress.malformed()).isEqualTo(5);
        assertThat(malformed).extracting(MalformedRecord::offset).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(malformed).allSatisfy(record -> {
            assertThat(record.topic()).isEqualTo(topic);
            assertThat(record.partition()).isZero();
        });
        assertThat(malformed)
                .extracting(MalformedRecord::reason)
                .satisfiesExactly(
                        reason -> assertThat(reason).startsWith("invalid JSON"),
                        reason -> assertThat(reason).isEqualTo("value is not valid UTF-8"),
                        reason -> assertThat(reason).isEqualTo("no value (tombstone)"),
                        reason -> assertThat(reason).isEqualTo("blank value"),
                        reason -> assertThat(reason).isEqualTo("missing @timestamp"));

        List<ConsumerRecord<byte[], byte[]>> letters = broker.readAll(deadLetter, 5);
        assertThat(letters)
                .extracting(ConsumerRecord::value)
                .containsExactly(values.get(1), values.get(2), values.get(3), values.get(4), values.get(5));
        ConsumerRecord<byte[], byte[]> first = letters.getFirst();
        assertThat(header(first, DeadLetterWriter.HEADER_TOPIC)).isEqualTo(topic);
        assertThat(header(first, DeadLetterWriter.HEADER_PARTITION)).isEqualTo("0");
        assertThat(header(first, DeadLetterWriter.HEADER_OFFSET)).isEqualTo("1");
        assertThat(header(first, DeadLetterWriter.HEADER_ERROR)).startsWith("invalid JSON");
        List<JsonNode> skipped = new ArrayList<>();
        for (String line : logs.toString().split("\\R")) {
            JsonNode json = new ObjectMapper().readTree(line);
            if (json.get("logger").asText().equals(KafkaEventSource.class.getName())) {
                skipped.add(json);
            }
        }
        assertThat(skipped).hasSize(5).allSatisfy(line -> {
            assertThat(line.get("level").asText()).isEqualTo("WARN");
            assertThat(line.get("context").get("topic").asText()).isEqualTo(topic);
            assertThat(line.get("context").get("partition").asText()).isEqualTo("0");
        });
        assertThat(skipped.getFirst().get("message").asText()).startsWith("skipped " + topic + "-0@1: invalid JSON");
        assertThat(skipped.getFirst().get("context").get("offset").asText()).isEqualTo("1");
    }

    @Test
    void run_severalPartitions_readsEveryPartition() throws Exception {
        String topic = broker.newTopic(3);
        List<byte[]> values = Scenario.values(scenario.subList(0, 30));
        for (int partition = 0; partition < 3; partition++) {
            broker.produce(topic, partition, values.subList(partition * 10, partition * 10 + 10));
        }
        KafkaSourceSettings settings = broker.settings(topic, "partitions", folder);

        try (SourceRun run = SourceRun.start(settings, Scenario.pipeline())) {
            run.awaitRecords(30);
            run.stop();
        }

        assertThat(new CheckpointFile(settings.checkpointFile())
                        .read(topic)
                        .orElseThrow()
                        .nextOffsets())
                .containsExactly(Map.entry(0, 10L), Map.entry(1, 10L), Map.entry(2, 10L));
    }

    @Test
    void run_partitionAddedLater_isReadFromItsStart_andTimedCheckpointsHappen() throws Exception {
        String topic = broker.newTopic(1);
        List<byte[]> values = Scenario.values(scenario.subList(0, 20));
        broker.produce(topic, 0, values.subList(0, 10));
        KafkaSourceSettings settings = broker.settings(topic, "added-partition", folder)
                .withCheckpointEvery(1_000_000, Duration.ofMillis(200))
                .withClientProperties(Map.of(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "300"));

        try (SourceRun run = SourceRun.start(settings, Scenario.pipeline())) {
            run.awaitRecords(10);
            broker.admin()
                    .createPartitions(Map.of(topic, NewPartitions.increaseTo(2)))
                    .all()
                    .get();
            broker.produce(topic, 1, values.subList(10, 20));
            run.awaitRecords(20);
            awaitCheckpointWith(run, Map.of(0, 10L, 1, 10L));
            run.stop();
        }

        assertThat(new CheckpointFile(settings.checkpointFile())
                        .read(topic)
                        .orElseThrow()
                        .nextOffsets())
                .containsExactly(Map.entry(0, 10L), Map.entry(1, 10L));
    }

    private static void awaitCheckpointWith(SourceRun run, Map<Integer, Long> offsets) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!hasCheckpointWith(run, offsets)) {
            assertThat(System.nanoTime())
                    .as("a timed checkpoint with " + offsets)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Reads the checkpoints under the list's lock: the source thread adds to it meanwhile. */
    private static boolean hasCheckpointWith(SourceRun run, Map<Integer, Long> offsets) {
        synchronized (run.checkpoints) {
            return run.checkpoints.stream()
                    .anyMatch(checkpoint -> checkpoint.nextOffsets().equals(offsets));
        }
    }

    @Test
    void stop_onIdleTopic_returnsPromptlyWithoutCheckpoint() throws Exception {
        String topic = broker.newTopic(1);
        KafkaSourceSettings settings = broker.settings(topic, "idle", folder);

        long start = System.nanoTime();
        try (SourceRun run = SourceRun.start(settings, Scenario.pipeline())) {
            Thread.sleep(300);
            SourceProgress progress = run.stop();
            assertThat(progress).isEqualTo(SourceProgress.ZERO);
            assertThat(run.warnings).isEmpty();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(settings.checkpointFile()).doesNotExist();
    }

    @Test
    void run_missingTopic_throws() throws Exception {
        KafkaSourceSettings settings = broker.settings("no-such-topic", "missing", folder)
                .withClientProperties(Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000"));

        try (KafkaEventSource source =
                KafkaEventSource.open(settings, Scenario.pipeline(), SourceListener.of(output -> {}, record -> {}))) {
            assertThatThrownBy(source::run)
                    .isInstanceOf(MissingTopicException.class)
                    .hasMessageContaining("does not exist");
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
