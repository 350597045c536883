package dev.custos.chain.ethereum;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The ECDSA signature carried by a transaction: the parity bit of R (the recovery id) and the scalars r and s. Legacy
 * transactions encode the parity in {@code v} (27/28, or {@code chainId·2 + 35/36} under EIP-155); typed transactions
 * store it directly.
 */
public record TransactionSignature(int yParity, BigInteger r, BigInteger s) {
    public TransactionSignature {
        Objects.requireNonNull(r, "r is null");
        Objects.requireNonNull(s, "s is null");
        if (yParity != 0 && yParity != 1) {
            throw new IllegalArgumentException("yParity must be 0 or 1, got " + yParity);
        }
        if (!PublicKeyRecovery.inScalarRange(r)) {
            throw new IllegalArgumentException("r is not in [1, n-1]");
        }
        if (!PublicKeyRecovery.inScalarRange(s)) {
            throw new IllegalArgumentException("s is not in [1, n-1]");
        }
    }

    /** True if s ≤ n/2, as EIP-2 requires of transactions since Homestead. */
    public boolean isLowS() {
        return s.compareTo(PublicKeyRecovery.HALF_ORDER) <= 0;
    }
}
