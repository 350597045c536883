package dev.custos.cli.approve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The two calls of the coordinator's HTTP API v1 that approving needs: {@code GET /requests/{id}} and {@code POST
 * /requests/{id}/approvals}. Every failure is an {@link ApiFailure} with a one-line message: unreachable, an error
 * answer ({@code {"error":{"code","message"}}}) or a malformed answer.
 */
final class CoordinatorApi {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_SHOWN = 200;

    private final String base;
    private final Optional<String> token;
    private final HttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();

    CoordinatorApi(URI base, Optional<String> token) {
        String text = Objects.requireNonNull(base, "base is null").toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.token = Objects.requireNonNull(token, "token is null");
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    JsonNode request(String id) {
        return send(builder(requestPath(id)).GET().build());
    }

    /** The active policy document ({@code GET /policy}). */
    JsonNode activePolicy() {
        return send(builder(base + "/policy").GET().build());
    }

    /** A policy change proposal ({@code GET /policy/proposals/ID}). */
    JsonNode proposal(String id) {
        return send(builder(proposalPath(id)).GET().build());
    }

    /** Posts an admin's approval of a policy change. */
    JsonNode approveChange(String id, ObjectNode approval) {
        return post(proposalPath(id) + "/approvals", approval);
    }

    JsonNode approve(String id, ObjectNode approval) {
        return post(requestPath(id) + "/approvals", approval);
    }

    private JsonNode post(String url, ObjectNode approval) {
        String body;
        try {
            body = mapper.writeValueAsString(approval);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return send(builder(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private String proposalPath(String id) {
        return base + "/policy/proposals/" + PathSegment.encode(id);
    }

    private String requestPath(String id) {
        return base + "/requests/" + PathSegment.encode(id);
    }

    private HttpRequest.Builder builder(String url) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
        token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        return builder;
    }

    private JsonNode send(HttpRequest request) {
        String what = request.method() + " " + request.uri();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new ApiFailure("cannot reach the API: " + what + ": " + describe(e), e);
        } catch (HttpTimeoutException e) {
            throw new ApiFailure("the API did not answer " + what + " within " + REQUEST_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ApiFailure("cannot reach the API: " + what + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiFailure("interrupted while waiting for " + what, e);
        }
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status / 100 != 2) {
            JsonNode error = body == null ? null : body.path("error");
            if (error != null
                    && error.path("code").isTextual()
                    && error.path("message").isTextual()) {
                throw new ApiFailure("the API refused " + what + ": HTTP " + status + " "
                        + oneLine(error.get("code").asText()) + ": "
                        + oneLine(error.get("message").asText()));
            }
            throw new ApiFailure("the API answered " + what + " with HTTP " + status + " and no error object");
        }
        if (body == null || !body.isObject()) {
            throw new ApiFailure(
                    "malformed answer to " + what + ": expected a JSON object, got " + oneLine(response.body()));
        }
        return body;
    }

    private JsonNode parse(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
    }

    /** Text from the peer, shown on one line and shortened. */
    static String oneLine(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", " ").strip();
        return flat.length() <= MAX_SHOWN ? flat : flat.substring(0, MAX_SHOWN) + "...";
    }
}
