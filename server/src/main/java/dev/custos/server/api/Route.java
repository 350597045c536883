package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;

/**
 * One route of the API.
 *
 * @param method GET, POST, PUT or DELETE
 * @param path the path with {@code {name}} parameters, under {@code /v1}
 * @param authenticated whether a bearer token is required (only health and the OpenAPI document are public)
 * @param creates whether it creates something, so that an {@code Idempotency-Key} header makes a retry safe
 * @param endpoint the code
 */
public record Route(String method, String path, boolean authenticated, boolean creates, Endpoint endpoint) {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    public Route {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(endpoint, "endpoint is null");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        if (!path.startsWith("/v1/")) {
            throw new IllegalArgumentException("API paths start with /v1/: " + path);
        }
        if (creates && !method.equals("POST")) {
            throw new IllegalArgumentException("only POST routes create: " + method + " " + path);
        }
    }

    public static Route get(String path, Endpoint endpoint) {
        return new Route("GET", path, true, false, endpoint);
    }

    public static Route publicGet(String path, Endpoint endpoint) {
        return new Route("GET", path, false, false, endpoint);
    }

    /** A POST without a bearer token, for a body that carries its own proof (a one-time link's token). */
    public static Route publicPost(String path, Endpoint endpoint) {
        return new Route("POST", path, false, false, endpoint);
    }

    public static Route post(String path, Endpoint endpoint) {
        return new Route("POST", path, true, false, endpoint);
    }

    public static Route create(String path, Endpoint endpoint) {
        return new Route("POST", path, true, true, endpoint);
    }

    public static Route put(String path, Endpoint endpoint) {
        return new Route("PUT", path, true, false, endpoint);
    }

    /** For error messages and the OpenAPI check: {@code "post /v1/people"}. */
    public String key() {
        return method.toLowerCase(Locale.ROOT) + " " + path;
    }
}
