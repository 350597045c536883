package dev.custos.audit.merkle;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashing of RFC 9162 §2.1.1 with SHA-256: the empty tree hashes to {@code SHA-256()}, a leaf to
 * {@code SHA-256(0x00 ‖ entry)} and an interior node to {@code SHA-256(0x01 ‖ left ‖ right)}. The prefixes keep a leaf
 * from ever being read as a node.
 */
public final class MerkleHashing {
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final MerkleHash EMPTY_ROOT = new MerkleHash(sha256().digest());

    private MerkleHashing() {}

    /** The root of the tree with no leaves: SHA-256 of the empty string. */
    public static MerkleHash emptyRoot() {
        return EMPTY_ROOT;
    }

    /** The hash of the leaf that holds {@code entry}. */
    public static MerkleHash leafHash(byte[] entry) {
        requireNonNull(entry, "entry is null");
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        digest.update(entry);
        return new MerkleHash(digest.digest());
    }

    /** The hash of the interior node whose children are {@code left} and {@code right}. */
    public static MerkleHash nodeHash(MerkleHash left, MerkleHash right) {
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left.bytes());
        digest.update(right.bytes());
        return new MerkleHash(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
