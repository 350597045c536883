package dev.custos.detect.server.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.testing.Receiver;
import dev.custos.detect.server.testing.TestAlerts;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackSinkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void payload_hasFallbackTextAndBlocksWithSeverityEntityScoreSummary() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            SlackSink sink = new SlackSink(
                    receiver.uri(),
                    SlackSink.DEFAULT_MIN_SEVERITY,
                    HttpClient.newHttpClient(),
                    RetryPolicy.DEFAULT,
                    new ServerMetrics(),
                    Optional.empty());

            sink.deliver(TestAlerts.alert("alert-9", "critical"));

            JsonNode payload =
                    MAPPER.readTree(receiver.next(Duration.ofSeconds(5)).body());
            assertThat(payload.get("text").asText())
                    .contains("CRITICAL")
                    .contains("user alice")
                    .contains("87");
            JsonNode blocks = payload.get("blocks");
            assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
            assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
            List<String> fields = new ArrayList<>();
            blocks.get(1)
                    .get("fields")
                    .forEach(field -> fields.add(field.get("text").asText()));
            assertThat(fields).contains("*Severity*\ncritical", "*Entity*\nuser alice", "*Score*\n87 / 100");
            assertThat(blocks.get(2).get("text").get("type").asText()).isEqualTo("mrkdwn");
            assertThat(blocks.get(2).get("text").get("text").asText())
                    .isEqualTo("alice &lt;ops&gt; moved 96% &amp; more of cold-1");
            assertThat(blocks.get(3).get("type").asText()).isEqualTo("context");
        }
    }

    @Test
    void accepts_onlyFromTheMinimumSeverity() {
        SlackSink sink = new SlackSink(
                java.net.URI.create("https://hooks.example.com/services/T/B/X"),
                Severity.HIGH,
                HttpClient.newHttpClient(),
                RetryPolicy.DEFAULT,
                new ServerMetrics(),
                Optional.empty());

        assertThat(sink.accepts(TestAlerts.alert("a", "medium"))).isFalse();
        assertThat(sink.accepts(TestAlerts.alert("b", "high"))).isTrue();
        assertThat(sink.accepts(TestAlerts.alert("c", "critical"))).isTrue();
    }
}
