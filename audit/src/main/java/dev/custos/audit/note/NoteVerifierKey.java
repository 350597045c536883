package dev.custos.audit.note;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A trusted Ed25519 key of the signed-note format, written as the vkey text
 * {@code <name>+<key ID as 8 lowercase hex digits>+base64(0x01 ‖ 32-byte public key)}.
 *
 * @param name the key name: non-empty, no Unicode space, no '+'
 * @param keyId SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4] as a big-endian int
 * @param publicKey the 32-byte RFC 8032 public key, a point of prime order (copied in and out)
 */
public record NoteVerifierKey(String name, int keyId, byte[] publicKey) {
    private static final Pattern KEY_ID_HEX = Pattern.compile("[0-9a-f]{8}");

    public NoteVerifierKey {
        requireNonNull(name, "name is null");
        requireNonNull(publicKey, "publicKey is null");
        if (!NoteText.isValidKeyName(name)) {
            throw new IllegalArgumentException("key name '" + name + "' is empty or has a space or '+'");
        }
        if (!Ed25519Keys.isValidPublicKey(publicKey)) {
            throw new IllegalArgumentException("the public key of " + name + " is not a valid Ed25519 key");
        }
        publicKey = publicKey.clone();
        if (keyId != Ed25519Keys.keyId(name, publicKey)) {
            throw new IllegalArgumentException("key ID " + hex(keyId) + " does not match the key of " + name);
        }
    }

    /** The verifier key named {@code name} for the Ed25519 {@code publicKey}. */
    public static NoteVerifierKey of(String name, byte[] publicKey) {
        requireNonNull(name, "name is null");
        requireNonNull(publicKey, "publicKey is null");
        return new NoteVerifierKey(name, Ed25519Keys.keyId(name, publicKey), publicKey);
    }

    /**
     * Parses a vkey strictly: three parts, a valid name, exactly eight lowercase hex digits, canonical base64 of
     * signature type 0x01 and a valid 32-byte key, and a key ID that matches.
     *
     * @throws NoteException with {@link NoteErrorCode#MALFORMED_KEY}, naming the fault
     */
    public static NoteVerifierKey parse(String vkey) throws NoteException {
        requireNonNull(vkey, "vkey is null");
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw malformed("a vkey has three parts separated by '+'");
        }
        String name = parts[0];
        if (!NoteText.isValidKeyName(name)) {
            throw malformed("key name '" + name + "' is empty or has a space");
        }
        if (!KEY_ID_HEX.matcher(parts[1]).matches()) {
            throw malformed("the key ID of " + name + " is not 8 lowercase hex digits");
        }
        int keyId = Integer.parseUnsignedInt(parts[1], 16);
        byte[] key = CanonicalBase64.decode(parts[2])
                .orElseThrow(() -> malformed("the key of " + name + " is not canonical base64"));
        if (key.length == 0 || key[0] != Ed25519Keys.SIGNATURE_TYPE) {
            throw malformed("the key of " + name + " is not of signature type 0x01 (Ed25519)");
        }
        byte[] publicKey = Arrays.copyOfRange(key, 1, key.length);
        if (!Ed25519Keys.isValidPublicKey(publicKey)) {
            throw malformed("the key of " + name + " is not a valid 32-byte Ed25519 public key");
        }
        if (keyId != Ed25519Keys.keyId(name, publicKey)) {
            throw malformed("key ID " + parts[1] + " does not match the key of " + name);
        }
        return new NoteVerifierKey(name, keyId, publicKey);
    }

    /** The vkey text. */
    public String encode() {
        byte[] key = new byte[1 + publicKey.length];
        key[0] = Ed25519Keys.SIGNATURE_TYPE;
        System.arraycopy(publicKey, 0, key, 1, publicKey.length);
        return name + "+" + hex(keyId) + "+" + CanonicalBase64.encode(key);
    }

    /** A copy of the public key. */
    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Whether {@code signature} is this key's Ed25519 signature of {@code message}. */
    public boolean verifies(byte[] message, byte[] signature) {
        requireNonNull(message, "message is null");
        requireNonNull(signature, "signature is null");
        return Ed25519Keys.verify(publicKey, message, signature);
    }

    /** Whether a signature line names this key (name and key ID both match). */
    public boolean identifies(NoteSignature signature) {
        return name.equals(signature.keyName()) && keyId == signature.keyId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifierKey key
                && name.equals(key.name)
                && keyId == key.keyId
                && Arrays.equals(publicKey, key.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + keyId;
    }

    @Override
    public String toString() {
        return encode();
    }

    static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    private static NoteException malformed(String message) {
        return new NoteException(NoteErrorCode.MALFORMED_KEY, message);
    }
}
