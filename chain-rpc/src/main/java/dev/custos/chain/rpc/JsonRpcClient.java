package dev.custos.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC 2.0 client over HTTP/1.1 (local EVM nodes do not speak HTTP/2; the JDK client would try to upgrade). One
 * request per call, no batching, no redirects followed; an answer larger than the configured limit is refused rather
 * than read into memory. Written on the JDK's HTTP client because the calls Custos makes are few and their answers are
 * parsed strictly by {@link EthereumNode}; web3j would bring its own types for what the chain library already decodes.
 */
public final class JsonRpcClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The default limit on an answer's size: enough for a trace of a large transaction. */
    public static final int DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private final URI endpoint;
    private final String shownEndpoint;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxAnswerBytes;
    private final AtomicLong ids = new AtomicLong();

    /** A client of the node at {@code endpoint}; each call waits at most {@code timeout}. */
    public JsonRpcClient(URI endpoint, Duration timeout) {
        this(endpoint, timeout, DEFAULT_MAX_ANSWER_BYTES);
    }

    /**
     * A client of the node at {@code endpoint} (http or https); each call waits at most {@code timeout} and reads at
     * most {@code maxAnswerBytes}.
     */
    public JsonRpcClient(URI endpoint, Duration timeout, int maxAnswerBytes) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint is null");
        String scheme = endpoint.getScheme();
        if ((!"http".equals(scheme) && !"https".equals(scheme)) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the node's URL must be http:// or https:// with a host: " + endpoint);
        }
        this.shownEndpoint =
                scheme + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        this.timeout = Objects.requireNonNull(timeout, "timeout is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxAnswerBytes < 1024) {
            throw new IllegalArgumentException("maxAnswerBytes must be at least 1024: " + maxAnswerBytes);
        }
        this.maxAnswerBytes = maxAnswerBytes;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** The node's endpoint. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * The endpoint as messages show it: scheme, host and port only, since providers put API keys in the path or
     * query.
     */
    public String shownEndpoint() {
        return shownEndpoint;
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
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(timeout)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(maxAnswerBytes + 1);
            }
        } catch (IOException e) {
            throw new JsonRpcException(method, "no answer from " + shownEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JsonRpcException(method, "interrupted", e);
        }
        if (body.length > maxAnswerBytes) {
            throw new JsonRpcException(method, "answer larger than " + maxAnswerBytes + " bytes", null);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
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
