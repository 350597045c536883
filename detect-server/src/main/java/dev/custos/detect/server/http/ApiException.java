package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A request the service refuses, with its HTTP status, a short error code, a message for the client and, for bad
 * input, the field at fault.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    private ApiException(int status, String code, String message, String field) {
        super(requireNonNull(message, "message is null"));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error: " + status);
        }
        this.status = status;
        this.code = requireNonNull(code, "code is null");
        this.field = field;
    }

    /** 400 for a missing or invalid field of the request. */
    public static ApiException badField(String field, String message) {
        requireNonNull(field, "field is null");
        return new ApiException(400, "invalid_field", message, field);
    }

    /** 400 for a body that is not what the endpoint reads. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
