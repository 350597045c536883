package dev.custos.chain.safe;

import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.PublicKeyRecovery;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * One owner's signature for a Safe transaction in the 65-byte form {@code execTransaction} reads: {@code r ‖ s ‖ v}
 * with {@code v} = 27/28 for an ECDSA signature over the safeTxHash (an MPC key is an ordinary owner), or the
 * pre-validated form ({@code r} = the owner, {@code s} = 0, {@code v} = 1) that the Safe accepts from the owner who
 * submits the transaction itself.
 *
 * @param owner the owner the signature is for
 * @param signature the 65 bytes
 */
public record SafeOwnerSignature(Address owner, byte[] signature) {
    /** The length of one owner's signature in the packed bytes. */
    public static final int LENGTH = 65;

    public SafeOwnerSignature {
        Objects.requireNonNull(owner, "owner is null");
        signature = Objects.requireNonNull(signature, "signature is null").clone();
        if (signature.length != LENGTH) {
            throw new IllegalArgumentException("a Safe owner signature is 65 bytes, got " + signature.length);
        }
    }

    /** An ECDSA signature {@code (r, s)} with recovery id {@code yParity} over the safeTxHash, as {@code v = 27 + yParity}. */
    public static SafeOwnerSignature ecdsa(Address owner, int yParity, BigInteger r, BigInteger s) {
        if (yParity != 0 && yParity != 1) {
            throw new IllegalArgumentException("yParity must be 0 or 1, got " + yParity);
        }
        if (!PublicKeyRecovery.inScalarRange(r) || !PublicKeyRecovery.inScalarRange(s)) {
            throw new IllegalArgumentException("r and s must be in [1, n-1]");
        }
        byte[] bytes = new byte[LENGTH];
        System.arraycopy(AbiEncoder.word(r), 0, bytes, 0, 32);
        System.arraycopy(AbiEncoder.word(s), 0, bytes, 32, 32);
        bytes[64] = (byte) (27 + yParity);
        return new SafeOwnerSignature(owner, bytes);
    }

    /**
     * An ECDSA signature in the {@code r ‖ s ‖ recoveryId} form the signing engine returns (65 bytes, recovery id 0 or
     * 1), as a Safe owner signature.
     */
    public static SafeOwnerSignature ecdsa(Address owner, byte[] compactWithRecoveryId) {
        Objects.requireNonNull(compactWithRecoveryId, "compactWithRecoveryId is null");
        if (compactWithRecoveryId.length != LENGTH) {
            throw new IllegalArgumentException(
                    "expected r ‖ s ‖ recovery id (65 bytes), got " + compactWithRecoveryId.length);
        }
        return ecdsa(
                owner,
                compactWithRecoveryId[64],
                new BigInteger(1, Arrays.copyOfRange(compactWithRecoveryId, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(compactWithRecoveryId, 32, 64)));
    }

    /** The pre-validated signature of {@code owner}, valid only when that owner submits {@code execTransaction}. */
    public static SafeOwnerSignature submittedBy(Address owner) {
        byte[] bytes = new byte[LENGTH];
        System.arraycopy(Objects.requireNonNull(owner, "owner is null").bytes(), 0, bytes, 12, Address.LENGTH);
        bytes[64] = 1;
        return new SafeOwnerSignature(owner, bytes);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeOwnerSignature that
                && owner.equals(that.owner)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "SafeOwnerSignature[owner=" + owner + ", signature=" + Hex.encode(signature) + "]";
    }
}
