package dev.custos.bench;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.group.secp256k1.Secp256k1Backend;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Group operations per backend: {@code secp256k1-bc} (Bouncy Castle) and {@code secp256k1-native} (libsecp256k1 via
 * JNI, which {@link Secp256k1Group#instance()} uses when it loads), next to {@code ed25519} ({@link Ed25519Group}).
 * Results are in docs/CRYPTO-BACKENDS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class GroupBenchmark {

    static Group group(String name) {
        return switch (name) {
            case "secp256k1-bc" -> Secp256k1Group.withBackend(Secp256k1Backend.BOUNCY_CASTLE);
            case "secp256k1-native" -> Secp256k1Group.withBackend(Secp256k1Backend.LIBSECP256K1);
            case "ed25519" -> Ed25519Group.INSTANCE;
            default -> throw new IllegalArgumentException("unknown group: " + name);
        };
    }

    /** Random operands, fixed for a trial. */
    @State(Scope.Benchmark)
    public static class Operands {
        @Param({"secp256k1-bc", "secp256k1-native", "ed25519"})
        public String group;

        Group selected;
        Scalar scalar;
        Element point;
        Element other;
        byte[] encoding;

        @Setup
        public void setUp() {
            SecureRandom random = new SecureRandom();
            selected = group(group);
            scalar = selected.scalarField().randomNonZero(random);
            point = selected.multiplyGenerator(selected.scalarField().randomNonZero(random));
            other = selected.multiplyGenerator(selected.scalarField().randomNonZero(random));
            encoding = point.encode();
        }
    }

    /** Random public terms for a multi-scalar multiplication. */
    @State(Scope.Benchmark)
    public static class MultiScalarOperands {
        @Param({"secp256k1-bc", "secp256k1-native", "ed25519"})
        public String group;

        @Param({"2", "10", "67"})
        public int terms;

        Group selected;
        List<Scalar> scalars;
        List<Element> elements;

        @Setup
        public void setUp() {
            SecureRandom random = new SecureRandom();
            selected = group(group);
            scalars = new ArrayList<>();
            elements = new ArrayList<>();
            for (int i = 0; i < terms; i++) {
                scalars.add(selected.scalarField().randomNonZero(random));
                elements.add(selected.multiplyGenerator(selected.scalarField().randomNonZero(random)));
            }
        }
    }

    /** Bouncy Castle's default variable-time multiplier (wNAF with GLV), which the groups do not use for secrets. */
    @State(Scope.Benchmark)
    public static class VariableTimeReference {
        ECPoint point;
        BigInteger scalar;

        @Setup
        public void setUp() {
            X9ECParameters parameters = CustomNamedCurves.getByName("secp256k1");
            SecureRandom random = new SecureRandom();
            point = parameters.getG().multiply(new BigInteger(255, random)).normalize();
            scalar = new BigInteger(255, random);
        }
    }

    @Benchmark
    public Element multiplyGenerator(Operands operands) {
        return operands.selected.multiplyGenerator(operands.scalar);
    }

    /** Variable time on libsecp256k1 ({@code ecmult}), Bouncy Castle (wNAF/GLV) and edwards25519 (width-5 NAF). */
    @Benchmark
    public Element multiplyPublic(Operands operands) {
        return operands.point.multiplyPublic(operands.scalar);
    }

    /** Constant time: Bouncy Castle's {@code multiplySecret} on both secp256k1 backends, our ladder on edwards25519. */
    @Benchmark
    public Element multiplySecret(Operands operands) {
        return operands.point.multiplySecret(operands.scalar);
    }

    /** Constant time: {@code secp256k1_ecdh} on libsecp256k1; {@code multiplySecret} plus SHA-256 elsewhere. */
    @Benchmark
    public byte[] secretProductDigest(Operands operands) {
        return operands.point.secretProductDigest(operands.scalar);
    }

    @Benchmark
    public Element add(Operands operands) {
        return operands.point.add(operands.other);
    }

    @Benchmark
    public Element decode(Operands operands) throws InvalidEncodingException {
        return operands.selected.decode(operands.encoding);
    }

    @Benchmark
    public byte[] encode(Operands operands) {
        return operands.point.encode();
    }

    @Benchmark
    public Element multiScalarMultiply(MultiScalarOperands operands) {
        return operands.selected.multiScalarMultiply(operands.scalars, operands.elements);
    }

    @Benchmark
    public ECPoint secp256k1BouncyCastleWnafMultiplyReference(VariableTimeReference reference) {
        return reference.point.multiply(reference.scalar).normalize();
    }
}
