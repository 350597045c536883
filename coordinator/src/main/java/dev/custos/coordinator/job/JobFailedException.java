package dev.custos.coordinator.job;

import java.util.List;
import java.util.Optional;

/** A job failed in every attempt; {@link #failures()} holds each attempt's failure, the last one last. */
public final class JobFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<JobFailure> failures;

    public JobFailedException(String what, List<JobFailure> failures) {
        super(what + " failed after " + failures.size() + " attempt(s): " + failures);
        this.failures = List.copyOf(failures);
    }

    public List<JobFailure> failures() {
        return failures;
    }

    /** The culprit of the last attempt, if one was named. */
    public Optional<String> culprit() {
        return failures.isEmpty() ? Optional.empty() : failures.getLast().culprit();
    }
}
