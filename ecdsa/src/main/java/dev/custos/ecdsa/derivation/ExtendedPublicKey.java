package dev.custos.ecdsa.derivation;

import static java.util.Objects.requireNonNull;

import dev.custos.chain.bitcoin.Base58Check;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/**
 * A BIP32 extended public key (mainnet {@code xpub}) with non-hardened child derivation (CKDpub). Public: deposit
 * addresses are derived from it without any secret, and {@link #deriveChild} reports the additive tweak so that the
 * threshold parties can sign for the child with tweaked shares.
 */
public final class ExtendedPublicKey {
    /** Version bytes of a mainnet xpub. */
    public static final int XPUB_VERSION = 0x0488B21E;
    /** Indices at or above 2^31 are hardened and need the private key. */
    public static final long HARDENED = 1L << 31;

    private static final int LENGTH = 78;
    /** Base58 length of 78 bytes and a 4-byte checksum that start with a non-zero byte, as every xpub does. */
    private static final int TEXT_LENGTH = 111;

    private final Element key;
    private final byte[] chainCode;
    private final int depth;
    private final byte[] parentFingerprint;
    private final long childNumber;

    private ExtendedPublicKey(Element key, byte[] chainCode, int depth, byte[] parentFingerprint, long childNumber) {
        this.key = key;
        this.chainCode = chainCode;
        this.depth = depth;
        this.parentFingerprint = parentFingerprint;
        this.childNumber = childNumber;
    }

    /** The master extended key of a threshold key: depth 0, no parent. */
    public static ExtendedPublicKey master(Element key, byte[] chainCode) {
        requireNonNull(key, "key is null");
        requireNonNull(chainCode, "chainCode is null");
        if (key.isIdentity() || chainCode.length != 32) {
            throw new IllegalArgumentException("need a non-identity key and a 32-byte chain code");
        }
        return new ExtendedPublicKey(key, chainCode.clone(), 0, new byte[4], 0);
    }

    /** A child and the tweak {@code IL} with {@code child = parent + IL·G}. */
    public record Child(ExtendedPublicKey key, Scalar tweak) {}

    /**
     * CKDpub: the non-hardened child {@code index}.
     *
     * @throws IllegalArgumentException if {@code index} is hardened or out of range
     * @throws IllegalStateException in the (probability 2^-127) case BIP32 declares the index invalid
     */
    public Child deriveChild(long index) {
        if (index < 0 || index >= HARDENED) {
            throw new IllegalArgumentException("only non-hardened indices [0, 2^31) derive publicly, got " + index);
        }
        if (depth == 255) {
            throw new IllegalStateException("maximum depth reached");
        }
        byte[] data =
                ByteBuffer.allocate(37).put(key.encode()).putInt((int) index).array();
        byte[] digest = hmacSha512(chainCode, data);
        BigInteger left = new BigInteger(1, Arrays.copyOf(digest, 32));
        if (left.compareTo(Secp256k1.FIELD.order()) >= 0) {
            throw new IllegalStateException("BIP32 index " + index + " is invalid for this key; use the next one");
        }
        Scalar tweak = Secp256k1.FIELD.of(left);
        Element child = Secp256k1.GROUP.multiplyGenerator(tweak).add(key);
        if (child.isIdentity()) {
            throw new IllegalStateException("BIP32 index " + index + " is invalid for this key; use the next one");
        }
        byte[] childChain = Arrays.copyOfRange(digest, 32, 64);
        return new Child(new ExtendedPublicKey(child, childChain, depth + 1, fingerprint(), index), tweak);
    }

    /** Derives along non-hardened {@code path} and returns the final key with the summed tweak. */
    public Child derivePath(long... path) {
        Scalar total = Secp256k1.FIELD.zero();
        ExtendedPublicKey current = this;
        for (long index : path) {
            Child child = current.deriveChild(index);
            total = total.add(child.tweak());
            current = child.key();
        }
        return new Child(current, total);
    }

    public Element key() {
        return key;
    }

    public byte[] chainCode() {
        return chainCode.clone();
    }

    public int depth() {
        return depth;
    }

    /** The first 4 bytes of HASH160 of this key: the parent fingerprint of its children. */
    public byte[] fingerprint() {
        byte[] sha = sha256(key.encode());
        RIPEMD160Digest ripemd = new RIPEMD160Digest();
        ripemd.update(sha, 0, sha.length);
        byte[] hash160 = new byte[20];
        ripemd.doFinal(hash160, 0);
        return Arrays.copyOf(hash160, 4);
    }

    /** The Base58Check {@code xpub…} string. */
    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH)
                .putInt(XPUB_VERSION)
                .put((byte) depth)
                .put(parentFingerprint)
                .putInt((int) childNumber)
                .put(chainCode)
                .put(key.encode());
        return Base58Check.encode(buffer.array());
    }

    /** Parses an {@code xpub…} string strictly (BIP32 test vector 5's checks). */
    public static ExtendedPublicKey parse(String text) throws InvalidEncodingException {
        requireNonNull(text, "text is null");
        if (text.length() != TEXT_LENGTH) {
            // checked first: Base58 decoding takes time quadratic in the length
            throw new InvalidEncodingException(
                    "extended key text must be " + TEXT_LENGTH + " characters, got " + text.length());
        }
        byte[] payload = Base58Check.decode(text)
                .orElseThrow(() -> new InvalidEncodingException("not Base58Check or wrong checksum"));
        if (payload.length != LENGTH) {
            throw new InvalidEncodingException("extended key must be " + LENGTH + " bytes, got " + payload.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        if (buffer.getInt() != XPUB_VERSION) {
            throw new InvalidEncodingException("not a mainnet xpub");
        }
        int depth = buffer.get() & 0xFF;
        byte[] parentFingerprint = new byte[4];
        buffer.get(parentFingerprint);
        long childNumber = buffer.getInt() & 0xFFFFFFFFL;
        byte[] chainCode = new byte[32];
        buffer.get(chainCode);
        byte[] keyBytes = new byte[33];
        buffer.get(keyBytes);
        if (depth == 0 && (childNumber != 0 || !Arrays.equals(parentFingerprint, new byte[4]))) {
            throw new InvalidEncodingException("depth 0 with a parent fingerprint or child number");
        }
        Element key = Secp256k1.GROUP.decode(keyBytes);
        return new ExtendedPublicKey(key, chainCode, depth, parentFingerprint, childNumber);
    }

    private static byte[] hmacSha512(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key, "HmacSHA512"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtendedPublicKey other && encode().equals(other.encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
