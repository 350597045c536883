package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.custos.detect.server.engine.WorkerBusyException;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One route: checks the path and method, then authorisation (when given), then lets the subclass serve the request.
 * Refusals become JSON errors ({@code {"error","message","field"?}}); unexpected failures become a 500 without details
 * and an error log line. What a subclass puts in the {@link MDC} (a request id) is in that line and cleared after.
 */
abstract class Endpoint implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);
    private final String path;
    private final Set<String> methods;
    private final Optional<BearerAuthorizer> authorizer;

    Endpoint(String path, String method, Optional<BearerAuthorizer> authorizer) {
        this(path, Set.of(requireNonNull(method, "method is null")), authorizer);
    }

    /** A route that answers several methods ({@link #serve} reads which one). */
    Endpoint(String path, Set<String> methods, Optional<BearerAuthorizer> authorizer) {
        this.path = requireNonNull(path, "path is null");
        this.methods = new TreeSet<>(requireNonNull(methods, "methods is null"));
        if (this.methods.isEmpty()) {
            throw new IllegalArgumentException("methods is empty");
        }
        this.authorizer = requireNonNull(authorizer, "authorizer is null");
    }

    String path() {
        return path;
    }

    /** Serves an authorised request with the right method; throws {@link ApiException} to refuse it. */
    abstract void serve(HttpExchange exchange) throws IOException, WorkerBusyException;

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    throw new ApiException(
                            404,
                            "not_found",
                            "no such endpoint: " + exchange.getRequestURI().getPath());
                }
                if (!methods.contains(exchange.getRequestMethod())) {
                    String allowed = String.join(", ", methods);
                    exchange.getResponseHeaders().set("Allow", allowed);
                    throw new ApiException(
                            405, "method_not_allowed", exchange.getRequestMethod() + " is not allowed; use " + allowed);
                }
                if (authorizer.isPresent()) {
                    authorizer.get().check(exchange);
                }
                serve(exchange);
            } catch (ApiException e) {
                Exchanges.sendError(exchange, e);
            } catch (WorkerBusyException e) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                Exchanges.sendError(exchange, new ApiException(503, "busy", e.getMessage()));
            } catch (RuntimeException e) {
                LOG.atError()
                        .addKeyValue("method", exchange.getRequestMethod())
                        .addKeyValue("path", path)
                        .setCause(e)
                        .log("{} {} failed", exchange.getRequestMethod(), path);
                Exchanges.sendError(exchange, new ApiException(500, "internal", "internal error"));
            }
        } finally {
            MDC.clear();
        }
    }
}
