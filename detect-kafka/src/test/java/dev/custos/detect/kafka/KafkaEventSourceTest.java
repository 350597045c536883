package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.StateJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery semantics of the Kafka source against a real single-node KRaft broker in this JVM: same results as a
 * replay, checkpoints that hold state and offsets together, restart and crash recovery.
 */
@ExtendWith(SharedBroker.class)
class KafkaEventSourceTest {
    private static KafkaBroker broker;
    private static List<String> scenario;
    private static List<String> replayed;

    @TempDir
    private Path folder;

    @BeforeAll
    static void setUp(KafkaBroker shared) {
        broker = shared;
        scenario = Scenario.lines();
        replayed = Scenario.replayOutputs(scenario);
    }

    @Test
    void run_scenario_sameAlertsAndDecisionsAsReplay() throws Exception {
        String topic = broker.newTopic(1);
        broker.produce(topic, 0, Scenario.values(scenario));

        SourceProgress progress;
        try (SourceRun run = SourceRun.start(broker.settings(topic, "same-as-replay", folder), Scenario.pipeline())) {
            run.awaitRecords(scenario.size());
            progress = run.stop();
            assertThat(run.outputs).containsExactlyElementsOf(replayed);
            assertThat(run.malformed).isEmpty();
        }

        assertThat(replayed).anyMatch(output -> output.contains("\"type\":\"alert\""));
        assertThat(replayed).anyMatch(output -> output.contains("\"decision\":\"deny\""));
        assertThat(progress.events()).isEqualTo(scenario.size());
        assertThat(progress.alerts() + progress.decisions()).isEqualTo(replayed.size());
        assertThat(progress.checkpoints()).isEqualTo(1);
    }

    @Test
    void stop_afterAllRecords_checkpointHoldsReplayStateAndOffsetsAndCommitsThem() throws Exception {
        String topic = broker.newTopic(1);
        broker.produce(topic, 0, Scenario.values(scenario));
        KafkaSourceSettings settings = broker.settings(topic, "final-checkpoint", folder);

        try (SourceRun run = SourceRun.start(settings, Scenario.pipeline())) {
            run.awaitRecords(scenario.size());
            run.stop();
        }

        SourceCheckpoint saved =
                new CheckpointFile(settings.checkpointFile()).read(topic).orElseThrow();
        assertThat(saved.nextOffsets()).containsExactly(Map.entry(0, (long) scenario.size()));
        assertThat(saved.pipeline()).isEqualTo(replayState(scenario));
        assertThat(broker.committed(settings.groupId(), topic, 0)).isEqualTo(scenario.size());
    }

    @Test
    void restart_fromCheckpoint_resumesAtSavedOffsetWithoutRelearningOrRepeating() throws Exception {
        String topic = broker.newTopic(1);
        int half = scenario.size() / 2;
        broker.produce(topic, 0, Scenario.values(scenario.subList(0, half)));
        KafkaSourceSettings settings = broker.settings(topic, "restart", folder);
        List<String> outputs = new ArrayList<>();

        try (SourceRun first = SourceRun.start(settings, Scenario.pipeline())) {
            first.awaitRecords(half);
            first.stop();
            outputs.addAll(first.outputs);
        }
        broker.produce(topic, 0, Scenario.values(scenario.subList(half, scenario.size())));
        try (SourceRun second = SourceRun.start(settings, Scenario.pipeline())) {
            second.awaitRecords(scenario.size() - half);
            SourceProgress progress = second.stop();
            assertThat(progress.records()).isEqualTo(scenario.size() - half);
            outputs.addAll(second.outputs);
        }

        assertThat(outputs).containsExactlyElementsOf(replayed);
        SourceCheckpoint saved =
                new CheckpointFile(settings.checkpointFile()).read(topic).orElseThrow();
        assertThat(saved.pipeline()).isEqualTo(replayState(scenario));
    }

    @Test
    void stop_inTheMiddleOfABatch_checkpointsUpToTheRecordInHand() throws Exception {
        String topic = broker.newTopic(1);
        broker.produce(topic, 0, Scenario.values(scenario));
        KafkaSourceSettings settings = broker.settings(topic, "stop-mid-batch", folder);
        String firstAlert = replayed.stream()
                .filter(output -> output.contains("\"type\":\"alert\""))
                .findFirst()
                .orElseThrow();
        List<String> outputs = new ArrayList<>();
        SourceProgress stopped;

        try (SourceRun first = SourceRun.startStoppingOn(settings, Scenario.pipeline(), firstAlert::equals)) {
            stopped = first.awaitEnd();
            outputs.addAll(first.outputs);
        }
        assertThat(stopped.records()).isBetween(1L, scenario.size() - 1L);
        assertThat(new CheckpointFile(settings.checkpointFile())
                        .read(topic)
                        .orElseThrow()
                        .nextOffsets())
                .containsExactly(Map.entry(0, stopped.records()));
        try (SourceRun second = SourceRun.start(settings, Scenario.pipeline())) {
            second.awaitRecords(scenario.size() - stopped.records());
            second.stop();
            outputs.addAll(second.outputs);
        }

        assertThat(outputs).containsExactlyElementsOf(replayed);
    }

    @Test
    void crash_betweenCheckpoints_reprocessesOnlyRecordsAfterTheCheckpoint() throws Exception {
        String topic = broker.newTopic(1);
        broker.produce(topic, 0, Scenario.values(scenario));
        KafkaSourceSettings settings =
                broker.settings(topic, "crash", folder).withCheckpointEvery(50, Duration.ofMinutes(5));
        // Crash on delivering the third alert; the event that raised it was already learned in memory.
        String crashOutput = replayed.stream()
                .filter(output -> output.contains("\"type\":\"alert\""))
                .skip(2)
                .findFirst()
                .orElseThrow();
        List<String> delivered;
        List<String> restartedOutputs;
        long checkpointedOffset;

        try (SourceRun crashing = SourceRun.start(settings, Scenario.pipeline(), crashOutput::equals)) {
            assertThat(crashing.awaitFailure()).hasMessageContaining("simulated crash");
            delivered = List.copyOf(crashing.outputs);
            assertThat(crashing.checkpoints).isNotEmpty();
            checkpointedOffset = crashing.checkpoints.getLast().nextOffsets().get(0);
        }
        assertThat(checkpointedOffset % 50).isZero();
        assertThat(new CheckpointFile(settings.checkpointFile())
                        .read(topic)
                        .orElseThrow()
                        .nextOffsets())
                .containsExactly(Map.entry(0, checkpointedOffset));
        assertThat(broker.committed(settings.groupId(), topic, 0)).isEqualTo(checkpointedOffset);

        try (SourceRun restarted = SourceRun.start(settings, Scenario.pipeline())) {
            restarted.awaitRecords(scenario.size() - checkpointedOffset);
            restarted.stop();
            restartedOutputs = List.copyOf(restarted.outputs);
        }

        // Outputs are online: the first records' outputs are a prefix of the whole run's outputs.
        int beforeCheckpoint = Scenario.replayOutputs(scenario.subList(0, (int) checkpointedOffset))
                .size();
        assertThat(delivered).isEqualTo(replayed.subList(0, delivered.size()));
        assertThat(replayed.get(delivered.size())).isEqualTo(crashOutput);
        assertThat(beforeCheckpoint).isLessThanOrEqualTo(delivered.size());
        // At least once: outputs after the checkpoint come again, with the same alert ids; nothing else repeats.
        assertThat(restartedOutputs).isEqualTo(replayed.subList(beforeCheckpoint, replayed.size()));
        SourceCheckpoint saved =
                new CheckpointFile(settings.checkpointFile()).read(topic).orElseThrow();
        assertThat(saved.pipeline()).isEqualTo(replayState(scenario));
        assertThat(saved.nextOffsets()).containsExactly(Map.entry(0, (long) scenario.size()));
    }

    /** The state of a pipeline that replayed the lines once, as it reads back from a file. */
    private static JsonNode replayState(List<String> lines) throws Exception {
        DetectionPipeline pipeline = Scenario.pipeline();
        Scenario.replay(lines, pipeline);
        return StateJson.MAPPER.readTree(StateJson.MAPPER.writeValueAsString(pipeline.checkpoint()));
    }
}
