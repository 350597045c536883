package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import dev.custos.detect.server.metrics.ServerMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code GET /metrics}: the Prometheus text format. Counts only, no authentication (like {@code /v1/health}). */
final class MetricsEndpoint extends Endpoint {
    private final ServerMetrics metrics;

    MetricsEndpoint(ServerMetrics metrics) {
        super("/metrics", "GET", Optional.empty());
        this.metrics = requireNonNull(metrics, "metrics is null");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        Exchanges.send(
                exchange,
                200,
                "text/plain; version=0.0.4; charset=utf-8",
                metrics.prometheusText().getBytes(StandardCharsets.UTF_8));
    }
}
