package dev.custos.crypto.group.ed25519;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** RFC 8032 Ed25519 key generation and signing, written out by hand with the group under test doing the point work. */
final class HandBuiltSignatures {
    private static final Ed25519Group GROUP = Ed25519Group.INSTANCE;
    private static final ScalarField FIELD = ScalarField.ED25519;

    private HandBuiltSignatures() {}

    /** RFC 8032 §5.1.5: a = clamp(SHA-512(secret)[0..32]) as an integer, then reduced mod L for the group. */
    static Scalar secretScalar(byte[] secretKey) {
        byte[] clamped = Arrays.copyOf(sha512(secretKey), 32);
        clamped[0] &= (byte) 248;
        clamped[31] &= 127;
        clamped[31] |= 64;
        return FIELD.reduce(clamped);
    }

    /** A = a * B. */
    static byte[] publicKey(byte[] secretKey) {
        return GROUP.multiplyGenerator(secretScalar(secretKey)).encode();
    }

    /** RFC 8032 §5.1.6: R = r * B, S = r + SHA-512(R || A || M) * a. */
    static byte[] sign(byte[] secretKey, byte[] message) {
        byte[] digest = sha512(secretKey);
        Scalar a = secretScalar(secretKey);
        Element publicKey = GROUP.multiplyGenerator(a);
        byte[] prefix = Arrays.copyOfRange(digest, 32, 64);
        Scalar r = FIELD.reduce(sha512(prefix, message));
        byte[] commitment = GROUP.generator().multiplyPublic(r).encode();
        Scalar k = FIELD.reduce(sha512(commitment, publicKey.encode(), message));
        Scalar s = r.add(k.multiply(a));
        byte[] signature = Arrays.copyOf(commitment, 64);
        System.arraycopy(s.toBytes(), 0, signature, 32, 32);
        return signature;
    }

    private static byte[] sha512(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
