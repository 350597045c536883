package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.frost.internal.Checks;
import java.util.HexFormat;

/** The group public key {@code Y = s * G} that verifies FROST signatures. */
public record VerifyingKey(Ciphersuite suite, Element element) {
    public VerifyingKey {
        requireNonNull(suite, "suite is null");
        Checks.requireElement(suite.group(), suite.name(), element, "element");
    }

    /** Decodes the canonical group element encoding (RFC 9591 SerializeElement). */
    public static VerifyingKey decode(Ciphersuite suite, byte[] encoding) throws InvalidEncodingException {
        requireNonNull(suite, "suite is null");
        return new VerifyingKey(suite, suite.group().decode(encoding));
    }

    /** The canonical group element encoding (RFC 9591 SerializeElement), used inside FROST messages and hashes. */
    public byte[] encode() {
        return element.encode();
    }

    /** The public key in the ecosystem's format; for Taproot the 32-byte x-only key (see {@link Ciphersuite}). */
    public byte[] publicKeyBytes() {
        return suite.encodePublicKey(this);
    }

    @Override
    public String toString() {
        return "VerifyingKey[" + suite.name() + ", " + HexFormat.of().formatHex(encode()) + "]";
    }
}
