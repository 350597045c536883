package dev.custos.policy.approval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.IntentJson;
import dev.custos.policy.model.CanonicalJson;
import dev.custos.policy.request.SigningRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;

/**
 * The 32-byte digest an approver's device signs: SHA-256 over the domain tag {@code custos/approval/v1} and five fields,
 * each preceded by its length as a 4-byte big-endian integer: request id (UTF-8), the intent's canonical JSON (UTF-8),
 * the payload hash (32 bytes), the policy version (8-byte big-endian) and the expiry (8-byte big-endian Unix seconds).
 * The domain tag is length-prefixed the same way.
 */
public final class ApprovalDigest {
    public static final String DOMAIN = "custos/approval/v1";
    public static final String POLICY_CHANGE_DOMAIN = "custos/policy-change/v1";

    private ApprovalDigest() {}

    public static byte[] of(SigningRequest request, long policyVersion, Instant expiresAt) {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        return hash(
                DOMAIN.getBytes(StandardCharsets.UTF_8),
                request.id().getBytes(StandardCharsets.UTF_8),
                canonicalIntent(request).getBytes(StandardCharsets.UTF_8),
                request.payloadHash(),
                ByteBuffer.allocate(8).putLong(policyVersion).array(),
                ByteBuffer.allocate(8).putLong(expiresAt.getEpochSecond()).array());
    }

    /**
     * The canonical JSON of what is approved: wallet, chain, asset, destination, USD amount and the decoded intent
     * ({@code null} when no payload was attached), keys sorted, no whitespace.
     */
    public static String canonicalIntent(SigningRequest request) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("wallet_id", request.walletId());
        node.put("chain", request.chain());
        node.put("asset", request.asset());
        node.put("to", request.destination());
        // the double, as this digest has always carried it (a JSON number as Jackson writes a double)
        node.put("amount_usd", request.amountUsd().toDouble());
        if (request.intent().isPresent()) {
            node.set("intent", IntentJson.toJson(request.intent().get()));
        } else {
            node.putNull("intent");
        }
        return CanonicalJson.write(node);
    }

    /** SHA-256 of the length-prefixed concatenation of {@code fields}. */
    public static byte[] hash(byte[]... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] field : fields) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(field.length).array());
            out.writeBytes(field);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
