package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An approver's signed approval as the coordinator forwards it with a signing job. The node trusts none of it: the
 * approver must be in the installed policy, and the signature must verify with that approver's key over the approval
 * digest v2 that the node recomputes from the payload bytes, the wallet, the request id, {@code policyVersion} and
 * {@code expiresAt} (docs/POLICY.md, "Approval digest v2").
 *
 * @param approver the approver's name in the policy, 1 to {@value #MAX_NAME_LENGTH} characters, no control characters
 * @param policyVersion the policy version the approver signed for, at least 1
 * @param expiresAt when the approval stops counting, in whole seconds from 1970
 * @param signature the 64-byte Ed25519 signature
 */
public record Approval(String approver, long policyVersion, Instant expiresAt, byte[] signature) {
    public static final int MAX_NAME_LENGTH = 128;
    public static final int SIGNATURE_LENGTH = 64;

    public Approval {
        requireNonNull(approver, "approver is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(signature, "signature is null");
        RequestText.require(approver, "an approver name", 1, MAX_NAME_LENGTH);
        if (policyVersion < 1) {
            throw new IllegalArgumentException("an approval's policy version is at least 1, got " + policyVersion);
        }
        if (expiresAt.getNano() != 0 || expiresAt.getEpochSecond() < 0) {
            throw new IllegalArgumentException("an approval expires at a whole second from 1970 on, got " + expiresAt);
        }
        if (signature.length != SIGNATURE_LENGTH) {
            throw new IllegalArgumentException(
                    "an approval signature is " + SIGNATURE_LENGTH + " bytes, got " + signature.length);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Approval other
                && approver.equals(other.approver)
                && policyVersion == other.policyVersion
                && expiresAt.equals(other.expiresAt)
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return 31 * approver.hashCode() + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "Approval[" + approver + ", policy " + policyVersion + ", expires " + expiresAt + ", signature "
                + HexFormat.of().formatHex(signature, 0, 8) + "…]";
    }
}
