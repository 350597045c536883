package dev.custos.detect.server.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.security.SharedSecret;
import dev.custos.detect.server.testing.Receiver;
import dev.custos.detect.server.testing.TestAlerts;
import dev.custos.detect.server.testing.TestServer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookSinkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SECRET = "webhook-secret-0123456789";
    private static final RetryPolicy FAST =
            new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5));

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void deliver_signsTheAlert_andTheReceiverVerifiesIt() throws Exception {
        ServerMetrics metrics = new ServerMetrics();
        try (Receiver receiver = Receiver.answering(204);
                WebhookSink sink = sink(receiver, metrics, Optional.empty())) {
            sink.deliver(TestAlerts.alert("alert-1", "high"));

            Receiver.Received request = receiver.next(Duration.ofSeconds(5));
            String signature = request.headers().getFirst(WebhookSignature.SIGNATURE_HEADER);
            assertThatCode(() ->
                            WebhookSignature.verify(SharedSecret.of(SECRET), signature, request.body(), Instant.now()))
                    .doesNotThrowAnyException();
            assertThat(UUID.fromString(request.headers().getFirst(WebhookSignature.DELIVERY_HEADER)))
                    .isNotNull();
            JsonNode alert = MAPPER.readTree(request.body());
            assertThat(alert.get("type").asText()).isEqualTo("alert");
            assertThat(alert.get("id").asText()).isEqualTo("alert-1");
            assertThat(metrics.deliveries("webhook")).isEqualTo(1);
        }
    }

    @Test
    void deliver_receiverFailing_retriesThenWritesTheDeadLetter() throws Exception {
        ServerMetrics metrics = new ServerMetrics();
        Path deadLetters = folder.resolve("dead.ndjson");
        try (Receiver receiver = Receiver.answering(500);
                WebhookSink sink =
                        sink(receiver, metrics, Optional.of(new DeadLetterFile(deadLetters, Clock.systemUTC())))) {
            sink.deliver(TestAlerts.alert("alert-2", "critical"));

            List<Receiver.Received> attempts = receiver.all();
            assertThat(attempts).hasSize(FAST.maxAttempts());
            assertThat(attempts.stream()
                            .map(attempt -> attempt.headers().getFirst(WebhookSignature.DELIVERY_HEADER))
                            .distinct())
                    .hasSize(1);
        }
        List<String> lines = Files.readAllLines(deadLetters);
        assertThat(lines).hasSize(1);
        JsonNode letter = MAPPER.readTree(lines.get(0));
        assertThat(letter.get("type").asText()).isEqualTo("dead_letter");
        assertThat(letter.get("sink").asText()).isEqualTo("webhook");
        assertThat(letter.get("attempts").asInt()).isEqualTo(3);
        assertThat(letter.get("reason").asText()).isEqualTo("HTTP 500");
        assertThat(letter.get("target").asText()).doesNotContain("/hooks");
        assertThat(letter.get("alert").get("id").asText()).isEqualTo("alert-2");
        assertThat(metrics.deliveryFailures("webhook")).isEqualTo(3);
        assertThat(metrics.deadLetters("webhook")).isEqualTo(1);
    }

    @Test
    void deliver_clientError_isNotRetried() throws Exception {
        Path deadLetters = folder.resolve("dead-400.ndjson");
        try (Receiver receiver = Receiver.answering(400);
                WebhookSink sink = sink(
                        receiver,
                        new ServerMetrics(),
                        Optional.of(new DeadLetterFile(deadLetters, Clock.systemUTC())))) {
            sink.deliver(TestAlerts.alert("alert-3", "high"));

            assertThat(receiver.all()).hasSize(1);
        }
        assertThat(Files.readAllLines(deadLetters)).hasSize(1);
    }

    @Test
    void server_alertsFromIngest_reachTheWebhookSigned() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            ServerMetrics sinkMetrics = new ServerMetrics();
            try (TestServer server =
                    TestServer.start(settings -> settings, List.of(sink(receiver, sinkMetrics, Optional.empty())))) {
                server.post("/v1/events", "application/x-ndjson", String.join("\n", TestServer.bybitLines()));

                Receiver.Received first = receiver.next(Duration.ofSeconds(10));
                WebhookSignature.verify(
                        SharedSecret.of(SECRET),
                        first.headers().getFirst(WebhookSignature.SIGNATURE_HEADER),
                        first.body(),
                        Instant.now());
                assertThat(MAPPER.readTree(first.body()).get("type").asText()).isEqualTo("alert");
            }
        }
    }

    private WebhookSink sink(Receiver receiver, ServerMetrics metrics, Optional<DeadLetterFile> deadLetters) {
        return new WebhookSink(
                receiver.uri(), SharedSecret.of(SECRET), client, FAST, Clock.systemUTC(), metrics, deadLetters);
    }
}
