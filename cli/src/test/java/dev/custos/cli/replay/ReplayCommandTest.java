package dev.custos.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ALERT_FIELDS =
            Set.of("type", "@timestamp", "id", "severity", "score", "entity", "detectors", "summary", "evidence");
    private static final Set<String> DECISION_FIELDS =
            Set.of("type", "@timestamp", "request_id", "decision", "risk", "reasons");

    @TempDir
    Path folder;

    @Test
    void json_followsTheOutputContract_andDeniesTheDrain() throws IOException {
        CliRun run = CliRun.of("replay", scenario().toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        List<JsonNode> lines = jsonLines(run.out());
        assertThat(lines).isNotEmpty();
        int decisions = 0;
        for (JsonNode line : lines) {
            String type = line.get("type").asText();
            if (type.equals("alert")) {
                assertThat(fieldNames(line)).containsAll(ALERT_FIELDS);
                assertThat(line.get("severity").asText()).isIn("low", "medium", "high", "critical");
                assertThat(line.get("score").asInt()).isBetween(0, 100);
                assertThat(fieldNames(line.get("entity"))).containsExactlyInAnyOrder("type", "id");
                assertThat(line.get("detectors").isArray()).isTrue();
                assertThat(line.get("evidence").isArray()).isTrue();
            } else {
                assertThat(type).isEqualTo("decision");
                assertThat(fieldNames(line)).containsExactlyInAnyOrderElementsOf(DECISION_FIELDS);
                assertThat(line.get("decision").asText()).isIn("allow", "escalate", "deny");
                assertThat(line.get("risk").asInt()).isBetween(0, 100);
                assertThat(line.get("reasons").size()).isPositive();
                decisions++;
            }
        }
        long signingRequests = Files.readAllLines(scenario()).stream()
                .filter(line -> line.contains("signing.request"))
                .count();
        assertThat(decisions).isEqualTo(signingRequests);
        JsonNode drain = lines.stream()
                .filter(line -> line.path("request_id").asText().equals("req-drain-cold"))
                .findFirst()
                .orElseThrow();
        assertThat(drain.get("decision").asText()).isEqualTo("deny");
        assertThat(drain.get("@timestamp").asText()).isEqualTo("2025-02-21T04:30:00Z");
        assertThat(lines.stream().filter(line -> line.get("type").asText().equals("alert")))
                .anySatisfy(alert ->
                        assertThat(alert.get("entity").get("id").asText()).isEqualTo("alice"));
        assertThat(run.err()).contains("signing decisions");
    }

    @Test
    void json_sameInput_sameOutput() throws IOException {
        String first = CliRun.of("replay", scenario().toString(), "--json").out();
        String second = CliRun.of("replay", scenario().toString(), "--json").out();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void text_printsOneReadableLinePerItem() throws IOException {
        CliRun json = CliRun.of("replay", scenario().toString(), "--json");
        CliRun text = CliRun.of("replay", scenario().toString());

        assertThat(text.exitCode()).isEqualTo(Main.EXIT_OK);
        List<String> lines = text.out().lines().toList();
        assertThat(lines).hasSameSizeAs(json.out().lines().toList());
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("DECISION DENY").contains("req-drain-cold"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("ALERT CRITICAL").contains("user alice"));
    }

    @Test
    void malformedLines_areReportedOnStderr_andSkipped() throws IOException {
        Path file = folder.resolve("mixed.ndjson");
        Files.writeString(
                file,
                "{\"@timestamp\":\"2025-02-21T04:30:00Z\",\"event\":{\"category\":\"api\",\"action\":"
                        + "\"signing.request\"},\"custos.request.id\":\"r1\",\"user.name\":\"bob\"}\n"
                        + "not json at all\n"
                        + "{\"event.category\":\"api\",\"event.action\":\"x\"}\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("replay", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.err()).contains("line 2: invalid JSON").contains("line 3: missing @timestamp");
        assertThat(jsonLines(run.out())).singleElement().satisfies(line -> {
            assertThat(line.get("request_id").asText()).isEqualTo("r1");
            assertThat(line.get("decision").asText()).isEqualTo("allow");
        });
    }

    @Test
    void sanctionedDestination_fromAnExtraIntelFile_isDenied() throws IOException {
        Path intel = folder.resolve("our_sanctions.txt");
        Files.writeString(intel, "0x00000000000000000000000000000000000b0b01\n", StandardCharsets.UTF_8);
        Path events = folder.resolve("one.ndjson");
        Files.writeString(
                events,
                "{\"@timestamp\":\"2025-02-21T04:30:00Z\",\"event.category\":\"api\",\"event.action\":"
                        + "\"signing.request\",\"custos.request.id\":\"r9\",\"user.name\":\"bob\","
                        + "\"custos.wallet.id\":\"hot-1\",\"custos.tx.to\":"
                        + "\"0x00000000000000000000000000000000000B0B01\",\"custos.tx.amount_usd\":10}\n",
                StandardCharsets.UTF_8);

        CliRun without = CliRun.of("replay", events.toString(), "--json", "--no-default-intel");
        CliRun with =
                CliRun.of("replay", events.toString(), "--json", "--no-default-intel", "--intel", intel.toString());

        assertThat(jsonLines(without.out()))
                .singleElement()
                .satisfies(line -> assertThat(line.get("decision").asText()).isEqualTo("allow"));
        List<JsonNode> lines = jsonLines(with.out());
        assertThat(lines).extracting(line -> line.get("type").asText()).containsExactly("alert", "decision");
        assertThat(lines.getFirst().get("detectors").toString()).contains("sanctioned_destination");
        JsonNode denied = lines.get(1);
        assertThat(denied.get("decision").asText()).isEqualTo("deny");
        assertThat(denied.get("reasons").toString()).contains("sanctioned_destination");
    }

    @Test
    void state_carriesBaselinesOverToTheNextRun() throws IOException {
        List<String> all = Files.readAllLines(scenario());
        int cut = all.size() - 6;
        Path history = folder.resolve("history.ndjson");
        Path attack = folder.resolve("attack.ndjson");
        Files.write(history, all.subList(0, cut));
        Files.write(attack, all.subList(cut, all.size()));
        Path state = folder.resolve("state.json");

        CliRun first = CliRun.of("replay", history.toString(), "--json", "--state", state.toString());
        CliRun second = CliRun.of("replay", attack.toString(), "--json", "--state", state.toString());
        CliRun cold = CliRun.of("replay", attack.toString(), "--json");

        assertThat(first.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(second.exitCode()).isEqualTo(Main.EXIT_OK);
        String whole = CliRun.of("replay", scenario().toString(), "--json").out();
        assertThat(first.out() + second.out()).isEqualTo(whole);
        assertThat(cold.out()).isNotEqualTo(second.out());
    }

    @Test
    void corruptState_isBadInput() throws IOException {
        Path state = folder.resolve("state.json");
        Files.writeString(state, "{\"format\":\"other\"}", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("replay", scenario().toString(), "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("state file").contains("format");
    }

    @Test
    void feedback_suppressesAlertsFromItsTimestamp_andReportsBadLines() throws IOException {
        Path feedback = folder.resolve("feedback.jsonl");
        Files.writeString(
                feedback,
                String.join(
                        "\n",
                        "{\"type\":\"suppression\",\"@timestamp\":\"2025-01-01T00:00:00Z\",\"id\":\"sup-alice\","
                                + "\"expires\":\"2025-12-31T00:00:00Z\",\"by\":\"bob\",\"reason\":\"test\","
                                + "\"entity\":\"user:alice\"}",
                        "{\"type\":\"suppression\",\"@timestamp\":\"2025-01-01T00:00:00Z\"}",
                        "{\"type\":\"false_positive\",\"@timestamp\":\"2025-01-02T00:00:00Z\",\"alert_id\":\"alert-x\","
                                + "\"by\":\"bob\",\"reason\":\"test\"}",
                        ""),
                StandardCharsets.UTF_8);

        CliRun plain = CliRun.of("replay", scenario().toString(), "--json");
        CliRun run = CliRun.of("replay", scenario().toString(), "--json", "--feedback", feedback.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.err())
                .contains("skipped feedback line 2: a scope needs a detector or an entity")
                .contains("skipped feedback line 3: unknown alert id alert-x");
        List<JsonNode> aliceAlerts = jsonLines(run.out()).stream()
                .filter(line -> line.get("type").asText().equals("alert"))
                .filter(line -> line.get("entity").get("id").asText().equals("alice"))
                .toList();
        long plainAliceAlerts = jsonLines(plain.out()).stream()
                .filter(line -> line.get("type").asText().equals("alert"))
                .filter(line -> line.get("entity").get("id").asText().equals("alice"))
                .count();
        assertThat(aliceAlerts.size()).isLessThan((int) plainAliceAlerts);
        // Governance findings are never suppressed, and the drain is still denied at the gate.
        assertThat(aliceAlerts)
                .allSatisfy(
                        alert -> assertThat(alert.get("detectors").toString()).contains("governance_change"));
        assertThat(jsonLines(run.out()).stream()
                        .filter(line -> line.path("request_id").asText().equals("req-drain-cold"))
                        .findFirst()
                        .orElseThrow()
                        .get("decision")
                        .asText())
                .isEqualTo("deny");
    }

    @Test
    void missingFeedbackFile_isBadInput() throws IOException {
        CliRun run = CliRun.of(
                "replay",
                scenario().toString(),
                "--feedback",
                folder.resolve("nope.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("feedback file not found");
    }

    @Test
    void missingFile_isBadInput() {
        CliRun run = CliRun.of("replay", folder.resolve("nope.ndjson").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("file not found");
    }

    @Test
    void aFileInWhichNoLineParses_isBadInput_andSaysSo() throws IOException {
        Path events = folder.resolve("csv.ndjson");
        Files.writeString(events, "time,user,action\n2025-01-01,alice,login\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("replay", events.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("skipped line 1")
                .contains("0 events, 2 malformed lines skipped")
                .contains("no line of " + events + " is an event (2 malformed)");
    }

    @Test
    void anEmptyFile_isNotAnError() throws IOException {
        Path events = folder.resolve("empty.ndjson");
        Files.writeString(events, "\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("replay", events.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
    }

    @Test
    void missingIntelFile_isBadInput() throws IOException {
        Path events = folder.resolve("empty.ndjson");
        Files.writeString(events, "", StandardCharsets.UTF_8);

        CliRun run = CliRun.of(
                "replay",
                events.toString(),
                "--intel",
                folder.resolve("none.txt").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("intel file not found");
    }

    @Test
    void help_describesTheCommand() {
        CliRun run = CliRun.of("replay", "--help");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("--json").contains("--intel").contains("FILE.ndjson");
    }

    private Path scenario() throws IOException {
        Path file = folder.resolve("bybit-like.ndjson");
        if (!Files.exists(file)) {
            try (InputStream stream = ReplayCommandTest.class.getResourceAsStream("/replay/bybit-like.ndjson")) {
                Files.copy(stream, file);
            }
        }
        return file;
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
