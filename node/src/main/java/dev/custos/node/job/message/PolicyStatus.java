package dev.custos.node.job.message;

import java.util.Optional;

/** What a node did with a delivered policy ({@link JobMessage.PolicyReport}). */
public enum PolicyStatus {
    /** The policy verified and is now the node's installed policy. */
    INSTALLED(1, "installed"),
    /** The very policy was installed already; nothing changed. */
    UNCHANGED(2, "unchanged"),
    /** The node refused it; the report says why. Its installed policy is as before. */
    REFUSED(3, "refused");

    private final int code;
    private final String word;

    PolicyStatus(int code, String word) {
        this.code = code;
        this.word = word;
    }

    /** The byte on the wire. */
    public int code() {
        return code;
    }

    /** The lowercase word, as logs and reports print it. */
    public String word() {
        return word;
    }

    /** The status whose wire byte is {@code code}. */
    public static Optional<PolicyStatus> byCode(int code) {
        for (PolicyStatus status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
