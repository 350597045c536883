package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import java.util.Arrays;
import java.util.Objects;

/** A 32-byte hash such as a transaction hash, a signing hash or a Safe transaction hash. */
public final class Hash32 {
    private final byte[] bytes;

    private Hash32(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Hash32 of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes is null");
        if (bytes.length != Keccak256.LENGTH) {
            throw new IllegalArgumentException("a hash has 32 bytes, got " + bytes.length);
        }
        return new Hash32(bytes.clone());
    }

    /** The Keccak-256 hash of the concatenated {@code parts}. */
    public static Hash32 keccak(byte[]... parts) {
        return new Hash32(Keccak256.hash(parts));
    }

    public static Hash32 fromHex(String text) throws DecodingException {
        byte[] decoded = Hex.decode(text);
        if (decoded.length != Keccak256.LENGTH) {
            throw new DecodingException("a hash has 32 bytes, got " + decoded.length + ": " + text);
        }
        return new Hash32(decoded);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash32 that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
