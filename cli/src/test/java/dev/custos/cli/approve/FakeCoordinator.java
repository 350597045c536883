package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A coordinator's API v1 for tests, on a loopback port: answers {@code GET /v1/requests/{id}} with a canned status and
 * body, accepts {@code POST /v1/requests/{id}/approvals} and records what it received.
 */
final class FakeCoordinator implements AutoCloseable {
    /** One received call. */
    record Call(String method, String path, String authorization, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile int getStatus = 200;
    private volatile String getBody = "{}";

    FakeCoordinator() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/requests/", this::handle);
        server.start();
    }

    /** The API base URL, {@code http://127.0.0.1:PORT/v1}. */
    String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeCoordinator answer(int status, String body) {
        this.getStatus = status;
        this.getBody = body;
        return this;
    }

    FakeCoordinator answer(JsonNode body) {
        return answer(200, body.toString());
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<JsonNode> approvalsPosted() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> posted = new java.util.ArrayList<>();
        for (Call call : calls) {
            if (call.method().equals("POST")) {
                posted.add(mapper.readTree(call.body()));
            }
        }
        return posted;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        calls.add(new Call(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                authorization == null ? "" : authorization,
                body));
        if (exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 200, getBody);
        } else {
            respond(exchange, getStatus, getBody);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
