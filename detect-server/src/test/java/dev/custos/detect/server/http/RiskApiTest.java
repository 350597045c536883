package dev.custos.detect.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.server.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RiskApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static TestServer server;

    @BeforeAll
    static void warmUp() {
        server = startWarmed();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static TestServer startWarmed() {
        try {
            TestServer warmed = TestServer.start();
            List<String> history = TestServer.bybitLines().subList(0, 282);
            HttpResponse<String> response =
                    warmed.post("/v1/events", "application/x-ndjson", String.join("\n", history));
            assertThat(response.statusCode()).isEqualTo(200);
            return warmed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The drain request of the scenario (line 283), without its event.category and event.action. */
    static ObjectNode drainRequest() throws IOException {
        ObjectNode request =
                (ObjectNode) MAPPER.readTree(TestServer.bybitLines().get(282));
        ObjectNode event = (ObjectNode) request.get("event");
        event.remove("category");
        event.remove("action");
        return request;
    }

    @Test
    void risk_drainAfterCompromise_isDenied() throws IOException {
        HttpResponse<String> response =
                server.post("/v1/risk", "application/json", drainRequest().toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode decision = MAPPER.readTree(response.body());
        assertThat(fieldNames(decision)).containsExactlyInAnyOrder("request_id", "decision", "risk", "reasons");
        assertThat(decision.get("request_id").asText()).isEqualTo("req-drain-cold");
        assertThat(decision.get("decision").asText()).isEqualTo("deny");
        assertThat(decision.get("risk").asInt()).isBetween(75, 100);
        assertThat(decision.get("reasons").size()).isPositive();
    }

    @Test
    void risk_routinePaymentToAKnownCounterparty_isAllowed() throws IOException {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("@timestamp", "2025-02-19T10:00:00Z");
        request.put("user.name", "bob");
        request.put("custos.request.id", "req-routine");
        request.put("custos.wallet.id", "hot-1");
        request.put("custos.wallet.tier", "hot");
        request.put("custos.wallet.balance_usd", 20_000_000);
        request.put("custos.tx.chain", "ethereum");
        request.put("custos.tx.to", knownCounterparty());
        request.put("custos.tx.asset", "ETH");
        request.put("custos.tx.amount_usd", 12_000);

        HttpResponse<String> response = server.post("/v1/risk", "application/json", request.toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode decision = MAPPER.readTree(response.body());
        assertThat(decision.get("request_id").asText()).isEqualTo("req-routine");
        assertThat(decision.get("decision").asText()).isEqualTo("allow");
    }

    @Test
    void risk_theSameRequestThreeTimes_getsOneDecision_andIsCountedOnce() throws IOException {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("@timestamp", "2025-02-19T11:00:00Z");
        request.put("user.name", "bob");
        request.put("custos.request.id", "req-retried");
        request.put("custos.wallet.id", "hot-1");
        request.put("custos.wallet.tier", "hot");
        request.put("custos.wallet.balance_usd", 20_000_000);
        request.put("custos.tx.chain", "ethereum");
        request.put("custos.tx.to", knownCounterparty());
        request.put("custos.tx.asset", "ETH");
        request.put("custos.tx.amount_usd", 9_000);

        JsonNode first = MAPPER.readTree(
                server.post("/v1/risk", "application/json", request.toString()).body());
        JsonNode second = MAPPER.readTree(
                server.post("/v1/risk", "application/json", request.toString()).body());
        JsonNode third = MAPPER.readTree(
                server.post("/v1/risk", "application/json", request.toString()).body());

        for (JsonNode again : List.of(second, third)) {
            assertThat(again.get("decision")).isEqualTo(first.get("decision"));
            assertThat(again.get("risk")).isEqualTo(first.get("risk"));
            assertThat(again.get("reasons").get(again.get("reasons").size() - 1).asText())
                    .contains("the same request again gets the same decision and is not counted twice");
        }
        request.put("custos.tx.amount_usd", 19_000_000);
        JsonNode reused = MAPPER.readTree(
                server.post("/v1/risk", "application/json", request.toString()).body());
        assertThat(reused.get("decision").asText()).isEqualTo("deny");
    }

    @Test
    void risk_missingDestination_is400NamingTheField() throws IOException {
        ObjectNode request = drainRequest();
        ((ObjectNode) request.get("custos").get("tx")).remove("to");

        HttpResponse<String> response = server.post("/v1/risk", "application/json", request.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.get("field").asText()).isEqualTo("custos.tx.to");
        assertThat(error.get("message").asText()).contains("custos.tx.to");
    }

    @Test
    void risk_negativeAmount_is400() throws IOException {
        ObjectNode request = drainRequest();
        ((ObjectNode) request.get("custos").get("tx")).put("amount_usd", -5);

        HttpResponse<String> response = server.post("/v1/risk", "application/json", request.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("field").asText()).isEqualTo("custos.tx.amount_usd");
    }

    @Test
    void risk_unknownTier_is400NamingTheField() throws IOException {
        ObjectNode request = drainRequest();
        ((ObjectNode) request.get("custos").get("wallet")).put("tier", "lukewarm");

        HttpResponse<String> response = server.post("/v1/risk", "application/json", request.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.get("field").asText()).isEqualTo("custos.wallet.tier");
        assertThat(error.get("message").asText())
                .isEqualTo("custos.wallet.tier must be hot, warm or cold, not lukewarm");
    }

    @Test
    void risk_amountInAssetUnitsNotANumber_is400NamingTheField() throws IOException {
        ObjectNode request = drainRequest();
        ((ObjectNode) request.get("custos").get("tx")).put("amount", "0.5 ETH");

        HttpResponse<String> response = server.post("/v1/risk", "application/json", request.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("field").asText()).isEqualTo("custos.tx.amount");
    }

    @Test
    void risk_otherAction_is400() throws IOException {
        ObjectNode request = drainRequest();
        ((ObjectNode) request.get("event")).put("action", "login");

        HttpResponse<String> response = server.post("/v1/risk", "application/json", request.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("field").asText()).isEqualTo("event.action");
    }

    @Test
    void risk_badTimestamp_is400() throws IOException {
        ObjectNode request = drainRequest();
        request.put("@timestamp", "yesterday");

        HttpResponse<String> response = server.post("/v1/risk", "application/json", request.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("field").asText()).isEqualTo("@timestamp");
    }

    @Test
    void risk_notAnObject_is400() throws IOException {
        HttpResponse<String> response = server.post("/v1/risk", "application/json", "[1,2]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).get("error").asText()).isEqualTo("bad_request");
    }

    @Test
    void risk_ndjsonContentType_is415() {
        HttpResponse<String> response = server.post("/v1/risk", "application/x-ndjson", "{}");

        assertThat(response.statusCode()).isEqualTo(415);
    }

    private static String knownCounterparty() throws IOException {
        for (String line : TestServer.bybitLines().subList(0, 282)) {
            if (line.contains("signing.request") && line.contains("\"bob\"") && line.contains("hot-1")) {
                JsonNode node = MAPPER.readTree(line);
                JsonNode to = node.has("custos.tx.to") ? node.get("custos.tx.to") : node.at("/custos/tx/to");
                return to.asText();
            }
        }
        throw new IllegalStateException("no request by bob in the scenario");
    }

    private static List<String> fieldNames(JsonNode node) {
        return iterable(node);
    }

    private static List<String> iterable(JsonNode node) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
