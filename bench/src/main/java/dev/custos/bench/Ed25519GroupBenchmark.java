package dev.custos.bench;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.scalar.Scalar;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
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
 * The edwards25519 group ({@link Ed25519Group}, point arithmetic of our own on Bouncy Castle's field), with Bouncy
 * Castle's Ed25519 sign and verify as a reference for what the same field arithmetic achieves in BC's private code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class Ed25519GroupBenchmark {
    private static final Ed25519Group GROUP = Ed25519Group.INSTANCE;

    /** Random operands, fixed for a trial. */
    @State(Scope.Benchmark)
    public static class Operands {
        Scalar scalar;
        Element point;
        Element other;
        byte[] encoding;

        @Setup
        public void setUp() {
            SecureRandom random = new SecureRandom();
            scalar = GROUP.scalarField().randomNonZero(random);
            point = GROUP.multiplyGenerator(GROUP.scalarField().randomNonZero(random));
            other = GROUP.multiplyGenerator(GROUP.scalarField().randomNonZero(random));
            encoding = point.encode();
        }
    }

    /** Random public terms for a multi-scalar multiplication. */
    @State(Scope.Benchmark)
    public static class MultiScalarOperands {
        @Param({"2", "10", "67"})
        public int terms;

        List<Scalar> scalars;
        List<Element> elements;

        @Setup
        public void setUp() {
            SecureRandom random = new SecureRandom();
            scalars = new ArrayList<>();
            elements = new ArrayList<>();
            for (int i = 0; i < terms; i++) {
                scalars.add(GROUP.scalarField().randomNonZero(random));
                elements.add(GROUP.multiplyGenerator(GROUP.scalarField().randomNonZero(random)));
            }
        }
    }

    /** A key pair and signature for the Bouncy Castle reference. */
    @State(Scope.Benchmark)
    public static class BouncyCastleReference {
        final byte[] secretKey = new byte[Ed25519.SECRET_KEY_SIZE];
        final byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        final byte[] message = new byte[32];
        final byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];

        @Setup
        public void setUp() {
            SecureRandom random = new SecureRandom();
            random.nextBytes(secretKey);
            random.nextBytes(message);
            Ed25519.generatePublicKey(secretKey, 0, publicKey, 0);
            Ed25519.sign(secretKey, 0, message, 0, message.length, signature, 0);
        }
    }

    @Benchmark
    public Element multiplyGenerator(Operands operands) {
        return GROUP.multiplyGenerator(operands.scalar);
    }

    @Benchmark
    public Element multiplyPublic(Operands operands) {
        return operands.point.multiplyPublic(operands.scalar);
    }

    @Benchmark
    public Element multiplySecret(Operands operands) {
        return operands.point.multiplySecret(operands.scalar);
    }

    @Benchmark
    public Element add(Operands operands) {
        return operands.point.add(operands.other);
    }

    @Benchmark
    public Element decode(Operands operands) throws InvalidEncodingException {
        return GROUP.decode(operands.encoding);
    }

    @Benchmark
    public byte[] encode(Operands operands) {
        // A fresh element each time, so the cached encoding does not hide the inversion.
        return operands.point.add(operands.other).encode();
    }

    @Benchmark
    public Element multiScalarMultiply(MultiScalarOperands operands) {
        return GROUP.multiScalarMultiply(operands.scalars, operands.elements);
    }

    @Benchmark
    public byte[] bouncyCastleSignReference(BouncyCastleReference reference) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(reference.secretKey, 0, reference.message, 0, reference.message.length, signature, 0);
        return signature;
    }

    @Benchmark
    public boolean bouncyCastleVerifyReference(BouncyCastleReference reference) {
        return Ed25519.verify(
                reference.signature, 0, reference.publicKey, 0, reference.message, 0, reference.message.length);
    }
}
