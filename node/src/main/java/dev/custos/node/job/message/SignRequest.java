package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.SessionId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of a signing job as the coordinator forwards them. The node trusts none of it: it derives what to sign
 * from {@link #payload()} and verifies the approvals and the verdict itself (through its {@code SigningAuthorizer}).
 *
 * @param payload the raw bytes to sign, typed
 * @param approvals the approvers' signed approvals, opaque here (at most {@value #MAX_APPROVALS}, each at most {@value
 *     #MAX_APPROVAL_LENGTH} bytes)
 * @param verdict the detection service's signed verdict, opaque here (at most {@value #MAX_VERDICT_LENGTH} bytes)
 * @param presignature for ECDSA, the presignature (named by its presigning session) the signers use; empty for FROST
 */
public record SignRequest(
        TypedPayload payload, List<byte[]> approvals, Optional<byte[]> verdict, Optional<SessionId> presignature) {
    public static final int MAX_APPROVALS = 64;
    public static final int MAX_APPROVAL_LENGTH = 4096;
    public static final int MAX_VERDICT_LENGTH = 8192;

    public SignRequest {
        requireNonNull(payload, "payload is null");
        requireNonNull(approvals, "approvals is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(presignature, "presignature is null");
        if (approvals.size() > MAX_APPROVALS) {
            throw new IllegalArgumentException("at most " + MAX_APPROVALS + " approvals, got " + approvals.size());
        }
        List<byte[]> copies = new ArrayList<>(approvals.size());
        for (byte[] approval : approvals) {
            requireNonNull(approval, "an approval is null");
            if (approval.length == 0 || approval.length > MAX_APPROVAL_LENGTH) {
                throw new IllegalArgumentException(
                        "an approval is 1 to " + MAX_APPROVAL_LENGTH + " bytes, got " + approval.length);
            }
            copies.add(approval.clone());
        }
        approvals = List.copyOf(copies);
        verdict = verdict.map(bytes -> {
            if (bytes.length == 0 || bytes.length > MAX_VERDICT_LENGTH) {
                throw new IllegalArgumentException(
                        "a verdict is 1 to " + MAX_VERDICT_LENGTH + " bytes, got " + bytes.length);
            }
            return bytes.clone();
        });
    }

    /** A request with no approvals, no verdict and no presignature. */
    public static SignRequest of(TypedPayload payload) {
        return new SignRequest(payload, List.of(), Optional.empty(), Optional.empty());
    }

    /** This request with {@code presignature} to use. */
    public SignRequest withPresignature(SessionId presignature) {
        return new SignRequest(payload, approvals, verdict, Optional.of(presignature));
    }

    @Override
    public List<byte[]> approvals() {
        return approvals.stream().map(byte[]::clone).toList();
    }

    @Override
    public Optional<byte[]> verdict() {
        return verdict.map(byte[]::clone);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SignRequest other)
                || !payload.equals(other.payload)
                || !presignature.equals(other.presignature)
                || approvals.size() != other.approvals.size()
                || verdict.isPresent() != other.verdict.isPresent()) {
            return false;
        }
        for (int i = 0; i < approvals.size(); i++) {
            if (!Arrays.equals(approvals.get(i), other.approvals.get(i))) {
                return false;
            }
        }
        return verdict.isEmpty() || Arrays.equals(verdict.get(), other.verdict.get());
    }

    @Override
    public int hashCode() {
        return 31 * payload.hashCode() + presignature.hashCode() + approvals.size();
    }

    @Override
    public String toString() {
        return "SignRequest[" + payload + ", " + approvals.size() + " approvals, verdict "
                + (verdict.isPresent() ? "present" : "absent")
                + presignature.map(s -> ", presignature " + s.toHex()).orElse("")
                + "]";
    }
}
