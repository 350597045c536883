package dev.custos.crypto.group;

import dev.custos.crypto.scalar.Scalar;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * An element of a prime-order {@link Group}. Elements are immutable values: {@code equals} and {@code hashCode} compare
 * the group element, not the representation.
 *
 * <p>Multiplication by a scalar comes in two kinds, and the caller picks by whether the scalar is secret:
 * {@link #multiplyPublic(Scalar)} may take time that depends on the scalar (it is the fast path for verification
 * equations and other public values), {@link #multiplySecret(Scalar)} and {@link #secretProductDigest(Scalar)} do not.
 * For {@code k * G} with a secret k, use {@link Group#multiplyGenerator(Scalar)}, which is constant time too.
 */
public interface Element {
    Group group();

    Element add(Element other);

    Element subtract(Element other);

    Element negate();

    /**
     * {@code k * this} for a <b>public</b> scalar. May run in time that depends on {@code k} (variable-time wNAF with
     * libsecp256k1 and on edwards25519), so never pass a secret: use {@link #multiplySecret(Scalar)} or
     * {@link #secretProductDigest(Scalar)} for those.
     */
    Element multiplyPublic(Scalar k);

    /**
     * {@code secret * this} in time independent of {@code secret} (apart from an early return when it is zero), on every
     * backend. Slower than {@link #multiplyPublic(Scalar)}; where only a hash of the product is needed, or equality with
     * a public point, {@link #secretProductDigest(Scalar)} is faster on the native secp256k1 backend.
     */
    Element multiplySecret(Scalar secret);

    /**
     * SHA-256 of the canonical {@link #encode() encoding} of {@code secret * this}, computed in time independent of
     * {@code secret}: for secp256k1 the 33-byte compressed point, which is what libsecp256k1's {@code secp256k1_ecdh}
     * returns with its default hash function. Use it to derive keys from a Diffie-Hellman product, or to check
     * {@code secret * this == Q} for a public Q as {@code secretProductDigest(secret)} equal to
     * {@code Q.encodingDigest()} (compare with {@link MessageDigest#isEqual}).
     *
     * @throws IllegalStateException if the product is the identity (this is the identity or {@code secret} is zero),
     *     which has no encoding
     */
    default byte[] secretProductDigest(Scalar secret) {
        Element product = multiplySecret(secret);
        if (product.isIdentity()) {
            throw new IllegalStateException("secretProductDigest: the product is the identity, which has no encoding");
        }
        return product.encodingDigest();
    }

    boolean isIdentity();

    /**
     * The canonical encoding (RFC 9591 SerializeElement): 33-byte SEC1 compressed for secp256k1, 32-byte RFC 8032 for
     * edwards25519.
     *
     * @throws IllegalStateException if this is the identity, which has no encoding
     */
    byte[] encode();

    /**
     * SHA-256 of {@link #encode()}: what {@link #secretProductDigest(Scalar) P.secretProductDigest(k)} returns when
     * {@code k * P} equals this element. The encoding is wiped after hashing, so this is fine for secret points too.
     *
     * @throws IllegalStateException if this is the identity, which has no encoding
     */
    default byte[] encodingDigest() {
        byte[] encoding = encode();
        try {
            return MessageDigest.getInstance("SHA-256").digest(encoding);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        } finally {
            Arrays.fill(encoding, (byte) 0);
        }
    }
}
