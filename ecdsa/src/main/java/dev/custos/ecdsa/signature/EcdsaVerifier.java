package dev.custos.ecdsa.signature;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Standard ECDSA verification on secp256k1 (SEC 1 §4.1.4) over a 32-byte message hash. */
public final class EcdsaVerifier {
    private EcdsaVerifier() {}

    /** Whether {@code (r, s)} is a valid signature of {@code messageHash} under {@code publicKey}; accepts high S. */
    public static boolean verify(Element publicKey, byte[] messageHash, Scalar r, Scalar s) {
        requireNonNull(publicKey, "publicKey is null");
        requireNonNull(r, "r is null");
        requireNonNull(s, "s is null");
        if (publicKey.isIdentity() || r.isZero() || s.isZero()) {
            return false;
        }
        Scalar z = messageScalar(messageHash);
        Scalar w = s.invertVariableTime();
        Element point = Secp256k1.GROUP.multiScalarMultiply(
                List.of(z.multiply(w), r.multiply(w)), List.of(Secp256k1.GROUP.generator(), publicKey));
        if (point.isIdentity()) {
            return false;
        }
        return Secp256k1.FIELD.of(xCoordinate(point)).equals(r);
    }

    /** {@link #verify} that also requires low S, as Bitcoin and Ethereum do. */
    public static boolean verifyLowS(Element publicKey, byte[] messageHash, EcdsaSignature signature) {
        return signature.isLowS() && verify(publicKey, messageHash, signature.r(), signature.s());
    }

    /** SEC 1 bits2int for a 32-byte hash, reduced modulo q. */
    public static Scalar messageScalar(byte[] messageHash) {
        requireNonNull(messageHash, "messageHash is null");
        if (messageHash.length != 32) {
            throw new IllegalArgumentException("message hash must be 32 bytes, got " + messageHash.length);
        }
        return Secp256k1.FIELD.of(new BigInteger(1, messageHash));
    }

    /** The affine x coordinate of a non-identity point, as an integer in [0, p). */
    static BigInteger xCoordinate(Element point) {
        byte[] encoding = point.encode();
        return new BigInteger(1, Arrays.copyOfRange(encoding, 1, 33));
    }

    /** Whether the point's affine y coordinate is odd. */
    static boolean hasOddY(Element point) {
        return point.encode()[0] == 0x03;
    }
}
