package dev.custos.ecdsa.signature;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Strict DER decoding of an ECDSA signature {@code SEQUENCE { r INTEGER, s INTEGER }} (X.690 DER, as BIP 66 requires):
 * minimal lengths and integers, positive values below q, nothing trailing. Anything else is rejected.
 */
public final class DerSignature {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    private DerSignature() {}

    /** The pair {@code (r, s)}, both in [1, q). */
    public record Values(Scalar r, Scalar s) {}

    public static Optional<Values> decode(byte[] der) {
        if (der == null || der.length < 8 || der.length > 72) {
            return Optional.empty();
        }
        if ((der[0] & 0xFF) != SEQUENCE || (der[1] & 0xFF) != der.length - 2) {
            return Optional.empty();
        }
        int[] position = {2};
        Optional<Scalar> r = readInteger(der, position);
        Optional<Scalar> s = r.isPresent() ? readInteger(der, position) : Optional.empty();
        if (r.isEmpty() || s.isEmpty() || position[0] != der.length) {
            return Optional.empty();
        }
        return Optional.of(new Values(r.get(), s.get()));
    }

    private static Optional<Scalar> readInteger(byte[] der, int[] position) {
        int at = position[0];
        if (at + 2 > der.length || (der[at] & 0xFF) != INTEGER) {
            return Optional.empty();
        }
        int length = der[at + 1] & 0xFF;
        if (length == 0 || length > 33 || at + 2 + length > der.length) {
            return Optional.empty();
        }
        byte[] value = Arrays.copyOfRange(der, at + 2, at + 2 + length);
        if ((value[0] & 0x80) != 0) {
            return Optional.empty(); // negative
        }
        if (length > 1 && value[0] == 0 && (value[1] & 0x80) == 0) {
            return Optional.empty(); // not minimal
        }
        BigInteger integer = new BigInteger(1, value);
        if (integer.signum() == 0 || integer.compareTo(Secp256k1.FIELD.order()) >= 0) {
            return Optional.empty();
        }
        position[0] = at + 2 + length;
        return Optional.of(Secp256k1.FIELD.of(integer));
    }
}
