package dev.custos.detect.output;

import static java.util.Objects.requireNonNull;

import dev.custos.types.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * The signing gate's decision on one {@code signing.request} (the {@code decision} object of docs/EVENTS.md).
 *
 * @param timestamp the request's event time
 * @param requestId {@code custos.request.id} (or the event reference when absent)
 * @param decision allow, escalate or deny
 * @param risk 0..100
 * @param reasons why, strongest first; never empty
 */
public record SigningDecision(Instant timestamp, String requestId, Verdict decision, int risk, List<String> reasons)
        implements PipelineOutput {
    public SigningDecision {
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(requestId, "requestId is null");
        requireNonNull(decision, "decision is null");
        if (risk < 0 || risk > 100) {
            throw new IllegalArgumentException("risk must be in 0..100: " + risk);
        }
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons is empty");
        }
    }
}
