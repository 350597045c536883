package dev.custos.policy.approval.digest;

import dev.custos.chain.intent.Transfer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The typed facts an approval binds, each derived from the payload bytes, the policy or the request's identity; the
 * input of {@link ApprovalDigest} (docs/POLICY.md, "Approval digest v2"). The constructor checks the canonical form
 * that makes the digest reproducible by another implementation.
 *
 * @param chain the chain the payload is signed on
 * @param network for Ethereum the chain id in decimal without leading zeros ({@code 0}: a legacy transaction without
 *     EIP-155); for Bitcoin {@code mainnet}, {@code testnet}, {@code signet} or {@code regtest}; for Solana
 *     {@code mainnet-beta}, {@code devnet}, {@code testnet} or {@code localnet}
 * @param walletId the wallet that signs
 * @param payloadKind what kind of payload is signed; must belong to {@code chain}
 * @param signedHash the 32-byte hash the signature will actually cover ({@link PayloadKind} says which)
 * @param transfers the transfers decoded from the payload, in decoded order
 * @param policyVersion the version of the policy the approval is given under
 * @param expiresAt when the approval stops counting; whole seconds since 1970
 * @param requestId the request's id
 */
public record ApprovalFacts(
        ApprovalChain chain,
        String network,
        String walletId,
        PayloadKind payloadKind,
        byte[] signedHash,
        List<Transfer> transfers,
        long policyVersion,
        Instant expiresAt,
        String requestId) {
    /** The length of {@link #signedHash()}. */
    public static final int HASH_LENGTH = 32;

    public ApprovalFacts {
        Objects.requireNonNull(chain, "chain is null");
        Objects.requireNonNull(network, "network is null");
        Objects.requireNonNull(walletId, "walletId is null");
        Objects.requireNonNull(payloadKind, "payloadKind is null");
        Objects.requireNonNull(signedHash, "signedHash is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        Objects.requireNonNull(requestId, "requestId is null");
        transfers = List.copyOf(Objects.requireNonNull(transfers, "transfers is null"));
        if (payloadKind.chain() != chain) {
            throw new IllegalArgumentException(
                    "payload kind " + payloadKind.code() + " is not a " + chain.code() + " payload");
        }
        FactRules.requireNetwork(chain, network);
        FactRules.requireText("wallet id", walletId);
        FactRules.requireText("request id", requestId);
        if (signedHash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("signed hash must be 32 bytes, got " + signedHash.length);
        }
        signedHash = signedHash.clone();
        for (int i = 0; i < transfers.size(); i++) {
            FactRules.requireTransfer(chain, i, transfers.get(i));
        }
        if (policyVersion < 0) {
            throw new IllegalArgumentException("policy version must not be negative: " + policyVersion);
        }
        if (expiresAt.getNano() != 0 || expiresAt.getEpochSecond() < 0) {
            throw new IllegalArgumentException(
                    "expiry must be whole seconds at or after 1970-01-01T00:00:00Z, got " + expiresAt);
        }
    }

    @Override
    public byte[] signedHash() {
        return signedHash.clone();
    }

    /** The same facts with another policy version and expiry (what one approver chose to sign). */
    public ApprovalFacts withTerms(long version, Instant expiry) {
        return new ApprovalFacts(
                chain, network, walletId, payloadKind, signedHash, transfers, version, expiry, requestId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApprovalFacts that
                && chain == that.chain
                && network.equals(that.network)
                && walletId.equals(that.walletId)
                && payloadKind == that.payloadKind
                && Arrays.equals(signedHash, that.signedHash)
                && transfers.equals(that.transfers)
                && policyVersion == that.policyVersion
                && expiresAt.equals(that.expiresAt)
                && requestId.equals(that.requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chain, network, walletId, payloadKind, Arrays.hashCode(signedHash), transfers, requestId);
    }

    @Override
    public String toString() {
        return "ApprovalFacts[" + chain.code() + " " + network + ", wallet " + walletId + ", " + payloadKind.code()
                + " " + HexFormat.of().formatHex(signedHash) + ", " + transfers.size() + " transfers, policy "
                + policyVersion + ", expires " + expiresAt + ", request " + requestId + "]";
    }
}
