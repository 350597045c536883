package dev.custos.coordinator.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The coordinator's public identity: the Ed25519 key its relay presents in TLS, which every node pins. Public.
 *
 * @param key the Ed25519 public key
 */
public record CoordinatorIdentity(Ed25519PublicKey key) {
    /** Leads the encoding: ASCII "CCID". */
    private static final byte[] MAGIC = {'C', 'C', 'I', 'D'};

    public static final int FORMAT_VERSION = 1;
    private static final byte[] FINGERPRINT_DOMAIN =
            "custos coordinator identity fingerprint v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int FINGERPRINT_LENGTH = 16;

    public CoordinatorIdentity {
        requireNonNull(key, "key is null");
    }

    /**
     * A short digest of the key for people to compare out of band: the first 16 bytes of SHA-256 over ASCII "custos
     * coordinator identity fingerprint v1", a zero byte and the key; lowercase hex.
     */
    public String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(FINGERPRINT_DOMAIN);
            sha256.update(key.bytes());
            return HexFormat.of().formatHex(sha256.digest(), 0, FINGERPRINT_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** {@link #MAGIC}, the format version byte, the 32-byte key. */
    public byte[] encode() {
        return new ByteWriter().raw(MAGIC).u8(FORMAT_VERSION).raw(key.bytes()).toByteArray();
    }

    /** Reads {@link #encode()}'s output strictly. */
    public static CoordinatorIdentity decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(encoded, "coordinator identity");
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a coordinator identity (expected ASCII CCID)");
        }
        int version = reader.u8("format version");
        if (version != FORMAT_VERSION) {
            throw reader.error("format version", version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        byte[] key = reader.raw(Ed25519PublicKey.LENGTH, "ed25519 key");
        reader.finish();
        try {
            return new CoordinatorIdentity(Ed25519PublicKey.of(key));
        } catch (InvalidEncodingException e) {
            throw reader.error("ed25519 key", e.getMessage());
        }
    }
}
