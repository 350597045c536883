package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.internal.Checks;
import java.util.HexFormat;

/** A participant's public verification share {@code Y_i = s_i * G}, used to check its signature shares. */
public record VerifyingShare(Ciphersuite suite, Element element) {
    public VerifyingShare {
        requireNonNull(suite, "suite is null");
        Checks.requireElement(suite.group(), suite.name(), element, "element");
    }

    public static VerifyingShare decode(Ciphersuite suite, byte[] encoding) throws InvalidEncodingException {
        requireNonNull(suite, "suite is null");
        return new VerifyingShare(suite, suite.group().decode(encoding));
    }

    public byte[] encode() {
        return element.encode();
    }

    @Override
    public String toString() {
        return "VerifyingShare[" + suite.name() + ", " + HexFormat.of().formatHex(encode()) + "]";
    }
}
