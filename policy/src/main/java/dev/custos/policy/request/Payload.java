package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.PsbtParser;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.chain.solana.SolanaDecoder;
import dev.custos.policy.PolicyInputException;
import dev.custos.types.EventFields;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The payload of a request, decoded: {@code custos.tx.raw} (a raw Ethereum transaction), {@code custos.tx.safe} (one
 * Safe transaction), {@code custos.tx.psbt} (a base64 PSBT for {@code custos.tx.network}, default mainnet),
 * {@code custos.tx.solana} (a base64 Solana message for {@code custos.tx.network}, default mainnet-beta), or none.
 * What approvals bind is derived from it ({@code dev.custos.policy.approval.RequestDigest}).
 *
 * @param typed the decoded payload
 */
record Payload(TypedPayload typed) {
    static final String TX_PSBT = "custos.tx.psbt";
    static final String TX_NETWORK = "custos.tx.network";
    static final String TX_SOLANA = "custos.tx.solana";
    static final List<String> SOLANA_NETWORKS = List.of("mainnet-beta", "devnet", "testnet", "localnet");

    Payload {
        Objects.requireNonNull(typed, "typed is null");
    }

    Optional<Intent> intent() {
        return typed.intent();
    }

    static Payload of(RequestFields fields, AddressBook book) {
        boolean raw = fields.get(EventFields.TX_RAW).isPresent();
        boolean safe = fields.get(EventFields.TX_SAFE).isPresent();
        boolean psbt = fields.get(TX_PSBT).isPresent();
        boolean solana = fields.get(TX_SOLANA).isPresent();
        if ((raw ? 1 : 0) + (safe ? 1 : 0) + (psbt ? 1 : 0) + (solana ? 1 : 0) > 1) {
            throw new PolicyInputException("request has more than one of custos.tx.raw, custos.tx.safe,"
                    + " custos.tx.psbt and custos.tx.solana; give one payload");
        }
        if (solana) {
            return solana(fields);
        }
        if (raw) {
            return rawTransaction(fields, book);
        }
        if (safe) {
            return safeTransaction(fields, book);
        }
        if (psbt) {
            return psbt(fields);
        }
        return new Payload(new TypedPayload.None());
    }

    private static Payload psbt(RequestFields fields) {
        String text = fields.text(TX_PSBT).orElseThrow(() -> RequestFields.missing(TX_PSBT));
        String networkName = fields.text(TX_NETWORK).orElse("mainnet");
        Network network = switch (networkName) {
            case "mainnet" -> Network.MAINNET;
            case "testnet" -> Network.TESTNET;
            case "regtest" -> Network.REGTEST;
            default ->
                throw new PolicyInputException(
                        TX_NETWORK + " must be mainnet, testnet or regtest, got '" + networkName + "'");
        };
        try {
            return new Payload(new TypedPayload.PsbtPayload(PsbtParser.parseBase64(text), network));
        } catch (DecodingException e) {
            throw new PolicyInputException(TX_PSBT + ": " + e.getMessage(), e);
        }
    }

    private static Payload solana(RequestFields fields) {
        String text = fields.text(TX_SOLANA).orElseThrow(() -> RequestFields.missing(TX_SOLANA));
        String network = fields.text(TX_NETWORK).orElse("mainnet-beta");
        if (!SOLANA_NETWORKS.contains(network)) {
            throw new PolicyInputException(
                    TX_NETWORK + " must be one of " + SOLANA_NETWORKS + " for a Solana message, got '" + network + "'");
        }
        byte[] message;
        try {
            message = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(TX_SOLANA + " is not base64: " + e.getMessage(), e);
        }
        try {
            return new Payload(new TypedPayload.SolanaPayload(message, SolanaDecoder.decode(message), network));
        } catch (DecodingException e) {
            throw new PolicyInputException(TX_SOLANA + ": " + e.getMessage(), e);
        }
    }

    private static Payload rawTransaction(RequestFields fields, AddressBook book) {
        String text = fields.text(EventFields.TX_RAW).orElseThrow(() -> RequestFields.missing(EventFields.TX_RAW));
        try {
            Intent intent = IntentDecoder.withWellKnownFunctions(book).decodeRawTransaction(Hex.decode(text));
            return new Payload(new TypedPayload.RawTransaction(intent));
        } catch (DecodingException e) {
            throw new PolicyInputException(EventFields.TX_RAW + ": " + e.getMessage(), e);
        }
    }

    private static Payload safeTransaction(RequestFields fields, AddressBook book) {
        JsonNode node = fields.get(EventFields.TX_SAFE).orElseThrow();
        BigInteger chainId = chainId(fields);
        try {
            SafeVersion version =
                    SafeVersion.parse(fields.text(EventFields.TX_SAFE_VERSION).orElse("1.3.0"));
            List<SafeTransaction> transactions = SafeTransactionParser.parse(node);
            if (transactions.size() != 1) {
                throw new PolicyInputException("custos.tx.safe must hold exactly one Safe transaction");
            }
            Intent intent = IntentDecoder.withWellKnownFunctions(book)
                    .decodeSafeTransaction(transactions.get(0), chainId, version);
            return new Payload(new TypedPayload.SafeTransactionPayload(transactions.get(0), intent));
        } catch (DecodingException e) {
            throw new PolicyInputException(EventFields.TX_SAFE + ": " + e.getMessage(), e);
        }
    }

    private static BigInteger chainId(RequestFields fields) {
        BigDecimal value = fields.decimal(EventFields.TX_CHAIN_ID).orElse(BigDecimal.ONE);
        try {
            return value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new PolicyInputException(EventFields.TX_CHAIN_ID + " must be an integer", e);
        }
    }
}
