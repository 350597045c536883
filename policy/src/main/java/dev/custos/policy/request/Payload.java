package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.types.EventFields;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The payload of a request, decoded: {@code custos.tx.raw} (a raw unsigned Ethereum transaction) or
 * {@code custos.tx.safe} (one Safe transaction), or none.
 *
 * @param intent the decoded intent, if a payload was attached
 * @param approvalSubject what approvals of this payload bind (docs/POLICY.md, "Approval digest v2"), if a payload
 *     was attached
 */
record Payload(Optional<Intent> intent, Optional<ApprovalSubject> approvalSubject) {
    Payload {
        Objects.requireNonNull(intent, "intent is null");
        Objects.requireNonNull(approvalSubject, "approvalSubject is null");
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
            return safeTransaction(fields, book);
        }
        return new Payload(Optional.empty(), Optional.empty());
    }

    private static Payload rawTransaction(RequestFields fields, AddressBook book) {
        String text = fields.text(EventFields.TX_RAW).orElseThrow(() -> RequestFields.missing(EventFields.TX_RAW));
        try {
            EthereumTransaction transaction = TransactionDecoder.decode(Hex.decode(text));
            Intent intent = IntentDecoder.withWellKnownFunctions(book).decodeRawTransaction(transaction);
            return new Payload(Optional.of(intent), Optional.of(ApprovalSubjects.rawTransaction(transaction, intent)));
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
            SafeTransaction transaction = transactions.get(0);
            Intent intent =
                    IntentDecoder.withWellKnownFunctions(book).decodeSafeTransaction(transaction, chainId, version);
            return new Payload(
                    Optional.of(intent), Optional.of(ApprovalSubjects.safeTransaction(transaction, intent, chainId)));
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
