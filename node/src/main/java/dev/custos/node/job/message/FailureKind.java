package dev.custos.node.job.message;

import java.util.Optional;

/** Why a node gave up on a job. */
public enum FailureKind {
    /** A peer's protocol message failed a check; the culprit is that peer, where the protocol can tell. */
    PROTOCOL(1),
    /**
     * An envelope was forged, altered, replayed, misrouted or from a non-participant, or the job's inputs contradict
     * each other: the coordinator or the network is at fault.
     */
    TRANSPORT(2),
    /** The node refused the job: its authorizer refused, a session was reused, or the job asks for what it cannot do. */
    REFUSED(3),
    /** The node could not write the state that protects a secret; it sent nothing that depends on it. */
    STORAGE(4),
    /** The job was aborted or timed out before it finished. */
    ABORTED(5);

    private final int code;

    FailureKind(int code) {
        this.code = code;
    }

    /** The byte that names this kind on the wire. */
    public int code() {
        return code;
    }

    /** The kind with wire code {@code code}, if there is one. */
    public static Optional<FailureKind> byCode(int code) {
        for (FailureKind kind : values()) {
            if (kind.code == code) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
