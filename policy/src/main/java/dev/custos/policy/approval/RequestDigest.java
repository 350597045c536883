package dev.custos.policy.approval;

import dev.custos.policy.model.Policy;
import dev.custos.policy.request.SigningRequest;
import java.time.Instant;

/**
 * The seam between verdicts and the approval digest: the 32 bytes a detection verdict binds to. Interim: the approval
 * digest of the request under the active policy version with expiry 0 (Unix epoch), so a verdict is bound to the
 * request id, the payload hash and the policy version. When the approval digest is replaced (v2), only this method
 * changes.
 */
public final class RequestDigest {
    private RequestDigest() {}

    public static byte[] of(SigningRequest request, Policy policy) {
        return ApprovalDigest.of(request, policy.version(), Instant.EPOCH);
    }
}
