package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import java.util.Optional;

/** A protocol run stopped: why, and who is proven at fault if anyone. */
public final class ProtocolFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String culprit;

    public ProtocolFailure(FailureKind kind, Optional<String> culprit, String message) {
        super(requireNonNull(message, "message is null"));
        this.kind = requireNonNull(kind, "kind is null");
        this.culprit = requireNonNull(culprit, "culprit is null").orElse("");
    }

    public ProtocolFailure(FailureKind kind, Optional<String> culprit, String message, Throwable cause) {
        this(kind, culprit, message);
        initCause(cause);
    }

    /** A failure that {@code culprit}'s signed message proves. */
    public static ProtocolFailure blame(String culprit, String message) {
        return new ProtocolFailure(FailureKind.PROTOCOL, Optional.of(culprit), message);
    }

    public FailureKind kind() {
        return kind;
    }

    public Optional<String> culprit() {
        return culprit.isEmpty() ? Optional.empty() : Optional.of(culprit);
    }

    /** This failure as a job outcome. */
    public Outcome.Failed outcome() {
        return Outcome.Failed.of(kind, culprit(), getMessage());
    }
}
