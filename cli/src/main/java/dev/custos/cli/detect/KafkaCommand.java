package dev.custos.cli.detect;

import dev.custos.cli.input.BadInputException;
import dev.custos.cli.intel.PipelineOptions;
import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.detect.kafka.KafkaEventSource;
import dev.custos.detect.kafka.KafkaSourceException;
import dev.custos.detect.kafka.KafkaSourceSettings;
import dev.custos.detect.kafka.MissingTopicException;
import dev.custos.detect.kafka.SourceProgress;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.InvalidStateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos detect kafka}: the detection pipeline fed by a Kafka topic, checkpointed with its offsets. */
@Command(
        name = "kafka",
        mixinStandardHelpOptions = true,
        description = {
            "Consumes ECS events (one JSON object per record value, UTF-8) from every partition of a Kafka topic,"
                    + " runs the detection and signing-gate pipeline and prints one line per alert and per signing"
                    + " decision.",
            "The engine state and the consumed offsets are saved together, atomically, to the --state file; offsets"
                    + " are committed to the group only after that. A restart resumes exactly where the state ends."
                    + " SIGINT or SIGTERM stops after a final checkpoint. Malformed records are reported on stderr"
                    + " and skipped. See docs/DETECTION-KAFKA.md."
        })
public final class KafkaCommand implements Callable<Integer> {
    private static final String NAME = "custos detect kafka";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka brokers to connect to. Required, here or in --config.")
    private String bootstrapServers;

    @Option(
            names = "--topic",
            paramLabel = "T",
            description = "Topic holding the events. Required, here or in --config.")
    private String topic;

    @Option(
            names = "--group-id",
            paramLabel = "G",
            description = "Consumer group the offsets are committed to (for lag monitoring). Required, here or in"
                    + " --config.")
    private String groupId;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description = "Checkpoint file: engine state plus offsets. Restored at start if it exists; a state"
                    + " file written by 'custos replay --state' is accepted to start warmed up. Required, here or in"
                    + " --config.")
    private Path stateFile;

    @Option(
            names = "--checkpoint-every",
            paramLabel = "N",
            description = "Checkpoint after N records (default: 10000).")
    private Long checkpointEvery;

    @Option(
            names = "--checkpoint-seconds",
            paramLabel = "S",
            description = "Checkpoint at least every S seconds while records arrive (default: 30).")
    private Long checkpointSeconds;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Append the lines to FILE (forced to disk before each checkpoint) instead of stdout.")
    private Path outputFile;

    @Option(
            names = "--json",
            description = "One JSON object per line: {\"type\":\"alert\",...} or {\"type\":\"decision\",...}.")
    private boolean json;

    @Mixin
    private PipelineOptions pipelineOptions;

    @Option(
            names = "--dead-letter-topic",
            paramLabel = "T",
            description = "Also copy malformed records to this topic, with headers naming the source and reason.")
    private String deadLetterTopic;

    @Option(
            names = "--consumer-property",
            paramLabel = "KEY=VALUE",
            description = "Extra Kafka client setting (security, timeouts, auto.offset.reset...). Repeatable.")
    private Map<String, String> consumerProperties = new LinkedHashMap<>();

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Settings file (Java properties) with the keys of docs/DETECTION-KAFKA.md and"
                    + " docs/LOGGING.md; options given here override it.")
    private Path configFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        KafkaSourceSettings settings = settings(SettingsFile.load(configFile, KafkaSourceSettings.KEYS));
        DetectionPipeline pipeline = pipelineOptions.pipeline();
        try (OutputListener listener =
                OutputListener.open(outputFile, spec.commandLine().getOut(), json)) {
            KafkaEventSource source = open(settings, pipeline, listener);
            Thread hook = new Thread(() -> stopAndWait(source), "custos-kafka-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            SourceProgress progress;
            try {
                progress = source.run();
            } catch (MissingTopicException e) {
                throw new BadInputException(e.getMessage(), e);
            } catch (TimeoutException e) {
                throw new KafkaSourceException(
                        "no answer from Kafka at " + settings.bootstrapServers() + " about topic " + settings.topic()
                                + " within the client's timeout (default.api.timeout.ms, 60 s unless set with"
                                + " --consumer-property): is the broker running and reachable?",
                        e);
            } finally {
                removeHook(hook);
            }
            err.printf(
                    "%s: %d records, %d malformed skipped, %d alerts, %d signing decisions, %d checkpoints%n",
                    NAME,
                    progress.records(),
                    progress.malformed(),
                    progress.alerts(),
                    progress.decisions(),
                    progress.checkpoints());
            err.flush();
        }
        return 0;
    }

    /** The options on top of the settings file, checked with messages that name the options. */
    private KafkaSourceSettings settings(SettingValues file) {
        if (checkpointSeconds != null && checkpointSeconds < 1) {
            throw new BadInputException("--checkpoint-seconds must be at least 1: " + checkpointSeconds);
        }
        if (checkpointEvery != null && checkpointEvery < 1) {
            throw new BadInputException("--checkpoint-every must be at least 1: " + checkpointEvery);
        }
        SettingValues values = file;
        values = given(values, KafkaSourceSettings.BOOTSTRAP_SERVERS, bootstrapServers);
        values = given(values, KafkaSourceSettings.TOPIC, topic);
        values = given(values, KafkaSourceSettings.GROUP_ID, groupId);
        values = given(values, KafkaSourceSettings.STATE_FILE, stateFile == null ? null : stateFile.toString());
        values = given(values, KafkaSourceSettings.CHECKPOINT_EVERY_RECORDS, checkpointEvery);
        values = given(
                values,
                KafkaSourceSettings.CHECKPOINT_INTERVAL,
                checkpointSeconds == null ? null : checkpointSeconds + "s");
        values = given(values, KafkaSourceSettings.DEAD_LETTER_TOPIC, deadLetterTopic);
        requireGiven(values);
        SettingValues given = values;
        Path state = SettingsFile.read(() -> given.get(KafkaSourceSettings.STATE_FILE));
        if (Files.isDirectory(state)) {
            throw new BadInputException("--state is a folder, not a file: " + state);
        }
        return SettingsFile.read(() -> KafkaSourceSettings.from(given, consumerProperties));
    }

    private static SettingValues given(SettingValues values, Setting<?> setting, Object option) {
        return option == null ? values : values.with(setting, option.toString());
    }

    /** The four required settings, from the options or the file; names every one that is missing. */
    private static void requireGiven(SettingValues values) {
        List<String> missing = new ArrayList<>();
        Map<String, Setting<?>> required = new LinkedHashMap<>();
        required.put("'--bootstrap-servers=HOST:PORT[,HOST:PORT...]'", KafkaSourceSettings.BOOTSTRAP_SERVERS);
        required.put("'--topic=T'", KafkaSourceSettings.TOPIC);
        required.put("'--group-id=G'", KafkaSourceSettings.GROUP_ID);
        required.put("'--state=FILE'", KafkaSourceSettings.STATE_FILE);
        required.forEach((option, setting) -> {
            if (!values.keys().contains(setting.key())) {
                missing.add(option + " (or " + setting.key() + " in --config)");
            }
        });
        if (!missing.isEmpty()) {
            throw new BadInputException("Missing required options: " + String.join(", ", missing));
        }
    }

    private static KafkaEventSource open(
            KafkaSourceSettings settings, DetectionPipeline pipeline, OutputListener listener) {
        try {
            return KafkaEventSource.open(settings, pipeline, listener);
        } catch (InvalidStateException e) {
            throw new BadInputException(
                    "state file " + settings.checkpointFile() + " is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(
                    "cannot read state file " + settings.checkpointFile() + ": " + e.getMessage(), e);
        } catch (KafkaException e) {
            throw new BadInputException("cannot create the Kafka client: " + rootMessage(e), e);
        }
    }

    private static void stopAndWait(KafkaEventSource source) {
        source.stop();
        try {
            source.awaitTermination(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running and waits for the final checkpoint.
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) { // getCause() is null, never the throwable itself, where there is no cause
            root = root.getCause();
        }
        return root.getMessage() == null ? error.getMessage() : root.getMessage();
    }
}
