package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of a signing job as the coordinator forwards them. The node trusts none of it: it derives what to sign
 * from {@link #payload()}, and its {@code SigningAuthorizer} verifies the approvals and the verdict itself. Approvals
 * and verdicts are bound to the request id (with the wallet and the payload): a coordinator that changes it makes them
 * fail to verify. The initiator is what four eyes compares approvers with; nobody signs it (docs/NODES.md, "Limits of
 * node-local enforcement").
 *
 * @param payload the raw bytes to sign, typed
 * @param requestId the request's id (1 to {@value #MAX_ID_LENGTH} characters), or empty when the job names no request
 *     (raw signing; an enforcing node refuses it)
 * @param initiator who asked for the signature (at most {@value #MAX_ID_LENGTH} characters; empty if unknown)
 * @param approvals the approvers' signed approvals (at most {@value #MAX_APPROVALS})
 * @param verdict the detection service's signed verdict, if any
 * @param presignature for ECDSA, the presignature (named by its presigning session) the signers use; empty for FROST
 */
public record SignRequest(
        TypedPayload payload,
        String requestId,
        String initiator,
        List<Approval> approvals,
        Optional<DetectionVerdict> verdict,
        Optional<SessionId> presignature) {
    public static final int MAX_APPROVALS = 64;
    public static final int MAX_ID_LENGTH = 128;

    public SignRequest {
        requireNonNull(payload, "payload is null");
        requireNonNull(requestId, "requestId is null");
        requireNonNull(initiator, "initiator is null");
        requireNonNull(approvals, "approvals is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(presignature, "presignature is null");
        RequestText.require(requestId, "a request id", 0, MAX_ID_LENGTH);
        RequestText.require(initiator, "an initiator", 0, MAX_ID_LENGTH);
        if (approvals.size() > MAX_APPROVALS) {
            throw new IllegalArgumentException("at most " + MAX_APPROVALS + " approvals, got " + approvals.size());
        }
        approvals.forEach(approval -> requireNonNull(approval, "an approval is null"));
        approvals = List.copyOf(approvals);
    }

    /** A request with no request id, initiator, approvals, verdict or presignature (raw signing). */
    public static SignRequest of(TypedPayload payload) {
        return new SignRequest(payload, "", "", List.of(), Optional.empty(), Optional.empty());
    }

    /** Request {@code requestId} by {@code initiator} for {@code payload}, with {@code approvals} and {@code verdict}. */
    public static SignRequest of(
            TypedPayload payload,
            String requestId,
            String initiator,
            List<Approval> approvals,
            Optional<DetectionVerdict> verdict) {
        return new SignRequest(payload, requestId, initiator, approvals, verdict, Optional.empty());
    }

    /** This request with {@code presignature} to use. */
    public SignRequest withPresignature(SessionId presignature) {
        return new SignRequest(payload, requestId, initiator, approvals, verdict, Optional.of(presignature));
    }

    @Override
    public String toString() {
        return "SignRequest[" + payload + (requestId.isEmpty() ? ", no request id" : ", request " + requestId)
                + ", " + approvals.size() + " approvals, verdict " + (verdict.isPresent() ? "present" : "absent")
                + presignature.map(s -> ", presignature " + s.toHex()).orElse("")
                + "]";
    }
}
