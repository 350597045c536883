package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.JsonFields;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /v1/requests}, checked: the wallet, the chain and exactly one payload of that chain, plus
 * the caller's claims ({@code amount_usd}, {@code note}), which are shown and compared but never decide.
 *
 * @param wallet the wallet id
 * @param chain ethereum, bitcoin or solana
 * @param payload the payload fields as given ({@code raw_tx}; {@code safe_tx}, {@code chain_id}, {@code safe_version};
 *     {@code psbt}, {@code network}; {@code tx})
 * @param amountUsd the claimed USD amount, if given
 * @param note free text for people, if given
 */
record Submission(
        String wallet, String chain, ObjectNode payload, Optional<BigDecimal> amountUsd, Optional<String> note) {
    static final Set<String> FIELDS = Set.of(
            "wallet",
            "chain",
            "raw_tx",
            "safe_tx",
            "chain_id",
            "safe_version",
            "psbt",
            "network",
            "tx",
            "amount_usd",
            "note");
    private static final int MAX_NOTE = 1000;

    Submission {
        requireNonNull(wallet, "wallet is null");
        requireNonNull(chain, "chain is null");
        requireNonNull(payload, "payload is null");
        requireNonNull(amountUsd, "amountUsd is null");
        requireNonNull(note, "note is null");
    }

    static Submission parse(JsonNode body) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        String wallet = fields.text("wallet");
        String chain = fields.text("chain");
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        switch (chain) {
            case "ethereum" -> {
                only(fields, chain, "raw_tx", "safe_tx", "chain_id", "safe_version");
                boolean raw = fields.has("raw_tx");
                boolean safe = fields.has("safe_tx");
                if (raw == safe) {
                    throw ApiException.badRequest("an ethereum request carries exactly one of 'raw_tx' and 'safe_tx'");
                }
                if (raw) {
                    if (fields.has("chain_id") || fields.has("safe_version")) {
                        throw ApiException.badRequest(
                                "'chain_id' and 'safe_version' go with 'safe_tx'; a raw transaction carries its chain id");
                    }
                    String hex = fields.text("raw_tx");
                    if (!hex.matches("(0x)?([0-9a-fA-F]{2})+")) {
                        throw ApiException.badRequest("field 'raw_tx' must be hex bytes");
                    }
                    payload.put("raw_tx", hex.startsWith("0x") ? hex : "0x" + hex);
                } else {
                    payload.set("safe_tx", fields.optionalObject("safe_tx").orElseThrow());
                    payload.put("chain_id", fields.optionalLong("chain_id").orElse(1L));
                    payload.put(
                            "safe_version", fields.optionalText("safe_version").orElse("1.3.0"));
                }
            }
            case "bitcoin" -> {
                only(fields, chain, "psbt", "network");
                payload.put("psbt", fields.text("psbt"));
                // the network is the wallet's; a given one is checked against it when the request is submitted
                fields.optionalText("network").ifPresent(network -> payload.put("network", network));
            }
            case "solana" -> {
                only(fields, chain, "tx");
                payload.put("tx", fields.text("tx"));
            }
            default ->
                throw ApiException.badRequest(
                        "field 'chain' must be one of ethereum, bitcoin, solana, not '" + chain + "'");
        }
        Optional<String> note = fields.optionalText("note");
        if (note.isPresent() && note.get().length() > MAX_NOTE) {
            throw ApiException.badRequest("field 'note' must be at most " + MAX_NOTE + " characters");
        }
        return new Submission(wallet, chain, payload, fields.optionalDecimal("amount_usd"), note);
    }

    private static void only(JsonFields fields, String chain, String... allowed) {
        Set<String> mine = Set.of(allowed);
        for (String payloadField : Set.of("raw_tx", "safe_tx", "chain_id", "safe_version", "psbt", "network", "tx")) {
            if (!mine.contains(payloadField) && fields.has(payloadField)) {
                throw ApiException.badRequest("field '" + payloadField + "' does not apply to a " + chain + " request");
            }
        }
    }
}
