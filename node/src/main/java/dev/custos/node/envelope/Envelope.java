package dev.custos.node.envelope;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A protocol message between signer nodes as it travels through the coordinator: the header, the payload (in the
 * clear for a broadcast; the HPKE encapsulated key followed by the ciphertext for a direct envelope) and the sender's
 * Ed25519 signature over {@link #signedMessage}. Public: nothing here is checked beyond the format; {@link
 * EnvelopeInbox} checks the rest.
 *
 * @param header session, sender, recipient, round
 * @param payload at most {@value #MAX_PAYLOAD_LENGTH} bytes
 * @param signature 64 bytes
 */
public record Envelope(EnvelopeHeader header, byte[] payload, byte[] signature) {
    public static final int MAX_PAYLOAD_LENGTH = 16 * 1024 * 1024;

    /** Prefixes what the sender signs: ASCII "custos node envelope v1" and a zero byte. */
    static final byte[] SIGNATURE_DOMAIN = "custos node envelope v1\0".getBytes(StandardCharsets.US_ASCII);

    public Envelope {
        requireNonNull(header, "header is null");
        requireNonNull(payload, "payload is null");
        requireNonNull(signature, "signature is null");
        if (payload.length > MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("the payload is above " + MAX_PAYLOAD_LENGTH + " bytes");
        }
        if (signature.length != Ed25519PublicKey.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("an envelope signature is 64 bytes, got " + signature.length);
        }
        payload = payload.clone();
        signature = signature.clone();
    }

    /**
     * What the sender signs: {@link #SIGNATURE_DOMAIN}, the header's encoding, then the payload as {@code bytes}: the
     * same bytes as the envelope's encoding up to the signature, behind the domain.
     */
    public static byte[] signedMessage(EnvelopeHeader header, byte[] payload) {
        ByteWriter writer = new ByteWriter().raw(SIGNATURE_DOMAIN);
        header.writeTo(writer);
        return writer.bytes(payload).toByteArray();
    }

    /** The header's encoding, {@code bytes} payload, then {@code raw[64]} signature. */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter();
        header.writeTo(writer);
        return writer.bytes(payload).raw(signature).toByteArray();
    }

    /** Reads {@link #encode()}'s output strictly. */
    public static Envelope decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(requireNonNull(encoded, "encoded is null"), "envelope");
        EnvelopeHeader header = EnvelopeHeader.readFrom(reader);
        byte[] payload = reader.bytes(MAX_PAYLOAD_LENGTH, "payload");
        byte[] signature = reader.raw(Ed25519PublicKey.SIGNATURE_LENGTH, "signature");
        reader.finish();
        return new Envelope(header, payload, signature);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope other
                && header.equals(other.header)
                && Arrays.equals(payload, other.payload)
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * header.hashCode() + Arrays.hashCode(payload)) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "Envelope[" + header + ", " + payload.length + " payload bytes]";
    }
}
