package dev.custos.e2e.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal JSON-RPC 2.0 client over HTTP/1.1 (local EVM nodes do not speak HTTP/2; the JDK client would try to
 * upgrade). One request per call, no batching.
 */
public final class JsonRpcClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http;
    private final Duration timeout;
    private final AtomicLong ids = new AtomicLong();

    /** A client of the node at {@code endpoint}; each call waits at most {@code timeout}. */
    public JsonRpcClient(URI endpoint, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint is null");
        this.timeout = Objects.requireNonNull(timeout, "timeout is null");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** The node's endpoint. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Calls {@code method} with {@code params} (each a String, Number, Boolean, JsonNode or null) and returns the
     * {@code result}; an error answer throws {@link JsonRpcException} with the node's code and message.
     */
    public JsonNode call(String method, Object... params) {
        Objects.requireNonNull(method, "method is null");
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("id", ids.incrementAndGet());
        request.put("method", method);
        ArrayNode array = request.putArray("params");
        for (Object param : params) {
            array.add(JSON.valueToTree(param));
        }
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(timeout)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new JsonRpcException(method, "no answer from " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JsonRpcException(method, "interrupted", e);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new JsonRpcException(method, "HTTP " + response.statusCode() + " with a body that is not JSON", e);
        }
        JsonNode error = answer.get("error");
        if (error != null && !error.isNull()) {
            throw new JsonRpcException(
                    method, error.path("code").asInt(), error.path("message").asText("(no message)"));
        }
        if (!answer.has("result")) {
            throw new JsonRpcException(
                    method, "HTTP " + response.statusCode() + " with neither result nor error", null);
        }
        return answer.get("result");
    }
}
