package dev.custos.audit.merkle;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 value in a Merkle tree: a leaf hash, an interior node hash or a root. Exactly 32 bytes; compared by value.
 *
 * @param bytes the 32 bytes (copied in and out)
 */
public record MerkleHash(byte[] bytes) {
    /** The length of every hash, in bytes. */
    public static final int LENGTH = 32;

    public MerkleHash {
        requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a Merkle hash is " + LENGTH + " bytes, got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** The hash whose lowercase or uppercase hex encoding is {@code hex}. */
    public static MerkleHash ofHex(String hex) {
        requireNonNull(hex, "hex is null");
        return new MerkleHash(HexFormat.of().parseHex(hex));
    }

    /** A copy of the 32 bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The lowercase hex encoding. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MerkleHash hash && Arrays.equals(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MerkleHash[" + hex() + "]";
    }
}
