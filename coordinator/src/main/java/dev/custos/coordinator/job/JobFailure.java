package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.FailureKind;
import java.util.Optional;

/**
 * Why one attempt of a job failed.
 *
 * @param kind broadly why (a node's report, a timeout, a result that does not check out)
 * @param culprit the node proven at fault, or {@code coordinator}; empty when nobody can be named
 * @param reporter the node that reported the failure; empty when the engine found it
 * @param reason what went wrong
 */
public record JobFailure(FailureKind kind, Optional<String> culprit, Optional<String> reporter, String reason) {
    public JobFailure {
        requireNonNull(kind, "kind is null");
        requireNonNull(culprit, "culprit is null");
        requireNonNull(reporter, "reporter is null");
        requireNonNull(reason, "reason is null");
    }

    /** A failure the engine found itself. */
    static JobFailure found(FailureKind kind, Optional<String> culprit, String reason) {
        return new JobFailure(kind, culprit, Optional.empty(), reason);
    }

    @Override
    public String toString() {
        return kind + culprit.map(name -> " (culprit: " + name + ")").orElse("")
                + reporter.map(name -> " reported by " + name).orElse("") + ": " + reason;
    }
}
