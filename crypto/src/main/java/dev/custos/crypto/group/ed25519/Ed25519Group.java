package dev.custos.crypto.group.ed25519;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The prime-order subgroup of edwards25519 (RFC 8032, RFC 9591 FROST(Ed25519, SHA-512)): order L = 2^252 +
 * 27742317777372353535851937790883648493, generator B = (x, 4/5) with x even, 32-byte RFC 8032 element encoding.
 *
 * <p>{@link Element#multiplySecret(Scalar)}, {@link Element#secretProductDigest(Scalar)} and
 * {@link #multiplyGenerator(Scalar)} run in time independent of the scalar; {@link Element#multiplyPublic(Scalar)} and
 * {@link #multiScalarMultiply(List, List)} do not and are for public inputs only.
 */
public final class Ed25519Group implements Group {
    /** L as 32 little-endian bytes, for the subgroup check. */
    private static final byte[] ORDER_LITTLE_ENDIAN =
            littleEndian(ScalarField.ED25519.order().toByteArray());

    public static final Ed25519Group INSTANCE = new Ed25519Group();

    private final Ed25519Element identity = new Ed25519Element(ExtendedPoint.identity());
    private final Ed25519Element generator = new Ed25519Element(basePoint());
    private final GeneratorTable generatorTable = new GeneratorTable(generator.point());

    private Ed25519Group() {}

    @Override
    public String name() {
        return "edwards25519";
    }

    @Override
    public ScalarField scalarField() {
        return ScalarField.ED25519;
    }

    @Override
    public Element identity() {
        return identity;
    }

    @Override
    public Element generator() {
        return generator;
    }

    /** {@code k * B} with the precomputed table, in time independent of k. */
    @Override
    public Element multiplyGenerator(Scalar k) {
        byte[] scalar = scalarBytes(k);
        byte[] digits = ScalarRecoding.signedRadix16(scalar);
        try {
            return new Ed25519Element(generatorTable.multiply(digits));
        } finally {
            Arrays.fill(scalar, (byte) 0);
            Arrays.fill(digits, (byte) 0);
        }
    }

    @Override
    public int elementLength() {
        return PointCodec.LENGTH;
    }

    /**
     * Decodes an RFC 8032 encoding and accepts it only if it is canonical (y below p; no sign bit for x = 0), on the
     * curve, not the identity and in the prime-order subgroup (L * P is the identity, which rules out every point with a
     * small-order component).
     */
    @Override
    public Element decode(byte[] encoding) throws InvalidEncodingException {
        ExtendedPoint point = PointCodec.decode(encoding);
        if (point.isIdentity()) {
            throw new InvalidEncodingException("edwards25519 element is the identity");
        }
        ExtendedPoint timesOrder =
                VariableTimeMultiplier.multiScalarMultiply(List.of(ORDER_LITTLE_ENDIAN), List.of(point));
        if (!timesOrder.isIdentity()) {
            throw new InvalidEncodingException(
                    "edwards25519 element is not in the prime-order subgroup: it has a small-order component");
        }
        return new Ed25519Element(point);
    }

    /**
     * {@code sum scalars[i] * elements[i]} by interleaved wNAF with shared doublings. <b>Variable time</b>: use it only
     * when the scalars and elements are public (verification), never with secret scalars.
     */
    @Override
    public Element multiScalarMultiply(List<Scalar> scalars, List<? extends Element> elements) {
        requireNonNull(scalars, "scalars is null");
        requireNonNull(elements, "elements is null");
        if (scalars.size() != elements.size()) {
            throw new IllegalArgumentException(
                    "scalars and elements differ in count: " + scalars.size() + " != " + elements.size());
        }
        List<byte[]> scalarBytes = new ArrayList<>(scalars.size());
        List<ExtendedPoint> points = new ArrayList<>(elements.size());
        for (int i = 0; i < scalars.size(); i++) {
            scalarBytes.add(scalarBytes(scalars.get(i)));
            points.add(Ed25519Element.of(elements.get(i)).point());
        }
        return new Ed25519Element(VariableTimeMultiplier.multiScalarMultiply(scalarBytes, points));
    }

    /** The canonical little-endian bytes of an edwards25519 scalar. */
    static byte[] scalarBytes(Scalar k) {
        requireNonNull(k, "scalar is null");
        if (k.field() != ScalarField.ED25519) {
            throw new IllegalArgumentException(
                    "scalar belongs to " + k.field().name() + ", expected " + ScalarField.ED25519.name());
        }
        return k.toBytes();
    }

    /** B: y = 4/5 and the even x (RFC 8032 §5.1). */
    private static ExtendedPoint basePoint() {
        int[] fifth = X25519Field.create();
        X25519Field.inv(Field25519.fromInt(5), fifth);
        int[] y = X25519Field.create();
        X25519Field.mul(fifth, 4, y);
        X25519Field.normalize(y);
        int[] x = PointCodec.recoverX(y);
        if (x == null) {
            throw new IllegalStateException("4/5 is not the y coordinate of a curve point");
        }
        X25519Field.normalize(x);
        if ((x[0] & 1) != 0) {
            X25519Field.negate(x, x);
            X25519Field.normalize(x);
        }
        return ExtendedPoint.fromAffine(x, y);
    }

    private static byte[] littleEndian(byte[] bigEndian) {
        byte[] result = new byte[32];
        for (int i = 0; i < bigEndian.length && i < 32; i++) {
            result[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return result;
    }

    @Override
    public String toString() {
        return "Ed25519Group[edwards25519]";
    }
}
