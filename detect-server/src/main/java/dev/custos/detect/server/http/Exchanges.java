package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Reading requests and writing responses on a JDK {@link HttpExchange}. */
final class Exchanges {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Exchanges() {}

    /**
     * The request body, refused with 413 when longer than {@code limit} bytes (by its Content-Length up front, or
     * while reading a chunked body).
     */
    static byte[] body(HttpExchange exchange, long limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Content-Length is not a number");
            }
            if (length > limit) {
                throw tooLarge(limit);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    /**
     * The media type of the request (lower case, without parameters), which must be one of {@code accepted}; a
     * charset parameter, if any, must be UTF-8.
     */
    static String mediaType(HttpExchange exchange, Set<String> accepted) {
        String header = exchange.getRequestHeaders().getFirst("Content-Type");
        if (header == null || header.isBlank()) {
            throw unsupported("missing Content-Type; expected one of " + accepted);
        }
        String[] parts = header.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(type)) {
            throw unsupported("unsupported Content-Type " + type + "; expected one of " + accepted);
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")
                    && !parameter
                            .substring("charset=".length())
                            .replace("\"", "")
                            .equals("utf-8")) {
                throw unsupported("unsupported charset in Content-Type; only UTF-8 is accepted");
            }
        }
        return type;
    }

    static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", MAPPER.writeValueAsBytes(body));
    }

    static void sendError(HttpExchange exchange, ApiException error) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error", error.code());
        body.put("message", error.getMessage());
        error.field().ifPresent(field -> body.put("field", field));
        sendJson(exchange, error.status(), body);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        requireNonNull(body, "body is null");
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(413, "payload_too_large", "request body is larger than " + limit + " bytes");
    }

    private static ApiException unsupported(String message) {
        return new ApiException(415, "unsupported_media_type", message);
    }
}
