package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.custos.detect.feedback.FeedbackJson;
import dev.custos.detect.feedback.FeedbackRecord;
import dev.custos.detect.feedback.FeedbackRejectedException;
import dev.custos.detect.feedback.InvalidFeedbackException;
import dev.custos.detect.server.engine.PipelineWorker;
import dev.custos.detect.server.engine.WorkerBusyException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/feedback}: one feedback object in the {@link FeedbackJson} line format (a false positive or a
 * suppression), applied by the pipeline worker; answers {@code {"applied": record}}. {@code GET /v1/feedback}: the
 * feedback recorded so far, {@code {"records": [...], "suppressed": {id: count}}}.
 */
final class FeedbackEndpoint extends Endpoint {
    /** One feedback object is small. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private final PipelineWorker worker;
    private final long maxBodyBytes;
    private final Duration timeout;

    FeedbackEndpoint(BearerAuthorizer authorizer, PipelineWorker worker, long maxBodyBytes, Duration timeout) {
        super("/v1/feedback", Set.of("GET", "POST"), Optional.of(authorizer));
        this.worker = requireNonNull(worker, "worker is null");
        this.maxBodyBytes = Math.min(maxBodyBytes, MAX_BODY_BYTES);
        this.timeout = requireNonNull(timeout, "timeout is null");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, WorkerBusyException {
        if (exchange.getRequestMethod().equals("GET")) {
            Exchanges.sendJson(exchange, 200, worker.feedback(timeout));
            return;
        }
        Exchanges.mediaType(exchange, Set.of("application/json"));
        FeedbackRecord record = parse(Exchanges.text(Exchanges.body(exchange, maxBodyBytes)));
        try {
            worker.apply(record, timeout);
        } catch (FeedbackRejectedException e) {
            throw refused(e);
        }
        ObjectNode response = Exchanges.MAPPER.createObjectNode();
        response.set("applied", FeedbackJson.toJson(record));
        Exchanges.sendJson(exchange, 200, response);
    }

    private static FeedbackRecord parse(String body) {
        if (body.isBlank()) {
            throw ApiException.badRequest("empty body; expected one feedback object");
        }
        try {
            return FeedbackJson.parse(body);
        } catch (InvalidFeedbackException e) {
            Optional<String> field = e.field();
            throw field.isPresent()
                    ? ApiException.badField(field.get(), e.getMessage())
                    : ApiException.badRequest(e.getMessage());
        }
    }

    private static ApiException refused(FeedbackRejectedException e) {
        return switch (e.reason()) {
            case UNKNOWN_ALERT -> new ApiException(404, "unknown_alert", e.getMessage());
            case DUPLICATE_SUPPRESSION -> new ApiException(409, "duplicate_suppression", e.getMessage());
            case FULL -> new ApiException(409, "feedback_full", e.getMessage());
        };
    }
}
