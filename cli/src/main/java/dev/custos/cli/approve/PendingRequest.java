package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as {@code GET /v1/requests/{id}} returns it, reduced to what approving reads: the identity, the raw payload
 * (in {@code body}) and the coordinator's approval terms. Display fields ({@code intent}, {@code decision}, ...) are
 * never read.
 *
 * @param id the request id the coordinator returned
 * @param wallet the wallet id
 * @param chain the chain name
 * @param status the request's status, if given
 * @param digest the coordinator's approval digest
 * @param policyVersion the policy version to approve under
 * @param expiresAt when the approval expires
 * @param body the whole answer, for the payload fields
 */
record PendingRequest(
        String id,
        String wallet,
        String chain,
        Optional<String> status,
        byte[] digest,
        long policyVersion,
        Instant expiresAt,
        JsonNode body) {
    PendingRequest {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(wallet, "wallet is null");
        Objects.requireNonNull(chain, "chain is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        Objects.requireNonNull(body, "body is null");
        digest = Objects.requireNonNull(digest, "digest is null").clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** Reads the answer; a missing or ill-typed field is an {@link ApiFailure} naming it. */
    static PendingRequest parse(JsonNode body, String what) {
        String id = text(body, "id", what);
        String wallet = text(body, "wallet", what);
        String chain = text(body, "chain", what);
        Optional<String> status =
                body.path("status").isTextual() ? Optional.of(body.get("status").asText()) : Optional.empty();
        JsonNode approval = body.get("approval");
        if (approval == null || !approval.isObject()) {
            throw malformed(what, "no 'approval' object: the request is not waiting for approvals");
        }
        String digestText = text(approval, "digest", what + " approval");
        if (!digestText.matches("(0x)?[0-9a-fA-F]{64}")) {
            throw malformed(
                    what, "approval.digest must be 32 bytes in hex, got '" + CoordinatorApi.oneLine(digestText) + "'");
        }
        byte[] digest = HexFormat.of().parseHex(digestText.startsWith("0x") ? digestText.substring(2) : digestText);
        JsonNode version = approval.get("policy_version");
        if (version == null || !version.canConvertToLong() || !version.isIntegralNumber() || version.asLong() < 0) {
            throw malformed(what, "approval.policy_version must be a non-negative integer");
        }
        String expiry = text(approval, "expires_at", what + " approval");
        Instant expiresAt;
        try {
            expiresAt = Instant.parse(expiry);
        } catch (DateTimeParseException e) {
            throw malformed(
                    what, "approval.expires_at is not an RFC 3339 time: '" + CoordinatorApi.oneLine(expiry) + "'");
        }
        return new PendingRequest(id, wallet, chain, status, digest, version.asLong(), expiresAt, body);
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw malformed(what, "field '" + field + "' is missing or not a non-empty string");
        }
        return value.asText();
    }

    private static ApiFailure malformed(String what, String detail) {
        return new ApiFailure("malformed answer to " + what + ": " + detail);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingRequest that
                && id.equals(that.id)
                && wallet.equals(that.wallet)
                && chain.equals(that.chain)
                && status.equals(that.status)
                && Arrays.equals(digest, that.digest)
                && policyVersion == that.policyVersion
                && expiresAt.equals(that.expiresAt)
                && body.equals(that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, wallet, chain, Arrays.hashCode(digest), policyVersion, expiresAt);
    }
}
