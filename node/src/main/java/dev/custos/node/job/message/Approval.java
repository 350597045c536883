package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.policy.request.ApprovalProof;
import java.time.Instant;

/**
 * An approver's approval as the coordinator forwards it with a signing job. The node trusts none of it: the approver
 * must be in the installed policy, and the proof must bind the approval digest v2 that the node recomputes from the
 * payload bytes, the wallet, the request id, {@code policyVersion} and {@code expiresAt} (docs/POLICY.md, "Approval
 * digest v2"): an Ed25519 signature by the approver's device key, or a WebAuthn assertion by one of their passkeys whose
 * challenge is that digest (docs/POLICY.md, "Passkeys").
 *
 * @param approver the approver's name in the policy, 1 to {@value #MAX_NAME_LENGTH} characters, no control characters
 * @param policyVersion the policy version the approver signed for, at least 1
 * @param expiresAt when the approval stops counting, in whole seconds from 1970
 * @param proof the device key signature or the passkey assertion, sizes bounded by their constructors
 */
public record Approval(String approver, long policyVersion, Instant expiresAt, ApprovalProof proof) {
    public static final int MAX_NAME_LENGTH = 128;

    public Approval {
        requireNonNull(approver, "approver is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(proof, "proof is null");
        RequestText.require(approver, "an approver name", 1, MAX_NAME_LENGTH);
        if (policyVersion < 1) {
            throw new IllegalArgumentException("an approval's policy version is at least 1, got " + policyVersion);
        }
        if (expiresAt.getNano() != 0 || expiresAt.getEpochSecond() < 0) {
            throw new IllegalArgumentException("an approval expires at a whole second from 1970 on, got " + expiresAt);
        }
    }

    @Override
    public String toString() {
        return "Approval[" + approver + ", policy " + policyVersion + ", expires " + expiresAt + ", " + proof + "]";
    }
}
