package dev.custos.server.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.server.api.ApiException;
import java.util.HexFormat;

/**
 * The payload the nodes sign for a request, as they receive it. The nodes derive what they sign from these bytes
 * themselves; the server only hands them over. Payload kinds the nodes cannot sign yet are refused when the request
 * is submitted, not after people approved it.
 */
final class Signable {
    private Signable() {}

    static TypedPayload of(String chain, JsonNode payload, Scheme scheme) {
        if (chain.equals("ethereum") && payload.has("raw_tx")) {
            if (scheme != Scheme.ECDSA_SECP256K1) {
                throw ApiException.badRequest(
                        "an Ethereum transaction needs an ecdsa-secp256k1 wallet, this one is " + scheme.wireName());
            }
            String hex = payload.get("raw_tx").asText();
            return new TypedPayload(PayloadType.ETHEREUM_RAW_TX, HexFormat.of().parseHex(hex.substring(2)));
        }
        String kind =
                payload.has("safe_tx") ? "Safe transactions" : payload.has("psbt") ? "PSBTs" : chain + " transactions";
        throw ApiException.badRequest("the nodes do not sign " + kind
                + " through the API yet (docs/SERVER.md, \"What the nodes sign\"); submit a raw Ethereum transaction");
    }
}
