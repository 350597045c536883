package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.policy.PolicyInputException;
import dev.custos.types.EventFields;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The payload of a request, decoded: {@code custos.tx.raw} (a raw Ethereum transaction, hashed with SHA-256) or
 * {@code custos.tx.safe} (one Safe transaction, hashed as its safeTxHash), or none (32 zero bytes).
 *
 * @param intent the decoded intent, if a payload was attached
 * @param hash the 32-byte payload hash
 */
record Payload(Optional<Intent> intent, byte[] hash) {
    Payload {
        Objects.requireNonNull(intent, "intent is null");
        Objects.requireNonNull(hash, "hash is null");
        if (hash.length != 32) {
            throw new IllegalArgumentException("hash must be 32 bytes");
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    static Payload of(RequestFields fields, AddressBook book) {
        boolean raw = fields.get(EventFields.TX_RAW).isPresent();
        boolean safe = fields.get(EventFields.TX_SAFE).isPresent();
        if (raw && safe) {
            throw new PolicyInputException("request has both custos.tx.raw and custos.tx.safe; give one payload");
        }
        if (raw) {
            return rawTransaction(fields, book);
        }
        if (safe) {
            Intent decoded = safeTransaction(fields, book);
            return new Payload(
                    Optional.of(decoded), decoded.safeTxHash().orElseThrow().bytes());
        }
        return new Payload(Optional.empty(), new byte[32]);
    }

    private static Payload rawTransaction(RequestFields fields, AddressBook book) {
        String text = fields.text(EventFields.TX_RAW).orElseThrow(() -> RequestFields.missing(EventFields.TX_RAW));
        try {
            byte[] raw = Hex.decode(text);
            Intent intent = IntentDecoder.withWellKnownFunctions(book).decodeRawTransaction(raw);
            return new Payload(Optional.of(intent), RequestParser.sha256(raw));
        } catch (DecodingException e) {
            throw new PolicyInputException(EventFields.TX_RAW + ": " + e.getMessage(), e);
        }
    }

    private static Intent safeTransaction(RequestFields fields, AddressBook book) {
        JsonNode node = fields.get(EventFields.TX_SAFE).orElseThrow();
        BigInteger chainId = chainId(fields);
        try {
            SafeVersion version =
                    SafeVersion.parse(fields.text(EventFields.TX_SAFE_VERSION).orElse("1.3.0"));
            List<SafeTransaction> transactions = SafeTransactionParser.parse(node);
            if (transactions.size() != 1) {
                throw new PolicyInputException("custos.tx.safe must hold exactly one Safe transaction");
            }
            return IntentDecoder.withWellKnownFunctions(book)
                    .decodeSafeTransaction(transactions.get(0), chainId, version);
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
