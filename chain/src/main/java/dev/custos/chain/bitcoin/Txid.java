package dev.custos.chain.bitcoin;

import dev.custos.chain.Hex;
import java.util.Arrays;
import java.util.Objects;

/** A 32-byte transaction id, kept in serialized (internal) byte order and shown reversed, as Bitcoin tools show it. */
public final class Txid {
    private final byte[] internal;

    private Txid(byte[] internal) {
        this.internal = internal;
    }

    /** From the bytes as they appear in a serialized transaction. */
    public static Txid fromInternal(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes is null");
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a txid has 32 bytes, got " + bytes.length);
        }
        return new Txid(bytes.clone());
    }

    public byte[] internal() {
        return internal.clone();
    }

    /** Hex in display order. */
    public String toHex() {
        byte[] reversed = new byte[32];
        for (int i = 0; i < 32; i++) {
            reversed[i] = internal[31 - i];
        }
        return Hex.encodeWithoutPrefix(reversed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Txid that && Arrays.equals(internal, that.internal);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(internal);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
