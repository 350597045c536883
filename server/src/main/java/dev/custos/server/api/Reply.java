package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

/**
 * What an endpoint answers: a status and a body written as JSON ({@link String} bodies of content type other than
 * JSON use {@link #text}).
 */
public record Reply(int status, String contentType, String body) {
    public Reply {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status out of range: " + status);
        }
        requireNonNull(contentType, "contentType is null");
        requireNonNull(body, "body is null");
    }

    public static Reply json(int status, Object body) {
        return new Reply(status, "application/json", StrictJson.write(body));
    }

    public static Reply ok(Object body) {
        return json(200, body);
    }

    public static Reply created(Object body) {
        return json(201, body);
    }

    public static Reply text(String contentType, String body) {
        return new Reply(200, contentType, body);
    }
}
