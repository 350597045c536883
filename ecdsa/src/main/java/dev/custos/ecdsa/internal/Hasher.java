package dev.custos.ecdsa.internal;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Domain-separated, unambiguous hashing: every input is length-prefixed and the domain label comes first, so two
 * different input sequences never hash the same byte string (the TSSHOCK α-shuffle class of bugs).
 */
public final class Hasher {
    /** Per thread: digests that have absorbed a domain label already, cloned for each new hasher. */
    private static final ThreadLocal<Map<String, MessageDigest>> PROTOTYPES = ThreadLocal.withInitial(HashMap::new);

    private final MessageDigest digest;
    private final byte[] lengthBuffer = new byte[4];

    private Hasher(MessageDigest digest) {
        this.digest = digest;
    }

    /** A SHA-256 hasher for commitments, challenges and seeds. */
    public static Hasher sha256(String domain) {
        return start("SHA-256", domain);
    }

    /** A SHA-512 hasher, for outputs reduced to scalars. */
    public static Hasher sha512(String domain) {
        return start("SHA-512", domain);
    }

    private static Hasher start(String algorithm, String domain) {
        MessageDigest prototype = PROTOTYPES.get().computeIfAbsent(algorithm + "/" + domain, key -> {
            try {
                Hasher fresh = new Hasher(MessageDigest.getInstance(algorithm));
                fresh.put(("custos/ecdsa/v1/" + domain).getBytes(StandardCharsets.US_ASCII));
                return fresh.digest;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " is not available", e);
            }
        });
        return new Hasher(cloneOf(prototype));
    }

    /** An independent hasher with the same inputs so far: hash a common prefix once, then branch. */
    public Hasher copy() {
        return new Hasher(cloneOf(digest));
    }

    /** Feeds the digest into {@code out} at {@code offset} and resets nothing else; for fixed-size outputs. */
    public void digestInto(byte[] out, int offset) {
        try {
            digest.digest(out, offset, digest.getDigestLength());
        } catch (DigestException e) {
            throw new IllegalStateException("digest output does not fit", e);
        }
    }

    private static MessageDigest cloneOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(digest.getAlgorithm() + " cannot be cloned", e);
        }
    }

    public Hasher put(byte[] bytes) {
        putLength(bytes.length);
        digest.update(bytes);
        return this;
    }

    public Hasher putInt(int value) {
        putLength(4);
        putLength(value);
        return this;
    }

    public Hasher put(Identifier party) {
        return putInt(party.value());
    }

    /** The element's canonical encoding; the identity hashes as the single byte 0x00 (SEC1). */
    public Hasher put(Element element) {
        return put(element.isIdentity() ? new byte[1] : element.encode());
    }

    public Hasher put(Scalar scalar) {
        byte[] bytes = scalar.toBytes();
        put(bytes);
        Arrays.fill(bytes, (byte) 0);
        return this;
    }

    public byte[] digest() {
        return digest.digest();
    }

    /** The digest reduced modulo q; use with {@link #sha512} (64-byte digest, bias below 2^-250). */
    public Scalar digestScalar() {
        byte[] output = digest.digest();
        try {
            return Secp256k1.FIELD.reduce(output);
        } finally {
            Arrays.fill(output, (byte) 0);
        }
    }

    private void putLength(int length) {
        lengthBuffer[0] = (byte) (length >>> 24);
        lengthBuffer[1] = (byte) (length >>> 16);
        lengthBuffer[2] = (byte) (length >>> 8);
        lengthBuffer[3] = (byte) length;
        digest.update(lengthBuffer);
    }
}
