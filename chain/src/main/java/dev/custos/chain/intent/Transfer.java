package dev.custos.chain.intent;

import java.math.BigInteger;
import java.util.Objects;

/** One movement of value that signing the payload would authorise, derived from the decoded bytes. */
public record Transfer(Kind kind, String asset, String recipient, BigInteger amount) {
    /** What moves. */
    public enum Kind {
        NATIVE,
        TOKEN,
        NFT,
        APPROVAL,
        OPERATOR_APPROVAL
    }
    // asset: "native" for the chain's coin, else the lowercase 0x token contract address (or "btc");
    // recipient: lowercase 0x address, or the Bitcoin address string; amount: smallest units, >= 0
    // (NFT: token id is not the amount -> amount 1 for ERC-721, the value for ERC-1155; APPROVAL: allowance,
    //  2^256-1 for unlimited; OPERATOR_APPROVAL: 1 if approved, 0 if revoked).

    public Transfer {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(asset, "asset is null");
        Objects.requireNonNull(recipient, "recipient is null");
        Objects.requireNonNull(amount, "amount is null");
        if (asset.isEmpty()) {
            throw new IllegalArgumentException("asset is empty");
        }
        if (recipient.isEmpty()) {
            throw new IllegalArgumentException("recipient is empty");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount is negative: " + amount);
        }
    }
}
