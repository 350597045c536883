package dev.custos.chain.ethereum;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.secp256k1.Secp256k1Element;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ECDSA public key recovery on secp256k1 (SEC 1 v2, section 4.1.6), as Ethereum's {@code ecrecover} does it: the one
 * implementation in Custos, on the {@code crypto} module's secp256k1 group.
 *
 * <p>The point R is lifted from its x-coordinate (r, or r + n when bit 1 of the recovery id is set) and the parity bit
 * (bit 0), then the public key is {@code Q = r⁻¹ (s·R − e·G)} where {@code e} is the 32-byte message hash read as an
 * integer mod n. Any {@code s} in [1, n−1] is accepted, as {@code ecrecover} does; callers that need low-S check it
 * themselves. This is public data only: no secret is involved, so variable-time arithmetic is fine.
 */
public final class PublicKeyRecovery {
    private static final Secp256k1Group GROUP = Secp256k1Group.instance();
    private static final ScalarField FIELD = ScalarField.SECP256K1;

    /** The order n of the secp256k1 group. */
    public static final BigInteger ORDER = FIELD.order();

    /** n / 2: signatures with s above this are "high-S" (rejected for transactions since EIP-2). */
    public static final BigInteger HALF_ORDER = ORDER.shiftRight(1);

    /** The prime p of the curve's base field. */
    private static final BigInteger FIELD_PRIME =
            new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", 16);

    private PublicKeyRecovery() {}

    /**
     * Recovers the 65-byte uncompressed public key ({@code 04 || x || y}) that produced the signature {@code (r, s)}
     * with parity bit {@code recoveryId} (0 or 1: Ethereum never uses the x = r + n case) over {@code hash}; empty if
     * no such key exists or {@code r}/{@code s} are out of range.
     */
    public static Optional<byte[]> recoverPublicKey(byte[] hash, BigInteger r, BigInteger s, int recoveryId) {
        if (recoveryId != 0 && recoveryId != 1) {
            throw new IllegalArgumentException("recoveryId must be 0 or 1, got " + recoveryId);
        }
        return recover(hash, r, s, recoveryId).map(Secp256k1Element::encodeUncompressed);
    }

    /**
     * Recovers the public key for a recovery id in [0, 3] (bit 0: parity of R's y; bit 1: R's x was at least n); empty
     * if no such key exists or {@code r}/{@code s} are out of range.
     */
    public static Optional<Secp256k1Element> recover(byte[] hash, BigInteger r, BigInteger s, int recoveryId) {
        Objects.requireNonNull(hash, "hash is null");
        Objects.requireNonNull(r, "r is null");
        Objects.requireNonNull(s, "s is null");
        if (hash.length != Keccak256.LENGTH) {
            throw new IllegalArgumentException("hash must have 32 bytes, got " + hash.length);
        }
        if (recoveryId < 0 || recoveryId > 3) {
            throw new IllegalArgumentException("recoveryId must be in [0, 3], got " + recoveryId);
        }
        if (!inScalarRange(r) || !inScalarRange(s)) {
            return Optional.empty();
        }
        BigInteger x = (recoveryId & 2) == 0 ? r : r.add(ORDER);
        if (x.compareTo(FIELD_PRIME) >= 0) {
            return Optional.empty();
        }
        Secp256k1Element lifted;
        try {
            lifted = GROUP.decode(compressed(x, recoveryId & 1));
        } catch (InvalidEncodingException notOnCurve) {
            return Optional.empty();
        }
        Scalar rInverse = FIELD.of(r).invertVariableTime();
        Scalar e = FIELD.of(new BigInteger(1, hash));
        Secp256k1Element key = GROUP.multiScalarMultiply(
                List.of(FIELD.of(s).multiply(rInverse), e.negate().multiply(rInverse)),
                List.of(lifted, GROUP.generator()));
        return key.isIdentity() ? Optional.empty() : Optional.of(key);
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

    /** The address of a secp256k1 public key. */
    public static Address addressOf(Element publicKey) {
        Objects.requireNonNull(publicKey, "publicKey is null");
        if (!(publicKey instanceof Secp256k1Element key) || key.isIdentity()) {
            throw new IllegalArgumentException("public key must be a non-identity secp256k1 element");
        }
        return addressOf(key.encodeUncompressed());
    }

    public static boolean inScalarRange(BigInteger value) {
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
