package dev.custos.frost.internal;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;

/**
 * RFC 9380 §5.2 hash_to_field for the secp256k1 scalar field with one output element: {@code expand_message_xmd}
 * (SHA-256) to {@code L = 48} bytes, read big-endian and reduced modulo the group order (RFC 9591 §6.5). Not part of the
 * public API.
 */
public final class HashToField {
    /** {@code L = ceil((ceil(log2(n)) + k) / 8)} with {@code k = 128}. */
    public static final int SECP256K1_LENGTH = 48;

    private HashToField() {}

    public static Scalar secp256k1(byte[] message, byte[] dst) {
        byte[] uniform = ExpandMessageXmd.sha256(message, dst, SECP256K1_LENGTH);
        return ScalarField.SECP256K1.reduce(uniform);
    }
}
