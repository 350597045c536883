package dev.custos.audit.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** Ed25519 (RFC 8032, through Bouncy Castle) and the signed-note key ID of an Ed25519 key. */
final class Ed25519Keys {
    /** The signed-note signature type of Ed25519. */
    static final byte SIGNATURE_TYPE = 0x01;

    static final int PUBLIC_KEY_LENGTH = Ed25519.PUBLIC_KEY_SIZE;
    static final int SEED_LENGTH = Ed25519.SECRET_KEY_SIZE;
    static final int SIGNATURE_LENGTH = Ed25519.SIGNATURE_SIZE;

    private Ed25519Keys() {}

    /** The first four bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key). */
    static int keyId(String name, byte[] publicKey) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(SIGNATURE_TYPE);
        sha256.update(publicKey);
        return ByteBuffer.wrap(sha256.digest()).getInt();
    }

    /** Whether {@code publicKey} is the canonical encoding of a point of prime order (not small-order, not identity). */
    static boolean isValidPublicKey(byte[] publicKey) {
        return publicKey.length == PUBLIC_KEY_LENGTH && Ed25519.validatePublicKeyFull(publicKey, 0);
    }

    static byte[] publicKey(byte[] seed) {
        byte[] publicKey = new byte[PUBLIC_KEY_LENGTH];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        return publicKey;
    }

    static byte[] sign(byte[] seed, byte[] message) {
        byte[] signature = new byte[SIGNATURE_LENGTH];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        return signature.length == SIGNATURE_LENGTH
                && Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
    }
}
