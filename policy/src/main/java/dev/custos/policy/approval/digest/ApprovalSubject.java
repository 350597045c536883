package dev.custos.policy.approval.digest;

import dev.custos.chain.intent.Transfer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What an approval is about, derived from the payload bytes alone ({@link ApprovalSubjects}): the chain and network,
 * the kind of payload, the hash the signature will cover and the transfers. Together with the wallet, request id,
 * policy version and expiry it makes the {@link ApprovalFacts} an approver signs.
 *
 * @param chain the chain the payload is signed on
 * @param network the network, as {@link ApprovalFacts#network()} describes it
 * @param payloadKind the kind of payload
 * @param signedHash the 32-byte hash the signature will cover
 * @param transfers the transfers decoded from the payload, in decoded order
 */
public record ApprovalSubject(
        ApprovalChain chain, String network, PayloadKind payloadKind, byte[] signedHash, List<Transfer> transfers) {
    public ApprovalSubject {
        Objects.requireNonNull(chain, "chain is null");
        Objects.requireNonNull(network, "network is null");
        Objects.requireNonNull(payloadKind, "payloadKind is null");
        Objects.requireNonNull(signedHash, "signedHash is null");
        transfers = List.copyOf(Objects.requireNonNull(transfers, "transfers is null"));
        signedHash = signedHash.clone();
        // the same checks as the facts, so that a subject always makes valid facts
        new ApprovalFacts(chain, network, "wallet", payloadKind, signedHash, transfers, 0, Instant.EPOCH, "request");
    }

    @Override
    public byte[] signedHash() {
        return signedHash.clone();
    }

    /** The facts an approver signs for this subject in {@code walletId}'s request {@code requestId}. */
    public ApprovalFacts facts(String walletId, String requestId, long policyVersion, Instant expiresAt) {
        return new ApprovalFacts(
                chain, network, walletId, payloadKind, signedHash, transfers, policyVersion, expiresAt, requestId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApprovalSubject that
                && chain == that.chain
                && network.equals(that.network)
                && payloadKind == that.payloadKind
                && Arrays.equals(signedHash, that.signedHash)
                && transfers.equals(that.transfers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chain, network, payloadKind, Arrays.hashCode(signedHash), transfers);
    }

    @Override
    public String toString() {
        return "ApprovalSubject[" + chain.code() + " " + network + ", " + payloadKind.code() + " "
                + HexFormat.of().formatHex(signedHash) + ", " + transfers + "]";
    }
}
