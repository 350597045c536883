package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.custos.detect.server.engine.PipelineWorker;
import java.io.IOException;
import java.util.Optional;

/** {@code GET /v1/health} (no authentication): {@code {"status":"ok","queue_depth":N}}. */
final class HealthEndpoint extends Endpoint {
    private final PipelineWorker worker;

    HealthEndpoint(PipelineWorker worker) {
        super("/v1/health", "GET", Optional.empty());
        this.worker = requireNonNull(worker, "worker is null");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        ObjectNode body = Exchanges.MAPPER.createObjectNode();
        body.put("status", "ok");
        body.put("queue_depth", worker.queueDepth());
        Exchanges.sendJson(exchange, 200, body);
    }
}
