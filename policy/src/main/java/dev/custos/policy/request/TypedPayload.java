package dev.custos.policy.request;

import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.Psbt;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.approval.digest.ApprovalSubjects;
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
}
