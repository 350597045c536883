package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

/** One attempt of a job failed (internal to the engine: attempts are retried). */
final class AttemptFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient JobFailure failure;

    AttemptFailedException(JobFailure failure) {
        super(requireNonNull(failure, "failure is null").toString());
        this.failure = failure;
    }

    JobFailure failure() {
        return failure;
    }
}
