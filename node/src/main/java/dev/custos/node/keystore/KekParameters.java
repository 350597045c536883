package dev.custos.node.keystore;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;

/**
 * What a keystore header records about its key-encryption key, so that the same key can be found again: the kind
 * byte, then the kind's parameters. Public (no secret is recorded).
 */
public sealed interface KekParameters permits Argon2idParameters, KeyFileParameters {
    /** The kind byte in the header. */
    int kind();

    /** Writes the kind byte and the parameters. */
    default void writeTo(ByteWriter writer) {
        writer.u8(kind());
        writeParameters(writer);
    }

    /** Writes the parameters that follow the kind byte. */
    void writeParameters(ByteWriter writer);

    /** Reads what {@link #writeTo} wrote. */
    static KekParameters readFrom(ByteReader reader) throws InvalidEncodingException {
        int kind = reader.u8("key kind");
        return switch (kind) {
            case Argon2idParameters.KIND -> Argon2idParameters.readParameters(reader);
            case KeyFileParameters.KIND -> new KeyFileParameters();
            default -> throw reader.error("key kind", kind + " is not a known key kind (1 passphrase, 2 key file)");
        };
    }
}
