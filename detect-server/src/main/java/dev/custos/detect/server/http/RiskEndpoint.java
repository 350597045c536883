package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.custos.detect.event.Event;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.output.SigningDecision;
import dev.custos.detect.server.engine.PipelineWorker;
import dev.custos.detect.server.engine.Processed;
import dev.custos.detect.server.engine.WorkerBusyException;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.types.EventFields;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;

/**
 * {@code POST /v1/risk}: runs one signing request through the pipeline (it is learned from, like an ingested event;
 * its alerts go to the sinks) and answers the gate's decision {@code {"request_id","decision","risk","reasons"}}.
 */
final class RiskEndpoint extends Endpoint {
    /** A signing request is one small object; no need to read more. */
    static final long MAX_BODY_BYTES = 1 << 20;

    private final PipelineWorker worker;
    private final ServerMetrics metrics;
    private final Clock clock;
    private final long maxBodyBytes;
    private final Duration timeout;

    RiskEndpoint(
            BearerAuthorizer authorizer,
            PipelineWorker worker,
            ServerMetrics metrics,
            Clock clock,
            long maxBodyBytes,
            Duration timeout) {
        super("/v1/risk", "POST", Optional.of(authorizer));
        this.worker = requireNonNull(worker, "worker is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.maxBodyBytes = Math.min(maxBodyBytes, MAX_BODY_BYTES);
        this.timeout = requireNonNull(timeout, "timeout is null");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, WorkerBusyException {
        Exchanges.mediaType(exchange, Set.of("application/json"));
        String body = Exchanges.text(Exchanges.body(exchange, maxBodyBytes));
        Event request = SigningRequests.parse(body, clock.instant());
        request.text(EventFields.REQUEST_ID).ifPresent(id -> MDC.put("request_id", id));
        Processed processed = worker.process(List.of(request), timeout);
        if (!processed.failures().isEmpty()) {
            metrics.linesRejected(processed.failures().size());
            throw ApiException.badRequest(processed.failures().get(0).reason());
        }
        SigningDecision decision = null;
        for (PipelineOutput output : processed.outputs()) {
            if (output instanceof SigningDecision found) {
                decision = found;
            }
        }
        if (decision == null) {
            throw new IllegalStateException("the pipeline gave no decision for a signing request");
        }
        ObjectNode response = OutputFormat.toJson(decision);
        response.remove("type");
        response.remove("@timestamp");
        Exchanges.sendJson(exchange, 200, response);
    }
}
