package dev.custos.node.policy;

import static java.util.Objects.requireNonNull;

/** A node refused to install a policy; {@link #reason()} says why, the message says what exactly. */
public final class PolicyInstallException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a policy was refused. */
    public enum Reason {
        /** The bytes are not a signed policy. */
        MALFORMED,
        /** The node has no committee, so no admins whose quorum could sign a policy. */
        NO_COMMITTEE,
        /** The admins' signatures do not make a quorum of the committee's admins (the message names the admin). */
        NOT_SIGNED_BY_QUORUM,
        /** The version is below the installed one: a downgrade. */
        DOWNGRADE,
        /** The version equals the installed one but the document differs: the admins signed two policies as one. */
        CONFLICTING_VERSION
    }

    private final Reason reason;

    public PolicyInstallException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = requireNonNull(reason, "reason is null");
    }

    public PolicyInstallException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = requireNonNull(reason, "reason is null");
    }

    public Reason reason() {
        return reason;
    }
}
