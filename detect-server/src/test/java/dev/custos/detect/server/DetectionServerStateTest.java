package dev.custos.detect.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.testing.CapturedLogs;
import dev.custos.detect.server.testing.TestServer;
import dev.custos.detect.state.InvalidStateException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionServerStateTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void restart_keepsBaselines_soTheDecisionMatchesAnUninterruptedServer() throws IOException {
        List<String> lines = TestServer.bybitLines();
        String history = String.join("\n", lines.subList(0, 282));
        String drain = lines.get(283);
        Path state = folder.resolve("state.json");

        JsonNode uninterrupted;
        try (TestServer server = TestServer.start()) {
            server.post("/v1/events", "application/x-ndjson", history);
            uninterrupted = risk(server, drain);
        }
        try (TestServer first = TestServer.start(s -> s.withStateFile(state, Duration.ofHours(1)), List.of())) {
            assertThat(first.server().restored()).isFalse();
            first.post("/v1/events", "application/x-ndjson", history);
        }
        assertThat(state).exists();
        JsonNode restarted;
        try (TestServer second = TestServer.start(s -> s.withStateFile(state, Duration.ofHours(1)), List.of())) {
            assertThat(second.server().restored()).isTrue();
            restarted = risk(second, drain);
        }
        JsonNode cold;
        try (TestServer fresh = TestServer.start()) {
            cold = risk(fresh, drain);
        }

        assertThat(restarted).isEqualTo(uninterrupted);
        assertThat(cold.get("reasons")).isNotEqualTo(uninterrupted.get("reasons"));
    }

    @Test
    void periodicCheckpoint_writesTheStateWhileRunning() throws Exception {
        Path state = folder.resolve("periodic.json");
        try (TestServer server = TestServer.start(s -> s.withStateFile(state, Duration.ofMillis(50)), List.of())) {
            server.post(
                    "/v1/events",
                    "application/x-ndjson",
                    TestServer.bybitLines().get(0));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            // the counter goes up just after the file is in place: wait for both, or a busy machine sees the gap
            while ((!Files.exists(state)
                            || server.metrics().prometheusText().contains("custos_detect_checkpoints_total 0\n"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(state).exists();
            assertThat(MAPPER.readTree(state.toFile()).get("format").asText()).isEqualTo("custos.detect.state");
            assertThat(server.metrics().prometheusText()).doesNotContain("custos_detect_checkpoints_total 0\n");
        }
    }

    @Test
    void start_withCorruptStateFile_refusesNamingTheFile() throws IOException {
        Path state = folder.resolve("corrupt.json");
        Files.writeString(state, "{\"format\":\"something else\"}");
        ServerSettings settings = ServerSettings.insecure(new InetSocketAddress("127.0.0.1", 0))
                .withStateFile(state, Duration.ofMinutes(5));

        assertThatThrownBy(() -> DetectionServer.start(
                                settings, TestServer.pipeline(), List.of(), new ServerMetrics(), Clock.systemUTC())
                        .close())
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining(state.getFileName().toString());
    }

    @Test
    void close_logsOneLineSayingWhatWasDone() throws IOException {
        Path state = folder.resolve("stop.json");
        try (CapturedLogs logs = new CapturedLogs()) {
            try (TestServer server = TestServer.start(s -> s.withStateFile(state, Duration.ofHours(1)), List.of())) {
                server.post(
                        "/v1/events",
                        "application/x-ndjson",
                        TestServer.bybitLines().get(0));
            }
            assertThat(logs.lines())
                    .anySatisfy(line -> assertThat(line.get("message").asText())
                            .isEqualTo("stopped: 1 events processed, final checkpoint written, sinks closed ()"));
        }
    }

    private static JsonNode risk(TestServer server, String line) throws IOException {
        HttpResponse<String> response = server.post("/v1/risk", "application/json", line);
        assertThat(response.statusCode()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }
}
