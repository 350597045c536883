package dev.custos.node.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key (RFC 8032, 32 bytes) that passed full validation: canonical encoding, on the curve, in the
 * prime-order subgroup and not of small order. Public; equal by value; ordered by unsigned bytes.
 */
public final class Ed25519PublicKey implements Comparable<Ed25519PublicKey> {
    public static final int LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] bytes;

    private Ed25519PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The key encoded in {@code bytes}.
     *
     * @throws InvalidEncodingException if the bytes are not 32 bytes or fail the validation above
     */
    public static Ed25519PublicKey of(byte[] bytes) throws InvalidEncodingException {
        requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new InvalidEncodingException("an Ed25519 public key is " + LENGTH + " bytes, got " + bytes.length);
        }
        if (!Ed25519.validatePublicKeyFull(bytes, 0)) {
            throw new InvalidEncodingException("not a valid Ed25519 public key (non-canonical, not on the curve, "
                    + "of small order or outside the prime-order subgroup): "
                    + HexFormat.of().formatHex(bytes));
        }
        return new Ed25519PublicKey(bytes.clone());
    }

    /**
     * Whether {@code signature} is a valid RFC 8032 Ed25519 signature of {@code message} by this key (Bouncy Castle's
     * verifier, which rejects non-canonical S). A signature of the wrong length is invalid.
     */
    public boolean verify(byte[] message, byte[] signature) {
        requireNonNull(message, "message is null");
        requireNonNull(signature, "signature is null");
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(bytes, 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public int compareTo(Ed25519PublicKey other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PublicKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[" + toHex() + "]";
    }
}
