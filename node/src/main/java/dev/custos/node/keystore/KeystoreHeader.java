package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.security.MessageDigest;

/**
 * The header of a keystore file (docs/NODES.md has the layout byte by byte): magic {@code CNKS}, format version, the
 * {@link KekParameters}, the wrapped data key, the content nonce and the length of the ciphertext that follows. Every
 * byte of it is authenticated: the bytes up to the key parameters are the associated data of the wrapped data key, and
 * the whole header is the associated data of the content.
 */
record KeystoreHeader(KekParameters kek, byte[] wrappedKey, byte[] contentNonce, int ciphertextLength) {
    static final byte[] MAGIC = {'C', 'N', 'K', 'S'};
    static final int FORMAT_VERSION = 1;
    static final int MAX_WRAPPED_KEY_LENGTH = 1024;
    static final int MAX_CIPHERTEXT_LENGTH = 64 * 1024 * 1024;

    KeystoreHeader {
        requireNonNull(kek, "kek is null");
        requireNonNull(wrappedKey, "wrappedKey is null");
        requireNonNull(contentNonce, "contentNonce is null");
        if (wrappedKey.length > MAX_WRAPPED_KEY_LENGTH) {
            throw new IllegalArgumentException("the wrapped key is longer than " + MAX_WRAPPED_KEY_LENGTH + " bytes");
        }
        if (contentNonce.length != AesGcm.NONCE_LENGTH) {
            throw new IllegalArgumentException("the content nonce must be " + AesGcm.NONCE_LENGTH + " bytes");
        }
        if (ciphertextLength < AesGcm.TAG_LENGTH || ciphertextLength > MAX_CIPHERTEXT_LENGTH) {
            throw new IllegalArgumentException("ciphertext length out of range: " + ciphertextLength);
        }
        wrappedKey = wrappedKey.clone();
        contentNonce = contentNonce.clone();
    }

    @Override
    public byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    @Override
    public byte[] contentNonce() {
        return contentNonce.clone();
    }

    /** The associated data of the wrapped data key: magic, format version, key kind and parameters. */
    static byte[] keyAssociatedData(KekParameters kek) {
        ByteWriter writer = new ByteWriter().raw(MAGIC).u8(FORMAT_VERSION);
        kek.writeTo(writer);
        return writer.toByteArray();
    }

    /** The whole header, which is also the associated data of the content. */
    byte[] encode() {
        return new ByteWriter()
                .raw(keyAssociatedData(kek))
                .bytes(wrappedKey)
                .raw(contentNonce)
                .u32(ciphertextLength)
                .toByteArray();
    }

    /**
     * Reads a header from the start of a keystore file.
     *
     * @throws KeystoreException {@link KeystoreError#MALFORMED} or {@link KeystoreError#UNSUPPORTED_VERSION}, naming
     *     the field
     */
    static KeystoreHeader read(ByteReader reader) throws KeystoreException {
        try {
            if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
                throw reader.error("magic", "not a Custos node keystore (expected ASCII CNKS)");
            }
            int version = reader.u8("format version");
            if (version != FORMAT_VERSION) {
                throw new KeystoreException(
                        KeystoreError.UNSUPPORTED_VERSION,
                        "keystore format version " + version + " is not supported (this build reads version "
                                + FORMAT_VERSION + ")");
            }
            KekParameters kek = KekParameters.readFrom(reader);
            byte[] wrappedKey = reader.bytes(MAX_WRAPPED_KEY_LENGTH, "wrapped key");
            byte[] contentNonce = reader.raw(AesGcm.NONCE_LENGTH, "content nonce");
            int ciphertextLength = reader.u32("ciphertext length");
            if (ciphertextLength < AesGcm.TAG_LENGTH || ciphertextLength > MAX_CIPHERTEXT_LENGTH) {
                throw reader.error("ciphertext length", ciphertextLength + " is out of range");
            }
            return new KeystoreHeader(kek, wrappedKey, contentNonce, ciphertextLength);
        } catch (InvalidEncodingException e) {
            throw new KeystoreException(KeystoreError.MALFORMED, e.getMessage(), e);
        }
    }
}
