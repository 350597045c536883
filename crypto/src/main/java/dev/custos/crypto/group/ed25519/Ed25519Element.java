package dev.custos.crypto.group.ed25519;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An element of the prime-order subgroup of edwards25519. Immutable: the wrapped point is never modified after
 * construction, and every operation returns a new element.
 */
final class Ed25519Element implements Element {
    private final ExtendedPoint point;

    /** The RFC 8032 encoding (0100..00 for the identity), computed on first use; arrays are never handed out. */
    private volatile byte @Nullable [] cachedEncoding;

    /** Wraps {@code point}, which the caller must not modify afterwards and must lie in the prime-order subgroup. */
    Ed25519Element(ExtendedPoint point) {
        this.point = requireNonNull(point, "point is null");
    }

    ExtendedPoint point() {
        return point;
    }

    @Override
    public Group group() {
        return Ed25519Group.INSTANCE;
    }

    @Override
    public Element add(Element other) {
        return new Ed25519Element(point.plus(of(other).point));
    }

    @Override
    public Element subtract(Element other) {
        CompletedPoint difference = new CompletedPoint();
        difference.setDifference(point, CachedPoint.from(of(other).point));
        ExtendedPoint result = new ExtendedPoint();
        difference.toExtended(result);
        return new Ed25519Element(result);
    }

    @Override
    public Element negate() {
        return new Ed25519Element(point.negate());
    }

    /** {@code k * this} for a public k, by width-5 NAF ({@link VariableTimeMultiplier}): variable time. */
    @Override
    public Element multiplyPublic(Scalar k) {
        byte[] scalar = Ed25519Group.scalarBytes(k);
        return new Ed25519Element(VariableTimeMultiplier.multiScalarMultiply(List.of(scalar), List.of(point)));
    }

    /** {@code secret * this} in time independent of the scalar ({@link ConstantTimeMultiplier}). */
    @Override
    public Element multiplySecret(Scalar secret) {
        byte[] scalar = Ed25519Group.scalarBytes(secret);
        try {
            return new Ed25519Element(ConstantTimeMultiplier.multiply(point, scalar));
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    @Override
    public boolean isIdentity() {
        return point.isIdentity();
    }

    @Override
    public byte[] encode() {
        if (isIdentity()) {
            throw new IllegalStateException("the identity element of edwards25519 has no encoding");
        }
        return rawEncoding().clone();
    }

    private byte[] rawEncoding() {
        byte[] encoding = cachedEncoding;
        if (encoding == null) {
            encoding = PointCodec.encode(point);
            cachedEncoding = encoding;
        }
        return encoding;
    }

    static Ed25519Element of(Element element) {
        requireNonNull(element, "element is null");
        if (element instanceof Ed25519Element ed25519Element) {
            return ed25519Element;
        }
        throw new IllegalArgumentException("element is not an edwards25519 element: it belongs to "
                + element.group().name());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519Element that && point.sameAs(that.point);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rawEncoding());
    }

    @Override
    public String toString() {
        return isIdentity()
                ? "Ed25519Element[identity]"
                : "Ed25519Element[" + HexFormat.of().formatHex(rawEncoding()) + "]";
    }
}
