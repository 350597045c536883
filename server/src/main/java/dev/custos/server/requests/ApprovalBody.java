package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The body of {@code POST /v1/requests/{id}/approvals}: an Ed25519 signature by the approver's device key over the 32
 * bytes of the request's approval digest (docs/POLICY.md, "Approvals").
 *
 * @param approver the approver's name in the policy
 * @param signature 64 bytes, hex
 * @param expiresAt RFC 3339; the digest binds it
 */
record ApprovalBody(
        String approver,
        String signature,
        @JsonProperty("expires_at") String expiresAt) {
    ApprovalBody {
        requireNonNull(approver, "field 'approver' is missing");
        requireNonNull(signature, "field 'signature' is missing");
        requireNonNull(expiresAt, "field 'expires_at' is missing");
        if (approver.isBlank() || approver.length() > 100) {
            throw new IllegalArgumentException("field 'approver' must be 1 to 100 characters");
        }
        if (!signature.matches("[0-9a-fA-F]{128}")) {
            throw new IllegalArgumentException("field 'signature' must be 64 bytes in hex");
        }
        try {
            Instant.parse(expiresAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'expires_at' must be an RFC 3339 time, not '" + expiresAt + "'");
        }
    }
}
