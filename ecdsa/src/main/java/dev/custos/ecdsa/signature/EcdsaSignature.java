package dev.custos.ecdsa.signature;

import static java.util.Objects.requireNonNull;

import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A secp256k1 ECDSA signature {@code (r, s)} with its recovery id {@code v ∈ [0, 3]} (bit 0: parity of R's y; bit 1:
 * R's x was at least q). Public.
 */
public record EcdsaSignature(Scalar r, Scalar s, int recoveryId) {
    private static final BigInteger HALF_ORDER = Secp256k1.FIELD.order().shiftRight(1);

    public EcdsaSignature {
        requireNonNull(r, "r is null");
        requireNonNull(s, "s is null");
        if (r.isZero() || s.isZero()) {
            throw new IllegalArgumentException("r and s must be non-zero");
        }
        if (recoveryId < 0 || recoveryId > 3) {
            throw new IllegalArgumentException("recovery id must be in [0, 3], got " + recoveryId);
        }
    }

    /** Whether {@code s ≤ q/2}, as Bitcoin (BIP 62/146) and Ethereum (EIP-2) require. */
    public boolean isLowS() {
        return s.toBigInteger().compareTo(HALF_ORDER) <= 0;
    }

    /** The same signature with {@code s} replaced by {@code q − s} if it was high, and the recovery id flipped to match. */
    public EcdsaSignature normalizeLowS() {
        return isLowS() ? this : new EcdsaSignature(r, s.negate(), recoveryId ^ 1);
    }

    /** {@code r ‖ s}, 32 bytes each, big-endian. */
    public byte[] toCompact() {
        byte[] out = new byte[64];
        System.arraycopy(r.toBytes(), 0, out, 0, 32);
        System.arraycopy(s.toBytes(), 0, out, 32, 32);
        return out;
    }

    /** {@code r ‖ s ‖ v} with {@code v = 27 + recoveryId}, Ethereum's 65-byte form. */
    public byte[] toEthereum() {
        byte[] out = new byte[65];
        System.arraycopy(toCompact(), 0, out, 0, 64);
        out[64] = (byte) (27 + recoveryId);
        return out;
    }

    /**
     * The public key this signature recovers to over the 32-byte {@code messageHash} (SEC 1 §4.1.6, as Ethereum's
     * ecrecover: {@link PublicKeyRecovery}), or empty if the recovery id names no point.
     */
    public Optional<Element> recoverPublicKey(byte[] messageHash) {
        return PublicKeyRecovery.recover(messageHash, r.toBigInteger(), s.toBigInteger(), recoveryId)
                .map(Element.class::cast);
    }
}
