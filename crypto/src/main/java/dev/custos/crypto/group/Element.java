package dev.custos.crypto.group;

import dev.custos.crypto.scalar.Scalar;

/**
 * An element of a prime-order {@link Group}. Elements are immutable values: {@code equals} and {@code hashCode} compare
 * the group element, not the representation.
 */
public interface Element {
    Group group();

    Element add(Element other);

    Element subtract(Element other);

    Element negate();

    /** {@code k * this}. Runs in time independent of {@code k} where the backend allows it. */
    Element multiply(Scalar k);

    boolean isIdentity();

    /**
     * The canonical encoding (RFC 9591 SerializeElement): 33-byte SEC1 compressed for secp256k1, 32-byte RFC 8032 for
     * edwards25519.
     *
     * @throws IllegalStateException if this is the identity, which has no encoding
     */
    byte[] encode();
}
