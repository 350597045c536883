package dev.custos.chain.intent;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;

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

    public Transfer {
        requireNonNull(kind, "kind is null");
        requireNonNull(asset, "asset is null");
        requireNonNull(recipient, "recipient is null");
        requireNonNull(amount, "amount is null");
        if (asset.isEmpty() || recipient.isEmpty()) {
            throw new IllegalArgumentException("transfer asset and recipient must not be empty");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("transfer amount must not be negative: " + amount);
        }
    }
}
