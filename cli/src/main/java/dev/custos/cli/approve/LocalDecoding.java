package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.bitcoin.BitcoinFlag;
import dev.custos.chain.bitcoin.BitcoinIntent;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.Psbt;
import dev.custos.chain.bitcoin.PsbtDecoder;
import dev.custos.chain.bitcoin.PsbtParser;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes a request's raw payload on this machine with the {@code chain} module: {@code raw_tx} (Ethereum),
 * {@code safe_tx} with {@code chain_id} and {@code safe_version} (default 1.3.0), or {@code psbt} with an optional
 * {@code network} (default mainnet). Nothing else in the answer is read.
 */
final class LocalDecoding {
    private static final String PAYLOADS = "raw_tx, safe_tx or psbt";

    private LocalDecoding() {}

    static DecodedPayload decode(PendingRequest request) {
        JsonNode body = request.body();
        return switch (request.chain()) {
            case "ethereum" -> {
                boolean raw = body.has("raw_tx");
                boolean safe = body.has("safe_tx");
                if (raw == safe) {
                    throw new Refusal("an ethereum request must carry exactly one of raw_tx and safe_tx, this one has "
                            + (raw ? "both" : "neither"));
                }
                yield raw ? rawTransaction(body.get("raw_tx")) : safeTransaction(body);
            }
            case "bitcoin" -> psbt(body);
            case "solana" ->
                throw new Refusal("this custos cannot decode Solana transactions yet, and does not sign what it cannot"
                        + " decode");
            default ->
                throw new Refusal("unknown chain '" + CoordinatorApi.oneLine(request.chain())
                        + "': this custos decodes " + PAYLOADS + " payloads");
        };
    }

    private static DecodedPayload rawTransaction(JsonNode node) {
        if (!node.isTextual()) {
            throw new Refusal("raw_tx must be a hex string");
        }
        try {
            EthereumTransaction transaction = TransactionDecoder.decode(Hex.decode(node.asText()));
            Intent intent = decoder().decodeRawTransaction(transaction);
            List<String> warnings = new ArrayList<>(intent.warnings());
            if (transaction.signature().isPresent()) {
                warnings.add("raw_tx carries a signature already; the approval covers its signing hash");
            }
            return new DecodedPayload(
                    ApprovalSubjects.rawTransaction(transaction, intent), flags(intent), warnings, intent.summary());
        } catch (DecodingException | IllegalArgumentException e) {
            throw new Refusal("raw_tx does not decode: " + CoordinatorApi.oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static DecodedPayload safeTransaction(JsonNode body) {
        JsonNode chainIdNode = body.get("chain_id");
        if (chainIdNode == null || !(chainIdNode.isIntegralNumber() || chainIdNode.isTextual())) {
            throw new Refusal("a safe_tx request must give its chain_id (the safeTxHash depends on it)");
        }
        try {
            BigInteger chainId = new BigInteger(chainIdNode.asText());
            if (chainId.signum() <= 0) {
                throw new Refusal("chain_id must be positive, got " + chainId);
            }
            SafeVersion version = SafeVersion.parse(
                    body.path("safe_version").isTextual()
                            ? body.get("safe_version").asText()
                            : "1.3.0");
            List<SafeTransaction> transactions = SafeTransactionParser.parse(body.get("safe_tx"));
            if (transactions.size() != 1) {
                throw new Refusal("safe_tx must hold exactly one Safe transaction, it holds " + transactions.size());
            }
            SafeTransaction transaction = transactions.get(0);
            Intent intent = decoder().decodeSafeTransaction(transaction, chainId, version);
            return new DecodedPayload(
                    ApprovalSubjects.safeTransaction(transaction, intent, chainId),
                    flags(intent),
                    intent.warnings(),
                    intent.summary());
        } catch (NumberFormatException e) {
            throw new Refusal("chain_id is not an integer: '" + CoordinatorApi.oneLine(chainIdNode.asText()) + "'", e);
        } catch (DecodingException | IllegalArgumentException e) {
            throw new Refusal("safe_tx does not decode: " + CoordinatorApi.oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static DecodedPayload psbt(JsonNode body) {
        JsonNode node = body.get("psbt");
        if (node == null || !node.isTextual()) {
            throw new Refusal("a bitcoin request must carry its psbt as a base64 string");
        }
        Network network =
                network(body.path("network").isTextual() ? body.get("network").asText() : "mainnet");
        try {
            Psbt psbt = PsbtParser.parseBase64(node.asText());
            BitcoinIntent intent = PsbtDecoder.decode(psbt, network);
            List<String> flags =
                    intent.flags().stream().map(BitcoinFlag::wireName).toList();
            return new DecodedPayload(ApprovalSubjects.psbt(psbt, network), flags, intent.warnings(), intent.summary());
        } catch (DecodingException e) {
            throw new Refusal("psbt does not decode: " + CoordinatorApi.oneLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new Refusal("psbt: " + CoordinatorApi.oneLine(e.getMessage()), e);
        }
    }

    private static Network network(String name) {
        for (Network network : Network.values()) {
            if (network.name().toLowerCase(Locale.ROOT).equals(name)) {
                return network;
            }
        }
        throw new Refusal("unknown bitcoin network '" + CoordinatorApi.oneLine(name) + "': expected mainnet, testnet or"
                + " regtest");
    }

    private static IntentDecoder decoder() {
        return IntentDecoder.withWellKnownFunctions(AddressBook.empty());
    }

    private static List<String> flags(Intent intent) {
        return intent.flags().stream().map(Flag::wireName).toList();
    }
}
