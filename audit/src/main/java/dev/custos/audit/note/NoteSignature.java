package dev.custos.audit.note;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One signature line of a signed note: {@code — <key name> base64(key ID ‖ signature)} (em dash U+2014, space, name,
 * space, base64, newline). The signature bytes are whatever the key's algorithm produced; for an unknown key they are
 * kept as they are.
 *
 * @param keyName the key name: non-empty, no Unicode space, no '+'
 * @param keyId the 32-bit key ID
 * @param signature at least one byte (copied in and out)
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {
    /** The start of every signature line: em dash and space. */
    static final String PREFIX = "\u2014 ";

    public NoteSignature {
        requireNonNull(keyName, "keyName is null");
        requireNonNull(signature, "signature is null");
        if (!NoteText.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("key name '" + keyName + "' is empty or has a space or '+'");
        }
        if (signature.length == 0) {
            throw new IllegalArgumentException("the signature of " + keyName + " is empty");
        }
        signature = signature.clone();
    }

    /**
     * Parses one line, without its newline.
     *
     * @throws NoteException with {@link NoteErrorCode#MALFORMED_NOTE}, naming the fault
     */
    static NoteSignature parseLine(String line) throws NoteException {
        if (!line.startsWith(PREFIX)) {
            throw malformed("a signature line starts with an em dash and a space: '" + line + "'");
        }
        String rest = line.substring(PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw malformed("a signature line has a name, a space and base64: '" + line + "'");
        }
        String name = rest.substring(0, space);
        if (!NoteText.isValidKeyName(name)) {
            throw malformed("signature key name '" + name + "' is empty or has a space or '+'");
        }
        byte[] bytes = CanonicalBase64.decode(rest.substring(space + 1))
                .orElseThrow(() -> malformed("the signature of " + name + " is not canonical base64"));
        if (bytes.length < 5) {
            throw malformed("the signature of " + name + " is shorter than a key ID and one byte");
        }
        return new NoteSignature(name, ByteBuffer.wrap(bytes).getInt(), Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    /** The line, with its newline. */
    public String line() {
        byte[] bytes = ByteBuffer.allocate(4 + signature.length)
                .putInt(keyId)
                .put(signature)
                .array();
        return PREFIX + keyName + " " + CanonicalBase64.encode(bytes) + "\n";
    }

    /** {@code name+keyid}, how the format refers to a key. */
    public String keyLabel() {
        return keyName + "+" + NoteVerifierKey.hex(keyId);
    }

    /** A copy of the signature bytes. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature that
                && keyName.equals(that.keyName)
                && keyId == that.keyId
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * keyName.hashCode() + keyId) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().strip();
    }

    private static NoteException malformed(String message) {
        return new NoteException(NoteErrorCode.MALFORMED_NOTE, message);
    }
}
