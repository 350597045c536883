package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

/**
 * A request the API refuses, answered with {@code status} and {@code {"error":{"code","message"}}}. Nothing was
 * written when one is thrown.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(requireNonNull(message, "message is null"));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx, not " + status);
        }
        this.status = status;
        this.code = requireNonNull(code, "code is null");
    }

    /** 400: the body or a parameter is malformed; the message names the field. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** 401: no token, or one the server does not know. */
    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    /** 403: a known token whose roles do not allow this. */
    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    /** 404: no such id. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    /** 409: the request conflicts with the current state. */
    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
