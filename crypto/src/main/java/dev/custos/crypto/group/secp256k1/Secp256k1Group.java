package dev.custos.crypto.group.secp256k1;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The secp256k1 curve group (SEC 2 §2.4.1): prime order n, generator G, elements encoded as 33-byte SEC1 compressed
 * points.
 *
 * <p>{@link #instance()} is the group to use; its backend comes from the system property {@value
 * Secp256k1Backend#PROPERTY} (default {@code auto}: libsecp256k1, which measured faster on every operation, or Bouncy
 * Castle when the native library cannot be loaded). {@link #withBackend(Secp256k1Backend)} pins a backend, for tests and
 * benchmarks. All instances describe the same group: they are equal, and their elements mix freely.
 */
public final class Secp256k1Group implements Group {
    private static final String NAME = "secp256k1";
    private static final Map<Secp256k1Backend, Secp256k1Group> GROUPS = new EnumMap<>(Secp256k1Backend.class);

    private final Secp256k1Backend backend;
    private final PointArithmetic arithmetic;
    private final Secp256k1Element identity;
    private final Secp256k1Element generator;

    private Secp256k1Group(Secp256k1Backend backend, PointArithmetic arithmetic) {
        this.backend = backend;
        this.arithmetic = arithmetic;
        this.identity = new Secp256k1Element(this, null);
        byte[] one = new byte[ScalarField.BYTE_LENGTH];
        one[one.length - 1] = 1;
        this.generator = new Secp256k1Element(this, arithmetic.multiplyGenerator(one));
    }

    /**
     * The group with the backend selected by {@value Secp256k1Backend#PROPERTY}, resolved on first use. A
     * misconfiguration (an unknown value, or {@code native} where the library cannot load) fails that first use with an
     * {@link ExceptionInInitializerError} whose cause names the problem.
     */
    public static Secp256k1Group instance() {
        return DefaultHolder.INSTANCE;
    }

    /**
     * The group computing with {@code backend}. {@link Secp256k1Backend#AUTO} gives the libsecp256k1 group when the
     * native library loads, the Bouncy Castle group otherwise.
     *
     * @throws IllegalStateException if {@code backend} is {@link Secp256k1Backend#LIBSECP256K1} and the native library
     *     cannot be loaded on this platform
     */
    public static synchronized Secp256k1Group withBackend(Secp256k1Backend backend) {
        requireNonNull(backend, "backend is null");
        return GROUPS.computeIfAbsent(resolve(backend), Secp256k1Group::create);
    }

    /** Whether libsecp256k1 can be loaded on this platform (loads it on first call). */
    public static boolean isNativeAvailable() {
        return Backends.libsecp256k1().isPresent();
    }

    private static Secp256k1Backend resolve(Secp256k1Backend backend) {
        if (backend != Secp256k1Backend.AUTO) {
            return backend;
        }
        return isNativeAvailable() ? Secp256k1Backend.LIBSECP256K1 : Secp256k1Backend.BOUNCY_CASTLE;
    }

    private static Secp256k1Group create(Secp256k1Backend backend) {
        return switch (backend) {
            case BOUNCY_CASTLE -> new Secp256k1Group(backend, Backends.bouncyCastle());
            case LIBSECP256K1 ->
                new Secp256k1Group(
                        backend,
                        Backends.libsecp256k1()
                                .orElseThrow(() -> new IllegalStateException(
                                        "libsecp256k1 could not be loaded on this platform (see the log); use "
                                                + Secp256k1Backend.PROPERTY + "=bc or auto")));
            case AUTO -> throw new IllegalArgumentException("AUTO is resolved before a group is created");
        };
    }

    /** The backend this group computes with: {@link Secp256k1Backend#BOUNCY_CASTLE} or {@code LIBSECP256K1}. */
    public Secp256k1Backend backend() {
        return backend;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScalarField scalarField() {
        return ScalarField.SECP256K1;
    }

    @Override
    public Secp256k1Element identity() {
        return identity;
    }

    @Override
    public Secp256k1Element generator() {
        return generator;
    }

    /** {@code k * G} in constant time with libsecp256k1, regular (comb) with Bouncy Castle. */
    @Override
    public Secp256k1Element multiplyGenerator(Scalar k) {
        byte[] scalar = scalarBytes(k);
        if (scalar == null) {
            return identity;
        }
        try {
            return element(arithmetic.multiplyGenerator(scalar));
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    @Override
    public int elementLength() {
        return PointEncoding.COMPRESSED_LENGTH;
    }

    /**
     * Decodes a 33-byte SEC1 compressed point (prefix 0x02 or 0x03, {@code x < p}, x on the curve). Rejects every other
     * form: the identity ({@code 0x00}), uncompressed ({@code 0x04}) and hybrid ({@code 0x06}, {@code 0x07}) encodings,
     * other lengths and prefixes.
     */
    @Override
    public Secp256k1Element decode(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null) {
            throw new InvalidEncodingException("secp256k1 element encoding is null");
        }
        if (encoding.length != PointEncoding.COMPRESSED_LENGTH) {
            throw new InvalidEncodingException(describeWrongLength(encoding));
        }
        byte prefix = encoding[0];
        if (prefix != PointEncoding.EVEN_Y_PREFIX && prefix != PointEncoding.ODD_Y_PREFIX) {
            throw new InvalidEncodingException(String.format(
                    "secp256k1 element has prefix 0x%02x; only the compressed prefixes 0x02 and 0x03 are accepted",
                    prefix & 0xFF));
        }
        return decompress(encoding);
    }

    /**
     * BIP340 {@code lift_x}: the point with x coordinate {@code x} (32 bytes, big-endian) and even y.
     *
     * @throws InvalidEncodingException if {@code x} is not 32 bytes, not below p, or not the x coordinate of a point
     */
    public Secp256k1Element liftX(byte[] x) throws InvalidEncodingException {
        if (x == null || x.length != PointEncoding.COORDINATE_LENGTH) {
            throw new InvalidEncodingException(
                    "x-only public key must be 32 bytes, got " + (x == null ? "null" : String.valueOf(x.length)));
        }
        return decompress(PointEncoding.evenYCompressed(x));
    }

    /**
     * {@code sum(scalars[i] * elements[i])}, skipping zero scalars and identity elements. With libsecp256k1: one native
     * variable-time multiplication ({@code secp256k1_ecmult}) per term and one native sum (measured faster than Bouncy
     * Castle's interleaved wNAF/GLV {@code sumOfMultiplies} at 2, 10 and 67 terms); with Bouncy Castle:
     * {@code sumOfMultiplies}, also variable-time. <b>Use it only with public scalars and elements</b> (verification
     * equations, Feldman commitments, combinations of public shares).
     */
    @Override
    public Secp256k1Element multiScalarMultiply(List<Scalar> scalars, List<? extends Element> elements) {
        requireNonNull(scalars, "scalars is null");
        requireNonNull(elements, "elements is null");
        if (scalars.size() != elements.size()) {
            throw new IllegalArgumentException(
                    "scalars and elements differ in count: " + scalars.size() + " != " + elements.size());
        }
        byte[][] termScalars = new byte[scalars.size()][];
        byte[][] termPoints = new byte[elements.size()][];
        int terms = 0;
        for (int i = 0; i < scalars.size(); i++) {
            byte[] scalar = scalarBytes(scalars.get(i));
            Secp256k1Element element = require(elements.get(i));
            if (scalar != null && !element.isIdentity()) {
                termScalars[terms] = scalar;
                termPoints[terms] = element.point();
                terms++;
            }
        }
        if (terms == 0) {
            return identity;
        }
        return element(
                arithmetic.multiScalarMultiply(Arrays.copyOf(termScalars, terms), Arrays.copyOf(termPoints, terms)));
    }

    PointArithmetic arithmetic() {
        return arithmetic;
    }

    /** Wraps a trusted 65-byte point (or {@code null} for the identity) as an element of this group. */
    Secp256k1Element element(byte @Nullable [] point) {
        return point == null ? identity : new Secp256k1Element(this, point);
    }

    static Secp256k1Element require(Element element) {
        requireNonNull(element, "element is null");
        if (element instanceof Secp256k1Element secp256k1Element) {
            return secp256k1Element;
        }
        throw new IllegalArgumentException(
                "not a secp256k1 element: element of " + element.group().name());
    }

    /** The canonical big-endian bytes of {@code k}, or {@code null} if {@code k} is zero. */
    static byte @Nullable [] scalarBytes(Scalar k) {
        requireNonNull(k, "scalar is null");
        if (k.field() != ScalarField.SECP256K1) {
            throw new IllegalArgumentException("scalar of field " + k.field().name() + " used with secp256k1");
        }
        return k.isZero() ? null : k.toBytes();
    }

    private Secp256k1Element decompress(byte[] compressed) throws InvalidEncodingException {
        if (!PointEncoding.isBelowFieldPrime(compressed, 1)) {
            throw new InvalidEncodingException("secp256k1 x coordinate is not below the field prime p");
        }
        byte[] point = arithmetic.decompress(compressed);
        if (point == null) {
            throw new InvalidEncodingException(
                    "secp256k1 x coordinate is not on the curve: x^3 + 7 is not a square modulo p");
        }
        return new Secp256k1Element(this, point);
    }

    private static String describeWrongLength(byte[] encoding) {
        if (encoding.length == 1 && encoding[0] == 0) {
            return "the identity (SEC1 encoding 0x00) is not a valid secp256k1 element";
        }
        if (encoding.length == PointEncoding.UNCOMPRESSED_LENGTH) {
            int prefix = encoding[0] & 0xFF;
            if (prefix == PointEncoding.UNCOMPRESSED_PREFIX) {
                return "uncompressed SEC1 encoding (prefix 0x04, 65 bytes) is not accepted; expected 33-byte compressed";
            }
            if (prefix == 0x06 || prefix == 0x07) {
                return String.format(
                        "hybrid SEC1 encoding (prefix 0x%02x, 65 bytes) is not accepted; expected 33-byte compressed",
                        prefix);
            }
        }
        return "secp256k1 element must be " + PointEncoding.COMPRESSED_LENGTH + " bytes, got " + encoding.length;
    }

    /** All secp256k1 groups are the same group, whatever their backend. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Secp256k1Group;
    }

    @Override
    public int hashCode() {
        return NAME.hashCode();
    }

    @Override
    public String toString() {
        return "Secp256k1Group[" + backend.propertyValue() + "]";
    }

    private static final class DefaultHolder {
        static final Secp256k1Group INSTANCE = withBackend(Backends.configured());
    }
}
