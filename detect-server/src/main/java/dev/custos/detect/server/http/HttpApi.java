package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import dev.custos.detect.server.engine.PipelineWorker;
import dev.custos.detect.server.metrics.ServerMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Registers the service's routes on a JDK {@link HttpServer}. */
public final class HttpApi {
    private HttpApi() {}

    /**
     * Adds {@code POST /v1/events}, {@code POST /v1/risk}, {@code POST|GET /v1/feedback}, {@code GET /v1/health},
     * {@code GET /metrics} and a JSON 404
     * for every other path.
     *
     * @param maxBodyBytes the largest accepted request body
     * @param timeout how long a request waits for the pipeline worker before a 503
     */
    public static void register(
            HttpServer server,
            BearerAuthorizer authorizer,
            PipelineWorker worker,
            ServerMetrics metrics,
            Clock clock,
            long maxBodyBytes,
            Duration timeout) {
        requireNonNull(server, "server is null");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        List<Endpoint> endpoints = List.of(
                new EventsEndpoint(authorizer, worker, metrics, maxBodyBytes, timeout),
                new RiskEndpoint(authorizer, worker, metrics, clock, maxBodyBytes, timeout),
                new FeedbackEndpoint(authorizer, worker, maxBodyBytes, timeout),
                new HealthEndpoint(worker),
                new MetricsEndpoint(metrics));
        for (Endpoint endpoint : endpoints) {
            server.createContext(endpoint.path(), endpoint);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                Exchanges.sendError(
                        exchange,
                        new ApiException(
                                404,
                                "not_found",
                                "no such endpoint: " + exchange.getRequestURI().getPath()));
            }
        });
    }
}
