package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API call as an endpoint sees it: who made it (empty on public routes), the path parameters, the query, the
 * body text and where it came from (empty for calls the console makes on a person's behalf). Independent of the HTTP
 * library.
 */
public record Call(
        Optional<Caller> caller,
        Map<String, String> pathParameters,
        Map<String, List<String>> query,
        String body,
        Optional<ClientOrigin> origin) {
    public Call {
        requireNonNull(caller, "caller is null");
        pathParameters = Map.copyOf(pathParameters);
        query = Map.copyOf(query);
        requireNonNull(body, "body is null");
        requireNonNull(origin, "origin is null");
    }

    /** A call without a known origin. */
    public Call(
            Optional<Caller> caller, Map<String, String> pathParameters, Map<String, List<String>> query, String body) {
        this(caller, pathParameters, query, body, Optional.empty());
    }

    /** The authenticated caller (endpoints behind a role always have one). */
    public Caller requireCaller() {
        return caller.orElseThrow(() -> ApiException.unauthorized("a bearer token is required"));
    }

    /** Refuses with 403 unless the caller has {@code role}. */
    public Caller requireRole(Role role) {
        Caller who = requireCaller();
        if (!who.has(role)) {
            throw ApiException.forbidden("this needs the " + role.wireName() + " role");
        }
        return who;
    }

    /** A path parameter that the route declares. */
    public String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** The single value of a query parameter, if given. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw ApiException.badRequest("query parameter '" + name + "' is given more than once");
        }
        return values.stream().findFirst();
    }

    /**
     * An integer query parameter in {@code min..max}, or {@code fallback} when it is absent.
     *
     * @throws ApiException 400 naming the parameter when it is not an integer or out of range
     */
    public long integerQueryParameter(String name, long fallback, long min, long max) {
        Optional<String> text = queryParameter(name);
        if (text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(
                    "query parameter '" + name + "' must be an integer, not '" + text.get() + "'");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest(
                    max == Long.MAX_VALUE && min == 0
                            ? "query parameter '" + name + "' must not be negative"
                            : "query parameter '" + name + "' must be " + min + " to " + max);
        }
        return value;
    }

    /** Refuses with 403 ({@code refusal}) unless the caller has one of {@code roles}. */
    public Caller requireAnyRole(String refusal, Role... roles) {
        Caller who = requireCaller();
        for (Role role : roles) {
            if (who.has(role)) {
                return who;
            }
        }
        throw ApiException.forbidden(refusal);
    }

    /** The body read strictly as {@code type}. */
    public <T> T body(Class<T> type) {
        return StrictJson.read(body, type);
    }
}
