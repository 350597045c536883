package dev.custos.server.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.types.EventFields;
import java.time.Instant;

/**
 * A stored request as the {@code signing.request} event the policy reads (docs/EVENTS.md): the one way a request
 * reaches {@code RequestParser}, here as in {@code custos policy eval} and {@code custos replay}. Only the payload,
 * the ids, the initiator and the signed approvals decide; the claims are passed on to be compared.
 */
final class RequestEvent {
    private RequestEvent() {}

    static ObjectNode of(StoredRequest request) {
        ObjectNode document = request.document();
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put(EventFields.TIMESTAMP, request.createdAt().toString());
        event.put(EventFields.EVENT_CATEGORY, "api");
        event.put(EventFields.EVENT_ACTION, EventFields.ACTION_SIGNING_REQUEST);
        event.put(EventFields.USER_NAME, request.initiator());
        event.put(EventFields.REQUEST_ID, request.id());
        event.put(EventFields.WALLET_ID, request.wallet());
        event.put(EventFields.TX_CHAIN, request.chain());
        JsonNode from = document.path("submitted_from");
        if (from.hasNonNull("ip")) {
            event.put("source.ip", from.get("ip").asText());
        }
        if (from.hasNonNull("user_agent")) {
            event.put("user_agent.original", from.get("user_agent").asText());
        }
        if (document.has("raw_tx")) {
            event.put(EventFields.TX_RAW, document.get("raw_tx").asText());
        }
        if (document.has("safe_tx")) {
            event.set(EventFields.TX_SAFE, document.get("safe_tx"));
            event.put(EventFields.TX_CHAIN_ID, document.get("chain_id").asLong());
            event.put(EventFields.TX_SAFE_VERSION, document.get("safe_version").asText());
        }
        if (document.has("psbt")) {
            event.put("custos.tx.psbt", document.get("psbt").asText());
            event.put("custos.tx.network", document.get("network").asText());
        }
        if (request.chain().equals("solana") && document.has("tx")) {
            event.put("custos.tx.solana", document.get("tx").asText());
        }
        if (document.hasNonNull("amount_usd")) {
            event.put(EventFields.TX_AMOUNT_USD, document.get("amount_usd").decimalValue());
        }
        ArrayNode approvals = event.putArray(EventFields.APPROVALS);
        for (JsonNode approval : document.path("approvals")) {
            ObjectNode signed = approvals.addObject();
            signed.put("approver", approval.get("approver").asText());
            signed.put("policy_version", approval.get("policy_version").asLong());
            signed.put("expires_at", approval.get("expires_at").asText());
            if (approval.has("passkey")) {
                signed.set("passkey", approval.get("passkey"));
            } else {
                signed.put("signature", approval.get("signature").asText());
            }
        }
        return event;
    }

    static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }
}
