package dev.custos.detect.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.custos.detect.server.testing.CapturedLogs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** An unexpected failure in a route: a 500 without details for the client, one error log line for the operator. */
class EndpointLoggingTest {
    @Test
    void unexpectedFailure_answers500_andLogsMethodPathRequestIdAndError() throws Exception {
        Endpoint failing = new Endpoint("/v1/boom", "POST", Optional.empty()) {
            @Override
            void serve(HttpExchange exchange) {
                MDC.put("request_id", "req-42");
                throw new IllegalStateException("the pipeline gave no decision");
            }
        };
        Endpoint quiet = new Endpoint("/v1/quiet", "POST", Optional.empty()) {
            @Override
            void serve(HttpExchange exchange) throws IOException {
                Exchanges.sendJson(
                        exchange,
                        200,
                        Exchanges.MAPPER
                                .createObjectNode()
                                .put(
                                        "mdc_empty",
                                        MDC.getCopyOfContextMap() == null
                                                || MDC.getCopyOfContextMap().isEmpty()));
            }
        };
        ExecutorService oneThread = Executors.newSingleThreadExecutor();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(failing.path(), failing);
        server.createContext(quiet.path(), quiet);
        server.setExecutor(oneThread);
        server.start();
        try (CapturedLogs logs = new CapturedLogs()) {
            HttpResponse<String> boom = post(server, "/v1/boom");
            HttpResponse<String> after = post(server, "/v1/quiet");

            assertThat(boom.statusCode()).isEqualTo(500);
            assertThat(boom.body()).contains("internal error").doesNotContain("no decision");
            assertThat(after.body()).isEqualTo("{\"mdc_empty\":true}");
            List<JsonNode> lines = logs.lines();
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.get("level").asText()).isEqualTo("ERROR");
                assertThat(line.get("message").asText()).isEqualTo("POST /v1/boom failed");
                assertThat(line.get("context").get("method").asText()).isEqualTo("POST");
                assertThat(line.get("context").get("path").asText()).isEqualTo("/v1/boom");
                assertThat(line.get("context").get("request_id").asText()).isEqualTo("req-42");
                assertThat(line.get("error").asText())
                        .isEqualTo("java.lang.IllegalStateException: the pipeline gave no decision");
            });
        } finally {
            server.stop(0);
            oneThread.shutdown();
        }
    }

    /** One request on a new connection (a client per request never reuses a connection the server closed). */
    private static HttpResponse<String> post(HttpServer server, String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(uri)
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
