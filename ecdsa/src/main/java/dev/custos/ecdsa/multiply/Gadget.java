package dev.custos.ecdsa.multiply;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.ote.OtExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * The gadget vector g of DKLs23's random vector OLE: {@code g_j = 2^j} for the first 256 entries, then 2s public
 * pseudorandom scalars. The receiver's input is {@code b = Σ g_j·β_j} for random bits β; the random tail keeps b
 * uniform even if a cheating sender learns some bits of β through selective failure.
 */
final class Gadget {
    static final List<Scalar> VECTOR = build();

    private Gadget() {}

    private static List<Scalar> build() {
        List<Scalar> vector = new ArrayList<>(OtExtension.USABLE_ROWS);
        Scalar power = Secp256k1.FIELD.one();
        Scalar two = Secp256k1.FIELD.of(2);
        for (int j = 0; j < 256; j++) {
            vector.add(power);
            power = power.multiply(two);
        }
        for (int j = 256; j < OtExtension.USABLE_ROWS; j++) {
            vector.add(Hasher.sha512("gadget").putInt(j).digestScalar());
        }
        return List.copyOf(vector);
    }

    /** {@code Σ g_j·values_j}. */
    static Scalar innerProduct(Scalar[] values) {
        Scalar sum = Secp256k1.FIELD.zero();
        for (int j = 0; j < values.length; j++) {
            sum = sum.add(VECTOR.get(j).multiply(values[j]));
        }
        return sum;
    }
}
