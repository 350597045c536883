package dev.custos.chain.ethereum;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECDSA public key recovery on secp256k1 (SEC 1 v2, section 4.1.6), as Ethereum's {@code ecrecover} does it.
 *
 * <p>The math is small and written here on Bouncy Castle's {@link ECPoint} API: the point R is lifted from its
 * x-coordinate {@code r} and the parity bit (the recovery id), then the public key is {@code Q = r⁻¹ (s·R − e·G)} where
 * {@code e} is the 32-byte message hash read as an integer mod n. Only recovery ids 0 and 1 are supported (Ethereum never
 * uses the x = r + n case). Any {@code s} in [1, n−1] is accepted, as {@code ecrecover} does; callers that need low-S
 * check it themselves. This is public data only: no secret is involved, so variable-time arithmetic is fine.
 */
public final class PublicKeyRecovery {
    private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
    private static final ECCurve CURVE = SECP256K1.getCurve();
    private static final ECPoint GENERATOR = SECP256K1.getG();

    /** The order n of the secp256k1 group. */
    public static final BigInteger ORDER = SECP256K1.getN();

    /** n / 2: signatures with s above this are "high-S" (rejected for transactions since EIP-2). */
    public static final BigInteger HALF_ORDER = ORDER.shiftRight(1);

    private static final BigInteger FIELD_PRIME = CURVE.getField().getCharacteristic();

    private PublicKeyRecovery() {}

    /**
     * Recovers the 65-byte uncompressed public key ({@code 04 || x || y}) that produced the signature {@code (r, s)}
     * with parity bit {@code recoveryId} over {@code hash}; empty if no such key exists or {@code r}/{@code s} are out
     * of range.
     */
    public static Optional<byte[]> recoverPublicKey(byte[] hash, BigInteger r, BigInteger s, int recoveryId) {
        Objects.requireNonNull(hash, "hash is null");
        Objects.requireNonNull(r, "r is null");
        Objects.requireNonNull(s, "s is null");
        if (hash.length != Keccak256.LENGTH) {
            throw new IllegalArgumentException("hash must have 32 bytes, got " + hash.length);
        }
        if (recoveryId != 0 && recoveryId != 1) {
            throw new IllegalArgumentException("recoveryId must be 0 or 1, got " + recoveryId);
        }
        if (!inScalarRange(r) || !inScalarRange(s) || r.compareTo(FIELD_PRIME) >= 0) {
            return Optional.empty();
        }
        ECPoint lifted;
        try {
            lifted = CURVE.decodePoint(compressed(r, recoveryId));
        } catch (IllegalArgumentException notOnCurve) {
            return Optional.empty();
        }
        BigInteger e = new BigInteger(1, hash).mod(ORDER);
        BigInteger rInverse = r.modInverse(ORDER);
        BigInteger generatorFactor = e.negate().multiply(rInverse).mod(ORDER);
        BigInteger liftedFactor = s.multiply(rInverse).mod(ORDER);
        ECPoint key = ECAlgorithms.sumOfTwoMultiplies(GENERATOR, generatorFactor, lifted, liftedFactor)
                .normalize();
        if (key.isInfinity()) {
            return Optional.empty();
        }
        return Optional.of(key.getEncoded(false));
    }

    /** Recovers the signer's address; see {@link #recoverPublicKey}. */
    public static Optional<Address> recoverAddress(byte[] hash, BigInteger r, BigInteger s, int recoveryId) {
        return recoverPublicKey(hash, r, s, recoveryId).map(PublicKeyRecovery::addressOf);
    }

    /** The address of a 65-byte uncompressed public key: the low 20 bytes of keccak256(x || y). */
    public static Address addressOf(byte[] uncompressedPublicKey) {
        Objects.requireNonNull(uncompressedPublicKey, "uncompressedPublicKey is null");
        if (uncompressedPublicKey.length != 65 || uncompressedPublicKey[0] != 0x04) {
            throw new IllegalArgumentException("expected a 65-byte uncompressed public key");
        }
        return Address.fromPublicKeyHash(
                Keccak256.hash(Arrays.copyOfRange(uncompressedPublicKey, 1, uncompressedPublicKey.length)));
    }

    static boolean inScalarRange(BigInteger value) {
        return value.signum() > 0 && value.compareTo(ORDER) < 0;
    }

    private static byte[] compressed(BigInteger x, int parity) {
        byte[] encoded = new byte[33];
        encoded[0] = (byte) (parity == 0 ? 0x02 : 0x03);
        byte[] magnitude = x.toByteArray();
        int length = Math.min(magnitude.length, 32);
        System.arraycopy(magnitude, magnitude.length - length, encoded, 33 - length, length);
        return encoded;
    }
}
