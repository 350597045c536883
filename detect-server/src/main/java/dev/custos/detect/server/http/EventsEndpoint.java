package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.custos.detect.event.MalformedLine;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.server.engine.PipelineWorker;
import dev.custos.detect.server.engine.Processed;
import dev.custos.detect.server.engine.WorkerBusyException;
import dev.custos.detect.server.metrics.ServerMetrics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/events}: ingests ECS events (NDJSON, or one JSON object) and answers {@code {"accepted":N,
 * "rejected":[{"line":K,"reason":".."}],"outputs":[alerts and decisions as in the replay contract]}}.
 */
final class EventsEndpoint extends Endpoint {
    static final Set<String> NDJSON_TYPES =
            Set.of("application/x-ndjson", "application/ndjson", "application/jsonl", "application/jsonlines");
    private static final Set<String> ACCEPTED = Set.of(
            "application/x-ndjson",
            "application/ndjson",
            "application/jsonl",
            "application/jsonlines",
            "application/json");

    private final PipelineWorker worker;
    private final ServerMetrics metrics;
    private final long maxBodyBytes;
    private final Duration timeout;

    EventsEndpoint(
            BearerAuthorizer authorizer,
            PipelineWorker worker,
            ServerMetrics metrics,
            long maxBodyBytes,
            Duration timeout) {
        super("/v1/events", "POST", Optional.of(authorizer));
        this.worker = requireNonNull(worker, "worker is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.maxBodyBytes = maxBodyBytes;
        this.timeout = requireNonNull(timeout, "timeout is null");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, WorkerBusyException {
        String type = Exchanges.mediaType(exchange, ACCEPTED);
        String body = Exchanges.text(Exchanges.body(exchange, maxBodyBytes));
        EventBodies.Parsed parsed =
                NDJSON_TYPES.contains(type) ? EventBodies.ndjson(body) : EventBodies.singleObject(body);
        Processed processed = parsed.events().isEmpty()
                ? new Processed(0, List.of(), List.of())
                : worker.process(parsed.events(), timeout);
        List<MalformedLine> rejected = new ArrayList<>(parsed.rejected());
        rejected.addAll(processed.failures());
        rejected.sort(Comparator.comparingLong(MalformedLine::lineNumber));
        metrics.linesRejected(rejected.size());
        ObjectNode response = Exchanges.MAPPER.createObjectNode();
        response.put("accepted", processed.processed());
        ArrayNode rejections = response.putArray("rejected");
        for (MalformedLine line : rejected) {
            ObjectNode rejection = rejections.addObject();
            rejection.put("line", line.lineNumber());
            rejection.put("reason", line.reason());
        }
        ArrayNode outputs = response.putArray("outputs");
        for (PipelineOutput output : processed.outputs()) {
            outputs.add(OutputFormat.toJson(output));
        }
        Exchanges.sendJson(exchange, 200, response);
    }
}
