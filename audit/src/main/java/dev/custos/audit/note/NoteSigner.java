package dev.custos.audit.note;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.security.auth.Destroyable;

/**
 * An Ed25519 signing key of the signed-note format: a key name and a 32-byte seed held in {@link SecretBytes}.
 *
 * <p>Its text form is {@code PRIVATE+KEY+<name>+<key ID hex>+base64(0x01 ‖ seed)}, the private-key format of
 * golang.org/x/mod/sumdb/note, and only ever passes through {@link SecretBytes}. It prints as {@code <redacted>}, has
 * identity {@code equals}, and throws {@link IllegalStateException} once destroyed.
 */
public final class NoteSigner implements Destroyable {
    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";
    private static final Pattern KEY_ID_HEX = Pattern.compile("[0-9a-f]{8}");

    private final SecretBytes seed;
    private final NoteVerifierKey verifierKey;

    private NoteSigner(String name, SecretBytes seed) {
        this.seed = seed;
        byte[] seedBytes = seed.copy();
        try {
            this.verifierKey = NoteVerifierKey.of(name, Ed25519Keys.publicKey(seedBytes));
        } finally {
            Arrays.fill(seedBytes, (byte) 0);
        }
    }

    /** A new key named {@code name} from {@code random}. */
    public static NoteSigner generate(String name, SecureRandom random) {
        requireNonNull(name, "name is null");
        requireNonNull(random, "random is null");
        byte[] seed = new byte[Ed25519Keys.SEED_LENGTH];
        try {
            random.nextBytes(seed);
            return fromSeed(name, SecretBytes.copyOf(seed));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** The key named {@code name} with the 32-byte RFC 8032 {@code seed}, which it takes ownership of. */
    public static NoteSigner fromSeed(String name, SecretBytes seed) {
        requireNonNull(name, "name is null");
        requireNonNull(seed, "seed is null");
        if (seed.length() != Ed25519Keys.SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length());
        }
        if (!NoteText.isValidKeyName(name)) {
            throw new IllegalArgumentException("key name '" + name + "' is empty or has a space or '+'");
        }
        return new NoteSigner(name, seed);
    }

    /**
     * Parses the private-key text, checking that its key ID matches the key it derives. Does not destroy
     * {@code encoded}.
     *
     * @throws NoteException with {@link NoteErrorCode#MALFORMED_KEY}; the message never holds key material
     */
    public static NoteSigner parse(SecretBytes encoded) throws NoteException {
        requireNonNull(encoded, "encoded is null");
        byte[] bytes = encoded.copy();
        byte[] key = null;
        try {
            byte[] prefix = PRIVATE_PREFIX.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length < prefix.length || !Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length)) {
                throw malformed("a private key starts with PRIVATE+KEY+");
            }
            int nameEnd = indexOf(bytes, '+', prefix.length);
            int idEnd = nameEnd < 0 ? -1 : indexOf(bytes, '+', nameEnd + 1);
            if (idEnd < 0) {
                throw malformed("a private key is PRIVATE+KEY+<name>+<8 hex digits>+<base64>");
            }
            String name = new String(bytes, prefix.length, nameEnd - prefix.length, StandardCharsets.UTF_8);
            String keyId = new String(bytes, nameEnd + 1, idEnd - nameEnd - 1, StandardCharsets.US_ASCII);
            if (!NoteText.isValidKeyName(name) || !KEY_ID_HEX.matcher(keyId).matches()) {
                throw malformed("a private key is PRIVATE+KEY+<name>+<8 hex digits>+<base64>");
            }
            key = CanonicalBase64.decodeSecret(Arrays.copyOfRange(bytes, idEnd + 1, bytes.length))
                    .orElseThrow(() -> malformed("the key of " + name + " is not canonical base64"));
            if (key.length != 1 + Ed25519Keys.SEED_LENGTH || key[0] != Ed25519Keys.SIGNATURE_TYPE) {
                throw malformed("the key of " + name + " is not type 0x01 and a 32-byte Ed25519 seed");
            }
            NoteSigner signer = fromSeed(name, SecretBytes.copyOf(Arrays.copyOfRange(key, 1, key.length)));
            if (signer.verifierKey.keyId() != Integer.parseUnsignedInt(keyId, 16)) {
                signer.destroy();
                throw malformed("key ID " + keyId + " does not match the key of " + name);
            }
            return signer;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    private static int indexOf(byte[] bytes, char c, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The private-key text, for storage; the caller destroys it once written. */
    public SecretBytes encode() {
        byte[] seedBytes = seed.copy();
        byte[] key = new byte[1 + seedBytes.length];
        try {
            key[0] = Ed25519Keys.SIGNATURE_TYPE;
            System.arraycopy(seedBytes, 0, key, 1, seedBytes.length);
            byte[] head = (PRIVATE_PREFIX + name() + "+" + NoteVerifierKey.hex(verifierKey.keyId()) + "+")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] base64 = Base64.getEncoder().encode(key);
            byte[] text = Arrays.copyOf(head, head.length + base64.length);
            System.arraycopy(base64, 0, text, head.length, base64.length);
            Arrays.fill(base64, (byte) 0);
            SecretBytes secret = SecretBytes.copyOf(text);
            Arrays.fill(text, (byte) 0);
            return secret;
        } finally {
            Arrays.fill(seedBytes, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    public String name() {
        return verifierKey.name();
    }

    /** The public half, to give to verifiers. */
    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /**
     * This key's signature line for {@code text} (Ed25519 over its UTF-8 bytes).
     *
     * @throws IllegalArgumentException if {@code text} is not a valid note text (newline-terminated, no control
     *     character but newline, well-formed)
     * @throws IllegalStateException if destroyed
     */
    public NoteSignature sign(String text) {
        requireNonNull(text, "text is null");
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a note text ends in a newline");
        }
        byte[] message;
        try {
            message = NoteText.encode(text);
        } catch (NoteException e) {
            throw new IllegalArgumentException("not a note text: " + e.getMessage(), e);
        }
        byte[] seedBytes = seed.copy();
        try {
            return new NoteSignature(name(), verifierKey.keyId(), Ed25519Keys.sign(seedBytes, message));
        } finally {
            Arrays.fill(seedBytes, (byte) 0);
        }
    }

    /** Wipes the seed. Idempotent. */
    @Override
    public void destroy() {
        seed.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return seed.isDestroyed();
    }

    @Override
    public String toString() {
        return "NoteSigner[" + name() + ", <redacted>]";
    }

    private static NoteException malformed(String message) {
        return new NoteException(NoteErrorCode.MALFORMED_KEY, message);
    }
}
