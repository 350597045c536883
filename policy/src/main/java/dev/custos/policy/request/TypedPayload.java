package dev.custos.policy.request;

import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.Psbt;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.solana.SolanaIntent;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The payload that would be signed, decoded and typed: what the evaluator derives every enforced fact from.
 */
public sealed interface TypedPayload {
    /** The decoded Ethereum intent, for payloads that have one. */
    Optional<Intent> intent();

    /**
     * What approvals of this payload bind, derived from its bytes alone (docs/POLICY.md, "Approval digest v2"); empty
     * without payload.
     *
     * @throws IllegalArgumentException when the derived facts have no canonical encoding
     */
    Optional<ApprovalSubject> approvalSubject();

    /** No payload attached: nothing to derive facts from. */
    record None() implements TypedPayload {
        @Override
        public Optional<Intent> intent() {
            return Optional.empty();
        }

        @Override
        public Optional<ApprovalSubject> approvalSubject() {
            return Optional.empty();
        }
    }

    /** A raw unsigned Ethereum transaction (legacy, EIP-2930 or EIP-1559), decoded. */
    record RawTransaction(Intent decoded) implements TypedPayload {
        public RawTransaction {
            Objects.requireNonNull(decoded, "decoded is null");
            if (decoded.transaction().isEmpty()) {
                throw new IllegalArgumentException("a raw transaction's intent must hold the decoded transaction");
            }
        }

        @Override
        public Optional<Intent> intent() {
            return Optional.of(decoded);
        }

        @Override
        public Optional<ApprovalSubject> approvalSubject() {
            return Optional.of(
                    ApprovalSubjects.rawTransaction(decoded.transaction().orElseThrow(), decoded));
        }
    }

    /** A Safe transaction with its decoded intent (the fields matter beyond the intent: the gas refund). */
    record SafeTransactionPayload(SafeTransaction transaction, Intent decoded) implements TypedPayload {
        public SafeTransactionPayload {
            Objects.requireNonNull(transaction, "transaction is null");
            Objects.requireNonNull(decoded, "decoded is null");
            if (decoded.chainId().isEmpty() || decoded.safeTxHash().isEmpty()) {
                throw new IllegalArgumentException("a Safe transaction's intent must hold its chain id and safeTxHash");
            }
        }

        @Override
        public Optional<Intent> intent() {
            return Optional.of(decoded);
        }

        @Override
        public Optional<ApprovalSubject> approvalSubject() {
            return Optional.of(ApprovalSubjects.safeTransaction(
                    transaction, decoded, decoded.chainId().orElseThrow()));
        }
    }

    /** A PSBT and the network its addresses are written for. */
    record PsbtPayload(Psbt psbt, Network network) implements TypedPayload {
        public PsbtPayload {
            Objects.requireNonNull(psbt, "psbt is null");
            Objects.requireNonNull(network, "network is null");
        }

        @Override
        public Optional<Intent> intent() {
            return Optional.empty();
        }

        @Override
        public Optional<ApprovalSubject> approvalSubject() {
            return Optional.of(ApprovalSubjects.psbt(psbt, network));
        }
    }

    /**
     * A Solana message (legacy or version 0) on {@code network}, with its decoded intent.
     *
     * @param message the message bytes the signature covers
     * @param decoded what the message does
     * @param network {@code mainnet-beta}, {@code devnet}, {@code testnet} or {@code localnet}
     */
    record SolanaPayload(byte[] message, SolanaIntent decoded, String network) implements TypedPayload {
        public SolanaPayload {
            message = Objects.requireNonNull(message, "message is null").clone();
            Objects.requireNonNull(decoded, "decoded is null");
            Objects.requireNonNull(network, "network is null");
        }

        @Override
        public byte[] message() {
            return message.clone();
        }

        @Override
        public Optional<Intent> intent() {
            return Optional.empty();
        }

        @Override
        public Optional<ApprovalSubject> approvalSubject() {
            try {
                return Optional.of(ApprovalSubjects.solana(message, network));
            } catch (DecodingException e) {
                throw new IllegalArgumentException("the Solana message no longer decodes: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SolanaPayload that
                    && Arrays.equals(message, that.message)
                    && network.equals(that.network);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(message) + network.hashCode();
        }

        @Override
        public String toString() {
            return "SolanaPayload[" + decoded.summary() + " on " + network + "]";
        }
    }
}
