package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import dev.custos.detect.server.security.SharedSecret;
import java.util.Optional;

/**
 * Checks {@code Authorization: Bearer <token>} against the configured token in constant time; with no token
 * configured (only allowed on loopback with {@code --insecure-no-auth}) every request passes.
 */
public final class BearerAuthorizer {
    private static final String PREFIX = "bearer ";

    private final Optional<SharedSecret> token;

    public BearerAuthorizer(Optional<SharedSecret> token) {
        this.token = requireNonNull(token, "token is null");
    }

    void check(HttpExchange exchange) {
        if (token.isEmpty()) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null
                || header.length() <= PREFIX.length()
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw unauthorized(exchange, "missing bearer token");
        }
        if (!token.get().matches(header.substring(PREFIX.length()).strip())) {
            throw unauthorized(exchange, "invalid bearer token");
        }
    }

    private static ApiException unauthorized(HttpExchange exchange, String message) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"custos\"");
        return new ApiException(401, "unauthorized", message);
    }
}
