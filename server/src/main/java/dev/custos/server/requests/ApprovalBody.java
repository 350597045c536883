package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.StrictJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /v1/requests/{id}/approvals}, checked: who approves, until when, and exactly one proof —
 * an Ed25519 signature by the approver's device key over the 32 bytes of the request's approval digest, or a passkey
 * assertion whose challenge is that digest (the browser's {@code PublicKeyCredential.toJSON()}; docs/POLICY.md,
 * "Approvals").
 *
 * @param approver the approver's name in the policy
 * @param expiresAt RFC 3339; the digest binds it
 * @param signature 64 bytes in hex, for a device-key approval
 * @param passkey the WebAuthn credential JSON, for a passkey approval
 */
record ApprovalBody(String approver, String expiresAt, Optional<String> signature, Optional<JsonNode> passkey) {
    private static final Set<String> FIELDS = Set.of("approver", "expires_at", "signature", "passkey");

    ApprovalBody {
        requireNonNull(approver, "field 'approver' is missing");
        requireNonNull(expiresAt, "field 'expires_at' is missing");
        requireNonNull(signature, "signature is null");
        requireNonNull(passkey, "passkey is null");
        if (approver.isBlank() || approver.length() > 100) {
            throw new IllegalArgumentException("field 'approver' must be 1 to 100 characters");
        }
        if (signature.isPresent() == passkey.isPresent()) {
            throw new IllegalArgumentException("an approval carries exactly one of 'signature' (device key) and"
                    + " 'passkey' (WebAuthn assertion)");
        }
        if (signature.isPresent() && !signature.get().matches("[0-9a-fA-F]{128}")) {
            throw new IllegalArgumentException("field 'signature' must be 64 bytes in hex");
        }
        try {
            Instant.parse(expiresAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'expires_at' must be an RFC 3339 time, not '" + expiresAt + "'");
        }
    }

    /** Reads a body strictly; an unknown field, a wrong type or a missing one is refused naming it. */
    static ApprovalBody parse(String body) {
        JsonFields fields = JsonFields.of(StrictJson.tree(body), FIELDS);
        try {
            return new ApprovalBody(
                    fields.text("approver"),
                    fields.text("expires_at"),
                    fields.optionalText("signature"),
                    fields.optionalObject("passkey"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
