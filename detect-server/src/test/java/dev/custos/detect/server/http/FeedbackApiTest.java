package dev.custos.detect.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.detect.server.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeedbackApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static TestServer server;
    private static List<String> alertIds;

    @BeforeAll
    static void replayScenario() throws IOException {
        server = TestServer.start();
        HttpResponse<String> response =
                server.post("/v1/events", "application/x-ndjson", String.join("\n", TestServer.bybitLines()));
        assertThat(response.statusCode()).isEqualTo(200);
        alertIds = new ArrayList<>();
        for (JsonNode output : MAPPER.readTree(response.body()).get("outputs")) {
            if (output.get("type").asText().equals("alert")) {
                alertIds.add(output.get("id").asText());
            }
        }
        assertThat(alertIds).isNotEmpty();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void falsePositive_onARaisedAlert_isApplied_andListed() throws IOException {
        String alertId = alertIds.getFirst();
        HttpResponse<String> response = feedback("{\"type\":\"false_positive\",\"@timestamp\":\"2025-02-21T15:00:00Z\","
                + "\"alert_id\":\"" + alertId + "\",\"by\":\"bob\",\"reason\":\"planned migration\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body())
                        .get("applied")
                        .get("alert_id")
                        .asText())
                .isEqualTo(alertId);
        JsonNode listed = MAPPER.readTree(get("/v1/feedback").body());
        assertThat(listed.get("records").findValuesAsText("alert_id")).contains(alertId);
    }

    @Test
    void falsePositive_onAnUnknownAlert_is404() throws IOException {
        HttpResponse<String> response = feedback("{\"type\":\"false_positive\",\"@timestamp\":\"2025-02-21T15:00:00Z\","
                + "\"alert_id\":\"alert-0000000000000000\",\"by\":\"bob\",\"reason\":\"noise\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.get("error").asText()).isEqualTo("unknown_alert");
        assertThat(error.get("message").asText()).contains("alert-0000000000000000");
    }

    @Test
    void suppression_isApplied_listedWithItsCount_andADuplicateIdIs409() throws IOException {
        String suppression = "{\"type\":\"suppression\",\"@timestamp\":\"2025-02-21T15:00:00Z\",\"id\":\"sup-travel\","
                + "\"expires\":\"2025-03-21T15:00:00Z\",\"by\":\"bob\",\"reason\":\"conference\","
                + "\"detector\":\"impossible_travel\",\"entity\":\"user:alice\"}";

        HttpResponse<String> first = feedback(suppression);
        HttpResponse<String> again = feedback(suppression);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(MAPPER.readTree(again.body()).get("error").asText()).isEqualTo("duplicate_suppression");
        JsonNode listed = MAPPER.readTree(get("/v1/feedback").body());
        assertThat(listed.get("records").findValuesAsText("id")).contains("sup-travel");
        assertThat(listed.get("suppressed").isObject()).isTrue();
    }

    @Test
    void badFeedback_is400_namingTheField() throws IOException {
        HttpResponse<String> missing = feedback(
                "{\"type\":\"false_positive\",\"@timestamp\":\"2025-02-21T15:00:00Z\",\"by\":\"bob\",\"reason\":\"x\"}");
        HttpResponse<String> backwards = feedback("{\"type\":\"suppression\",\"@timestamp\":\"2025-02-21T15:00:00Z\","
                + "\"id\":\"sup-x\",\"expires\":\"2025-02-20T15:00:00Z\",\"by\":\"bob\",\"reason\":\"x\","
                + "\"detector\":\"login_rarity\"}");
        HttpResponse<String> notJson = feedback("{nope");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(missing.body()).get("field").asText()).isEqualTo("alert_id");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(backwards.body()).get("field").asText()).isEqualTo("expires");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(notJson.body()).get("error").asText()).isEqualTo("bad_request");
    }

    @Test
    void feedback_needsTheToken_andOnlyGetOrPost() {
        HttpResponse<String> anonymous = server.send(
                HttpRequest.newBuilder(server.uri("/v1/feedback")).GET().build());
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(server.uri("/v1/feedback"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void metrics_reportEveryEntityTable_afterABatch() {
        String text = server.send(
                        HttpRequest.newBuilder(server.uri("/metrics")).GET().build())
                .body();

        assertThat(text)
                .contains("# TYPE custos_detect_entities gauge")
                .contains("custos_detect_entities{table=\"login_rarity\"}")
                .contains("custos_detect_entities{table=\"transaction_risk.wallets\"}")
                .contains("custos_detect_entities{table=\"correlator.ledgers\"}")
                .contains("custos_detect_entity_limit{table=\"transaction_risk.wallets\"} 10000")
                .contains("custos_detect_entities_expired_total{table=\"command_behaviour.users\"}")
                .contains("custos_detect_entities_evicted_total{table=\"signing_retry.pairs\"}");
        assertThat(server.metrics().entityTables()).anySatisfy(table -> {
            assertThat(table.table()).isEqualTo("transaction_risk.wallets");
            assertThat(table.entities()).isPositive();
        });
    }

    private static HttpResponse<String> feedback(String body) {
        return server.post("/v1/feedback", "application/json", body);
    }

    private static HttpResponse<String> get(String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .GET()
                .build());
    }
}
