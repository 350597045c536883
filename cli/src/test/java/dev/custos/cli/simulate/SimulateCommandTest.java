package dev.custos.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void simulate_withScenario_writesEventsAndTruth() throws Exception {
        Path events = folder.resolve("events.ndjson");
        Path truth = folder.resolve("truth.ndjson");
        CliRun run = CliRun.of(
                "simulate",
                "--people",
                "20",
                "--days",
                "7",
                "--scenario",
                "bybit",
                "--out",
                events.toString(),
                "--truth",
                truth.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(events);
        assertThat(lines).hasSizeGreaterThan(500);
        JsonNode scenario = MAPPER.readTree(Files.readString(truth));
        assertThat(scenario.get("scenario").asText()).isEqualTo("bybit");
        String theft = scenario.get("theft_requests").get(0).asText();
        assertThat(lines).anyMatch(line -> line.contains(theft));
    }

    @Test
    void simulate_unknownScenario_exitsTwo() {
        CliRun run = CliRun.of("simulate", "--people", "20", "--days", "7", "--scenario", "nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown scenario 'nope'");
    }

    @Test
    void simulate_otherShape_changesTheOrganisation_andAnUnknownShapeExitsTwo() throws Exception {
        Path standard = folder.resolve("standard.ndjson");
        Path apac = folder.resolve("apac.ndjson");
        assertThat(CliRun.of("simulate", "--people", "20", "--days", "7", "--out", standard.toString())
                        .exitCode())
                .isZero();
        assertThat(CliRun.of(
                                "simulate",
                                "--people",
                                "20",
                                "--days",
                                "7",
                                "--shape",
                                "apac-exchange",
                                "--out",
                                apac.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(apac)).contains("hot-sol");
        assertThat(Files.readString(standard)).doesNotContain("hot-sol");

        CliRun unknown = CliRun.of("simulate", "--people", "20", "--days", "7", "--shape", "bank");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no organisation shape bank");
    }

    @Test
    void simulate_tooFewPeople_exitsTwo() {
        CliRun run = CliRun.of("simulate", "--people", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("people");
    }

    @Test
    void evaluate_json_reportsTheScenario() throws Exception {
        Path chart = folder.resolve("chart.svg");
        CliRun run = CliRun.of(
                "evaluate",
                "--people",
                "20",
                "--days",
                "7",
                "--scenario",
                "hot-wallet-drain",
                "--json",
                "--chart",
                chart.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.get("type").asText()).isEqualTo("evaluation");
        assertThat(report.get("scenarios").get(0).get("scenario").asText()).isEqualTo("hot-wallet-drain");
        assertThat(report.get("benign").get("signing_requests").asLong()).isPositive();
        assertThat(Files.readString(chart)).startsWith("<svg");
    }
}
