package dev.custos.crypto.group.secp256k1;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A point of the secp256k1 group, held in affine coordinates. Immutable; {@code equals} compares points, whatever the
 * backend of the group that computed them.
 */
public final class Secp256k1Element implements Element {
    private final Secp256k1Group group;
    /** {@code 0x04 || x || y}, or {@code null} for the identity. Never exposed without a copy. */
    private final byte @Nullable [] point;

    Secp256k1Element(Secp256k1Group group, byte @Nullable [] point) {
        this.group = group;
        this.point = point;
    }

    /** BIP340 {@code lift_x} in the default group: see {@link Secp256k1Group#liftX(byte[])}. */
    public static Secp256k1Element liftX(byte[] x) throws InvalidEncodingException {
        return Secp256k1Group.instance().liftX(x);
    }

    @Override
    public Secp256k1Group group() {
        return group;
    }

    @Override
    public Secp256k1Element add(Element other) {
        Secp256k1Element addend = Secp256k1Group.require(other);
        if (point == null) {
            return group.element(addend.point);
        }
        if (addend.point == null) {
            return this;
        }
        if (PointEncoding.areOpposite(point, addend.point)) {
            return group.identity();
        }
        return group.element(group.arithmetic().add(point, addend.point));
    }

    @Override
    public Secp256k1Element subtract(Element other) {
        return add(Secp256k1Group.require(other).negate());
    }

    @Override
    public Secp256k1Element negate() {
        if (point == null) {
            return this;
        }
        return new Secp256k1Element(group, PointEncoding.negate(point));
    }

    /**
     * {@code k * this} for a public k: libsecp256k1's variable-time {@code secp256k1_ecmult} (through
     * {@code pubkey_tweak_mul}), or Bouncy Castle's variable-time wNAF/GLV. <b>Not for secret scalars.</b>
     */
    @Override
    public Secp256k1Element multiplyPublic(Scalar k) {
        byte[] scalar = Secp256k1Group.scalarBytes(k);
        if (scalar == null || point == null) {
            return group.identity();
        }
        return group.element(group.arithmetic().multiplyPublic(point, scalar));
    }

    /**
     * {@code secret * this} by Bouncy Castle's regular fixed-window ladder ({@code ECAlgorithms.multiplySecret}) on
     * both backends: libsecp256k1's constant-time {@code ecmult_const} is reachable only through
     * {@link #secretProductDigest(Scalar)}, which is several times faster.
     */
    @Override
    public Secp256k1Element multiplySecret(Scalar secret) {
        byte[] scalar = Secp256k1Group.scalarBytes(secret);
        if (scalar == null || point == null) {
            return group.identity();
        }
        try {
            return group.element(group.arithmetic().multiplySecret(point, scalar));
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    /**
     * SHA-256 of the 33-byte compressed encoding of {@code secret * this}: libsecp256k1's {@code secp256k1_ecdh}
     * (constant-time {@code ecmult_const}; the point never leaves the library), or Bouncy Castle's
     * {@code multiplySecret} followed by SHA-256.
     */
    @Override
    public byte[] secretProductDigest(Scalar secret) {
        byte[] scalar = Secp256k1Group.scalarBytes(secret);
        if (scalar == null || point == null) {
            throw new IllegalStateException("secretProductDigest: the product is the identity, which has no encoding");
        }
        try {
            return group.arithmetic().secretProductDigest(point, scalar);
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    @Override
    public boolean isIdentity() {
        return point == null;
    }

    /** The 33-byte SEC1 compressed encoding. */
    @Override
    public byte[] encode() {
        return PointEncoding.compress(requireNotIdentity("encode"));
    }

    /** The 65-byte SEC1 uncompressed encoding {@code 0x04 || x || y} (as hashed for Ethereum addresses). */
    public byte[] encodeUncompressed() {
        return requireNotIdentity("encodeUncompressed").clone();
    }

    /** The 32-byte big-endian x coordinate (BIP340 x-only public key). */
    public byte[] xOnly() {
        return PointEncoding.xOnly(requireNotIdentity("xOnly"));
    }

    /** Whether y is even (BIP340 {@code has_even_y}). */
    public boolean hasEvenY() {
        return PointEncoding.hasEvenY(requireNotIdentity("hasEvenY"));
    }

    /** The 65-byte point ({@code null} for the identity), shared: callers must not modify it. */
    byte @Nullable [] point() {
        return point;
    }

    private byte[] requireNotIdentity(String operation) {
        if (point == null) {
            throw new IllegalStateException(operation + ": the identity has no coordinates");
        }
        return point;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secp256k1Element other && Arrays.equals(point, other.point);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(point);
    }

    @Override
    public String toString() {
        if (point == null) {
            return "Secp256k1Element[identity]";
        }
        return "Secp256k1Element[" + HexFormat.of().formatHex(PointEncoding.compress(point)) + "]";
    }
}
