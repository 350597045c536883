package dev.custos.server.console.routing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.ClientOrigin;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's own routes called in-process with the signed-in person as the caller, so that every console page reads
 * and changes exactly what that person could through the API, under the same role checks, with no second copy of
 * those rules. Refusals come back as the API's {@link ApiException}.
 */
public final class ApiCalls {
    private final List<Route> routes;

    public ApiCalls(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** {@code GET path} as {@code caller}: the JSON answer. */
    public JsonNode get(Caller caller, String path, Map<String, List<String>> query) {
        return StrictJson.tree(call(caller, "GET", path, query, "").body());
    }

    /** {@code GET path} as {@code caller}: the answer's text (for text routes such as the audit checkpoint). */
    public String getText(Caller caller, String path) {
        return call(caller, "GET", path, Map.of(), "").body();
    }

    /** {@code POST path} with a JSON body as {@code caller}: the JSON answer. */
    public JsonNode post(Caller caller, String path, String body) {
        return post(caller, Optional.empty(), path, body);
    }

    /** {@code POST path} with a JSON body as {@code caller}, from {@code origin} (the browser's): the JSON answer. */
    public JsonNode post(Caller caller, Optional<ClientOrigin> origin, String path, String body) {
        return StrictJson.tree(
                call(caller, origin, "POST", path, Map.of(), body).body());
    }

    /** {@code PUT path} with a JSON body as {@code caller}: the JSON answer. */
    public JsonNode put(Caller caller, String path, String body) {
        return StrictJson.tree(call(caller, "PUT", path, Map.of(), body).body());
    }

    private Reply call(Caller caller, String method, String path, Map<String, List<String>> query, String body) {
        return call(caller, Optional.empty(), method, path, query, body);
    }

    private Reply call(
            Caller caller,
            Optional<ClientOrigin> origin,
            String method,
            String path,
            Map<String, List<String>> query,
            String body) {
        requireNonNull(caller, "caller is null");
        requireNonNull(origin, "origin is null");
        for (Route route : routes) {
            if (!route.method().equals(method)) {
                continue;
            }
            Optional<Map<String, String>> parameters = match(route.path(), path);
            if (parameters.isPresent()) {
                return route.endpoint().handle(new Call(Optional.of(caller), parameters.get(), query, body, origin));
            }
        }
        throw ApiException.notFound("no route " + method + " " + path);
    }

    /** The path parameters when {@code path} fits {@code template}; segments must not be empty. */
    static Optional<Map<String, String>> match(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] given = path.split("/", -1);
        if (expected.length != given.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < expected.length; i++) {
            String part = expected[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                if (given[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(part.substring(1, part.length() - 1), given[i]);
            } else if (!part.equals(given[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
