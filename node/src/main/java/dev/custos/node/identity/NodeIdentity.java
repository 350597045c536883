package dev.custos.node.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A signer node's public identity: its name, its Ed25519 key (signs its protocol envelopes) and its X25519 key (peers
 * encrypt to it with HPKE). Public.
 *
 * @param name 1 to 63 characters from {@code A-Z a-z 0-9 . _ -}, starting with a letter or digit (ASCII only, so that
 *     no two names look alike)
 * @param signingKey the Ed25519 public key
 * @param encryptionKey the X25519 public key
 */
public record NodeIdentity(String name, Ed25519PublicKey signingKey, X25519PublicKey encryptionKey) {
    /** Leads the standalone encoding ({@link #encode()}): ASCII "CNID". */
    private static final byte[] MAGIC = {'C', 'N', 'I', 'D'};

    public static final int FORMAT_VERSION = 1;
    public static final int MAX_NAME_LENGTH = 63;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final byte[] FINGERPRINT_DOMAIN =
            "custos node identity fingerprint v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int FINGERPRINT_LENGTH = 16;

    public NodeIdentity {
        requireValidName(name);
        requireNonNull(signingKey, "signingKey is null");
        requireNonNull(encryptionKey, "encryptionKey is null");
    }

    /**
     * Checks a node name against the rule above.
     *
     * @return the name
     * @throws IllegalArgumentException naming the problem
     */
    public static String requireValidName(String name) {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("node name '" + name + "' is not valid: use 1 to " + MAX_NAME_LENGTH
                    + " characters from A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
        return name;
    }

    /**
     * A short digest of the two public keys, for people to compare out of band: the first 16 bytes of SHA-256 over
     * ASCII "custos node identity fingerprint v1", a zero byte, the Ed25519 key and the X25519 key; lowercase hex. The
     * name is not part of it.
     */
    public String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(FINGERPRINT_DOMAIN);
            sha256.update(signingKey.bytes());
            sha256.update(encryptionKey.bytes());
            return HexFormat.of().formatHex(sha256.digest(), 0, FINGERPRINT_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The standalone encoding: the magic (ASCII {@code "CNID"}), the format version byte, then {@link #writeTo}. */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter().raw(MAGIC).u8(FORMAT_VERSION);
        writeTo(writer);
        return writer.toByteArray();
    }

    /** Reads a standalone encoding, strictly (no trailing bytes). */
    public static NodeIdentity decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(encoded, "node identity");
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a node identity (expected ASCII CNID)");
        }
        int version = reader.u8("format version");
        if (version != FORMAT_VERSION) {
            throw reader.error("format version", version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        NodeIdentity identity = readFrom(reader);
        reader.finish();
        return identity;
    }

    /** The body, as committees embed it: the name as a variable-length field, then the two 32-byte keys. */
    public void writeTo(ByteWriter writer) {
        writer.string(name).raw(signingKey.bytes()).raw(encryptionKey.bytes());
    }

    /** Reads what {@link #writeTo} wrote; every check of the constructor and the key types applies. */
    public static NodeIdentity readFrom(ByteReader reader) throws InvalidEncodingException {
        String name = reader.string(MAX_NAME_LENGTH, "name");
        try {
            requireValidName(name);
        } catch (IllegalArgumentException e) {
            throw reader.error("name", e);
        }
        byte[] signingBytes = reader.raw(Ed25519PublicKey.LENGTH, "ed25519 key");
        byte[] encryptionBytes = reader.raw(X25519PublicKey.LENGTH, "x25519 key");
        Ed25519PublicKey signingKey;
        X25519PublicKey encryptionKey;
        try {
            signingKey = Ed25519PublicKey.of(signingBytes);
        } catch (InvalidEncodingException e) {
            throw reader.error("ed25519 key", e);
        }
        try {
            encryptionKey = X25519PublicKey.of(encryptionBytes);
        } catch (InvalidEncodingException e) {
            throw reader.error("x25519 key", e);
        }
        return new NodeIdentity(name, signingKey, encryptionKey);
    }
}
