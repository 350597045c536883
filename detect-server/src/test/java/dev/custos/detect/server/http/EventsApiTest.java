package dev.custos.detect.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.detect.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventsApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LOGIN =
            "{\"@timestamp\":\"2025-01-20T03:05:00Z\",\"event.category\":\"authentication\","
                    + "\"event.action\":\"login\",\"user.name\":\"dave\",\"source.ip\":\"198.51.100.7\"}";

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(settings -> settings.withMaxBodyBytes(256 * 1024), List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void post_ndjsonWithMalformedLines_acceptsTheRestAndNamesTheBadLines() throws IOException {
        String body =
                LOGIN + "\n" + "{not json\n" + "\n" + "{\"event.category\":\"process\",\"event.action\":\"exec\"}\n"
                        + LOGIN.replace("03:05", "03:09") + "\n";

        HttpResponse<String> response = server.post("/v1/events", "application/x-ndjson", body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = MAPPER.readTree(response.body());
        assertThat(json.get("accepted").asInt()).isEqualTo(2);
        assertThat(json.get("rejected")).hasSize(2);
        assertThat(json.get("rejected").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(json.get("rejected").get(0).get("reason").asText()).startsWith("invalid JSON");
        assertThat(json.get("rejected").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(json.get("rejected").get(1).get("reason").asText()).isEqualTo("missing @timestamp");
        assertThat(json.get("outputs").isArray()).isTrue();
    }

    @Test
    void post_history_returnsDecisionsInTheReplayShape() throws IOException {
        List<String> history = TestServer.bybitLines().subList(0, 282);

        HttpResponse<String> response =
                server.post("/v1/events", "application/x-ndjson; charset=utf-8", String.join("\n", history));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = MAPPER.readTree(response.body());
        assertThat(json.get("accepted").asInt()).isEqualTo(282);
        assertThat(json.get("rejected")).isEmpty();
        List<JsonNode> decisions = new ArrayList<>();
        json.get("outputs").forEach(output -> {
            if (output.get("type").asText().equals("decision")) {
                decisions.add(output);
            }
        });
        long requests = history.stream()
                .filter(line -> line.contains("signing.request"))
                .count();
        assertThat(decisions).hasSize((int) requests);
        assertThat(decisions)
                .allSatisfy(decision ->
                        assertThat(decision.get("decision").asText()).isEqualTo("allow"));
        assertThat(decisions.get(0).has("request_id")).isTrue();
        assertThat(decisions.get(0).has("@timestamp")).isTrue();
    }

    @Test
    void post_singlePrettyPrintedJsonObject_isOneEvent() throws IOException {
        String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(LOGIN));

        HttpResponse<String> response = server.post("/v1/events", "application/json", pretty);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).get("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void post_bodyOverTheLimit_is413() throws IOException {
        String body = (LOGIN + "\n").repeat(260 * 1024 / LOGIN.length() + 1);

        HttpResponse<String> response = server.post("/v1/events", "application/x-ndjson", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(MAPPER.readTree(response.body()).get("error").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void post_chunkedBodyOverTheLimit_is413() throws IOException {
        byte[] body = (LOGIN + "\n").repeat(260 * 1024 / LOGIN.length() + 1).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/v1/events"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void post_wrongContentType_is415() throws IOException {
        HttpResponse<String> response = server.post("/v1/events", "text/csv", LOGIN);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(MAPPER.readTree(response.body()).get("message").asText()).contains("text/csv");
    }

    @Test
    void get_onEvents_is405WithAllow() throws IOException {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/v1/events"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(MAPPER.readTree(response.body()).get("error").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void post_withoutToken_is401() throws IOException {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/v1/events"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(LOGIN))
                .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void post_withWrongToken_is401_andNothingIsProcessed() throws IOException {
        long before = server.metrics().eventsProcessed();

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/v1/risk"))
                .header("Authorization", "Bearer " + TestServer.TOKEN + "x")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(MAPPER.readTree(response.body()).get("message").asText()).isEqualTo("invalid bearer token");
        assertThat(server.metrics().eventsProcessed()).isEqualTo(before);
    }

    @Test
    void health_needsNoToken() throws IOException {
        HttpResponse<String> response = server.send(
                HttpRequest.newBuilder(server.uri("/v1/health")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void unknownPath_is404Json() throws IOException {
        HttpResponse<String> response = server.send(
                HttpRequest.newBuilder(server.uri("/v2/nothing")).GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(MAPPER.readTree(response.body()).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void metrics_countEventsAndRejectedLines() {
        server.post("/v1/events", "application/x-ndjson", LOGIN.replace("dave", "erin") + "\nbroken\n");

        HttpResponse<String> response =
                server.send(HttpRequest.newBuilder(server.uri("/metrics")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        String text = response.body();
        assertThat(text).contains("# TYPE custos_detect_events_processed_total counter");
        assertThat(value(text, "custos_detect_events_processed_total")).isPositive();
        assertThat(value(text, "custos_detect_rejected_lines_total")).isPositive();
        assertThat(text).contains("custos_detect_alerts_total{severity=\"critical\"}");
        assertThat(text).contains("custos_detect_decisions_total{decision=\"deny\"}");
        assertThat(text).contains("custos_detect_queue_depth 0");
    }

    private static long value(String text, String name) {
        return text.lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToLong(line -> Long.parseLong(line.substring(name.length() + 1)))
                .findFirst()
                .orElseThrow();
    }
}
