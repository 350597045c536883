package dev.custos.policy.request;

import java.time.Instant;
import java.util.Objects;

/**
 * An approval as received with a request: who claims to approve, for which policy version, until when, and the proof
 * over the approval digest v2 ({@code dev.custos.policy.approval.digest.ApprovalDigest}) that binds those terms.
 *
 * @param approver the approver's name in the policy
 * @param policyVersion the policy version the approver saw
 * @param expiresAt after this instant the approval does not count
 * @param proof a device key signature or a passkey assertion
 */
public record SignedApproval(String approver, long policyVersion, Instant expiresAt, ApprovalProof proof) {
    public SignedApproval {
        Objects.requireNonNull(approver, "approver is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        Objects.requireNonNull(proof, "proof is null");
    }

    @Override
    public String toString() {
        return "SignedApproval[" + approver + ", policy " + policyVersion + ", expires " + expiresAt + ", " + proof
                + "]";
    }
}
