package dev.custos.node.policy;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.committee.AdminSignatures;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/**
 * A policy document with its version and the signatures of the committee's admins: what a node enforces. Public. The
 * document is the policy's JSON text (docs/POLICY.md) exactly as signed; nothing here parses it.
 *
 * @param version the policy version, from 1; a node never installs a version below the one it holds
 * @param document the policy document's UTF-8 bytes, 1 byte to {@value #MAX_DOCUMENT_LENGTH} bytes
 * @param signatures 1 to {@value #MAX_SIGNATURES} admin signatures over {@link #signedMessage()}
 */
public record SignedPolicy(long version, byte[] document, List<AdminSignature> signatures) {
    private static final byte[] MAGIC = {'C', 'N', 'S', 'P'};
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_DOCUMENT_LENGTH = 4 * 1024 * 1024;
    public static final int MAX_SIGNATURES = 128;
    private static final byte[] SIGNATURE_DOMAIN = "custos signed policy v1\0".getBytes(StandardCharsets.US_ASCII);

    public SignedPolicy {
        requireNonNull(document, "document is null");
        requireNonNull(signatures, "signatures is null");
        if (version < 1) {
            throw new IllegalArgumentException("a policy version is at least 1, got " + version);
        }
        if (document.length == 0 || document.length > MAX_DOCUMENT_LENGTH) {
            throw new IllegalArgumentException(
                    "a policy document is 1 to " + MAX_DOCUMENT_LENGTH + " bytes, got " + document.length);
        }
        signatures.forEach(signature -> requireNonNull(signature, "a signature is null"));
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException(
                    "a signed policy has 1 to " + MAX_SIGNATURES + " signatures, got " + signatures.size());
        }
        document = document.clone();
        signatures = List.copyOf(signatures);
    }

    /** What each admin signs: ASCII "custos signed policy v1", a zero byte, {@code u64} version, the document as bytes. */
    public static byte[] signedMessage(long version, byte[] document) {
        return new ByteWriter()
                .raw(SIGNATURE_DOMAIN)
                .u64(version)
                .bytes(document)
                .toByteArray();
    }

    public byte[] signedMessage() {
        return signedMessage(version, document);
    }

    /** {@code document} as version {@code version}, signed by each of {@code admins}. */
    public static SignedPolicy sign(long version, byte[] document, List<SigningKey> admins) {
        byte[] message = signedMessage(version, document);
        return new SignedPolicy(
                version,
                document,
                admins.stream()
                        .map(admin -> new AdminSignature(admin.publicKey(), admin.sign(message)))
                        .toList());
    }

    /** The document as text. */
    public String documentText() {
        return new String(document, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] document() {
        return document.clone();
    }

    /**
     * {@link #MAGIC}, {@code u8} format version, {@code u64} version, the document as {@code bytes}, {@code u32}
     * signature count, then each signature as the admin's 32-byte key and the 64-byte signature.
     */
    public byte[] encode() {
        ByteWriter writer =
                new ByteWriter().raw(MAGIC).u8(FORMAT_VERSION).u64(version).bytes(document);
        AdminSignatures.write(writer, signatures);
        return writer.toByteArray();
    }

    /** Reads {@link #encode()}'s output strictly. */
    public static SignedPolicy decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(encoded, "signed policy");
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a signed policy (expected ASCII CNSP)");
        }
        int format = reader.u8("format version");
        if (format != FORMAT_VERSION) {
            throw reader.error("format version", format + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        long version = reader.u64("version");
        byte[] document = reader.bytes(MAX_DOCUMENT_LENGTH, "document");
        List<AdminSignature> signatures = AdminSignatures.read(reader, MAX_SIGNATURES);
        reader.finish();
        try {
            return new SignedPolicy(version, document, signatures);
        } catch (IllegalArgumentException e) {
            throw reader.error("policy", e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedPolicy other
                && version == other.version
                && Arrays.equals(document, other.document)
                && signatures.equals(other.signatures);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(version) + Arrays.hashCode(document);
    }

    @Override
    public String toString() {
        return "SignedPolicy[version=" + version + ", " + document.length + " bytes, " + signatures.size()
                + " signatures]";
    }
}
