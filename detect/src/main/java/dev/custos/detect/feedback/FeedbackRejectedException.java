package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

/** Well-formed feedback that the pipeline cannot apply, with the reason as a value callers can dispatch on. */
public final class FeedbackRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why feedback was refused. */
    public enum Reason {
        /** A false positive names an alert this pipeline did not raise (or no longer remembers). */
        UNKNOWN_ALERT,
        /** A suppression reuses the id of an existing one. */
        DUPLICATE_SUPPRESSION,
        /** The feedback store holds its maximum number of records. */
        FULL
    }

    private final Reason reason;

    FeedbackRejectedException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason is null");
    }

    public Reason reason() {
        return reason;
    }
}
