package dev.custos.server.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.safe.SafeSigningPayload;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.chain.solana.SolanaDecoder;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.server.api.ApiException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

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
        if (chain.equals("ethereum") && payload.has("safe_tx")) {
            if (scheme != Scheme.ECDSA_SECP256K1) {
                throw ApiException.badRequest(
                        "a Safe transaction is signed by an ecdsa-secp256k1 owner wallet, this one" + " is "
                                + scheme.wireName());
            }
            return safe(payload);
        }
        if (chain.equals("bitcoin") && payload.has("psbt")) {
            if (scheme != Scheme.FROST_SECP256K1_TR) {
                throw ApiException.badRequest("the nodes sign PSBTs through the API with a frost-secp256k1-tr (Taproot"
                        + " key path) wallet, this one is " + scheme.wireName());
            }
            return psbt(payload.get("psbt").asText());
        }
        if (chain.equals("solana") && payload.has("tx")) {
            if (scheme != Scheme.FROST_ED25519) {
                throw ApiException.badRequest(
                        "a Solana message is signed by a frost-ed25519 wallet, this one is " + scheme.wireName());
            }
            return solana(payload.get("tx").asText());
        }
        throw ApiException.badRequest("the nodes do not sign " + chain + " transactions through the API yet"
                + " (docs/SERVER.md, \"What the nodes sign\"); submit a raw Ethereum transaction, a Safe transaction, a"
                + " PSBT or a Solana message");
    }

    /** The Solana message (legacy or version 0) the signature covers, base64; decoded here so bad input fails early. */
    private static TypedPayload solana(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
            SolanaDecoder.decode(bytes);
        } catch (IllegalArgumentException | DecodingException e) {
            throw ApiException.badRequest("field 'tx': " + e.getMessage());
        }
        return new TypedPayload(PayloadType.SOLANA_MESSAGE, bytes);
    }

    /**
     * The PSBT as the job engine receives it (BIP174 bytes); the engine signs the wallet's inputs one job each, and
     * every node decides each job on the whole PSBT.
     */
    private static TypedPayload psbt(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
            PsbtSpend.parse(bytes);
        } catch (IllegalArgumentException | DecodingException e) {
            throw ApiException.badRequest("field 'psbt': " + e.getMessage());
        }
        return new TypedPayload(PayloadType.PSBT, bytes);
    }

    /** The Safe transaction as the nodes receive it: chain id, Safe version and the SafeTx fields, ABI-encoded. */
    private static TypedPayload safe(JsonNode payload) {
        try {
            List<SafeTransaction> transactions = SafeTransactionParser.parse(payload.get("safe_tx"));
            if (transactions.size() != 1) {
                throw ApiException.badRequest("field 'safe_tx' must hold exactly one Safe transaction");
            }
            SafeSigningPayload signing = new SafeSigningPayload(
                    BigInteger.valueOf(payload.get("chain_id").asLong()),
                    SafeVersion.parse(payload.get("safe_version").asText()),
                    transactions.get(0));
            return new TypedPayload(PayloadType.SAFE_TX, signing.encode());
        } catch (DecodingException | IllegalArgumentException e) {
            throw ApiException.badRequest("field 'safe_tx': " + e.getMessage());
        }
    }
}
