package dev.custos.policy.eval;

import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.verdict.SignedVerdict;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What the evaluator decides on besides the policy, its clock and its velocity state: the request (its typed payload,
 * wallet id, initiator and approvals; its other fields are claims, shown and compared, never enforced), the detection
 * verdict if one came, and the digest the verdict must be bound to ({@link
 * dev.custos.policy.approval.RequestDigest#of}).
 *
 * @param request the parsed request
 * @param verdict the signed detection verdict, if any
 * @param requestDigest the 32-byte digest of this request a verdict must name
 */
public record EvaluationInput(SigningRequest request, Optional<SignedVerdict> verdict, byte[] requestDigest) {
    public EvaluationInput {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(verdict, "verdict is null");
        Objects.requireNonNull(requestDigest, "requestDigest is null");
        if (requestDigest.length != 32) {
            throw new IllegalArgumentException("requestDigest must be 32 bytes, got " + requestDigest.length);
        }
        requestDigest = requestDigest.clone();
    }

    @Override
    public byte[] requestDigest() {
        return requestDigest.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationInput that
                && request.equals(that.request)
                && verdict.equals(that.verdict)
                && Arrays.equals(requestDigest, that.requestDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, verdict, Arrays.hashCode(requestDigest));
    }

    @Override
    public String toString() {
        return "EvaluationInput[" + request + ", verdict " + verdict.isPresent() + ", digest "
                + HexFormat.of().formatHex(requestDigest) + "]";
    }
}
