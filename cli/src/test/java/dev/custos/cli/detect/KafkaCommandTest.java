package dev.custos.cli.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option handling of {@code custos detect kafka}; the broker tests live in the detect-kafka module. */
class KafkaCommandTest {
    @TempDir
    Path folder;

    @Test
    void help_describesTheSemantics() {
        CliRun run = CliRun.of("detect", "kafka", "--help");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("--bootstrap-servers", "--state", "--dead-letter-topic", "SIGTERM");
    }

    @Test
    void missingRequiredOption_exits2() {
        CliRun run = CliRun.of("detect", "kafka", "--bootstrap-servers", "127.0.0.1:1", "--topic", "events");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--group-id", "--state");
    }

    @Test
    void badValues_exit2WithTheCulprit() {
        assertThat(runWith("--topic", "bad topic")).contains("not a valid topic name");
        assertThat(runWith("--checkpoint-every", "0")).contains("--checkpoint-every must be at least 1");
        assertThat(runWith("--checkpoint-seconds", "0")).contains("--checkpoint-seconds must be at least 1");
        assertThat(runWith("--consumer-property", "enable.auto.commit=true")).contains("enable.auto.commit");
        assertThat(runWith("--dead-letter-topic", "events")).contains("must differ from topic events");
        assertThat(runWith("--intel", folder.resolve("missing.csv").toString())).contains("intel file not found");
    }

    @Test
    void invalidStateFile_exits2BeforeConnecting() throws Exception {
        Path state = folder.resolve("state.json");
        Files.writeString(
                state,
                "{\"format\":\"custos.detect.kafka.checkpoint\",\"version\":1,\"topic\":\"other\"}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of(arguments(state, List.of()));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("state file", "belongs to topic other, not events");
    }

    @Test
    void unreachableBroker_exits1WithAClearMessage() {
        CliRun run = CliRun.of(
                arguments(folder.resolve("state.json"), List.of("--consumer-property", "default.api.timeout.ms=1000")));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains("no answer from Kafka at 127.0.0.1:1 about topic events");
        assertThat(folder.resolve("state.json")).doesNotExist();
    }

    @Test
    void configFile_givesTheRequiredSettings_andMissingOnesAreNamedBothWays() throws Exception {
        Path config = folder.resolve("kafka.properties");
        Files.writeString(
                config,
                "detect.kafka.bootstrap-servers = 127.0.0.1:1\ndetect.kafka.topic = events\n"
                        + "detect.kafka.group-id = detect\ndetect.kafka.state-file = "
                        + folder.resolve("state.json").toString().replace("\\", "/") + "\n",
                StandardCharsets.UTF_8);

        CliRun fromFile = CliRun.of(
                "detect",
                "kafka",
                "--config",
                config.toString(),
                "--no-default-intel",
                "--consumer-property",
                "default.api.timeout.ms=1000");
        CliRun missing = CliRun.of("detect", "kafka", "--bootstrap-servers", "127.0.0.1:1", "--topic", "events");

        assertThat(fromFile.exitCode()).as(fromFile.err()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(fromFile.err()).contains("no answer from Kafka at 127.0.0.1:1 about topic events");
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err())
                .contains("'--group-id=G' (or detect.kafka.group-id in --config)")
                .contains("'--state=FILE' (or detect.kafka.state-file in --config)")
                .doesNotContain("--topic=T");
    }

    private String runWith(String... extra) {
        CliRun run = CliRun.of(arguments(folder.resolve("state.json"), List.of(extra)));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        return run.err();
    }

    private static String[] arguments(Path state, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "detect",
                "kafka",
                "--bootstrap-servers",
                "127.0.0.1:1",
                "--topic",
                "events",
                "--group-id",
                "detect",
                "--state",
                state.toString(),
                "--no-default-intel"));
        for (int i = 0; i < extra.size(); i++) {
            if (extra.get(i).equals("--topic")) {
                arguments.set(arguments.indexOf("--topic") + 1, extra.get(++i));
            } else {
                arguments.add(extra.get(i));
            }
        }
        return arguments.toArray(String[]::new);
    }
}
