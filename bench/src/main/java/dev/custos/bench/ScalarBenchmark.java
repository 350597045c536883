package dev.custos.bench;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Scalar arithmetic on 64-bit limbs, with BigInteger multiplication modulo q as a baseline. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScalarBenchmark {
    @Param({"secp256k1", "edwards25519"})
    public String field;

    private ScalarField scalarField;
    private Scalar a;
    private Scalar b;
    private byte[] wide;
    private BigInteger bigA;
    private BigInteger bigB;

    @Setup
    public void setUp() {
        scalarField = field.equals("secp256k1") ? ScalarField.SECP256K1 : ScalarField.ED25519;
        SecureRandom random = new SecureRandom();
        a = scalarField.randomNonZero(random);
        b = scalarField.randomNonZero(random);
        wide = new byte[64];
        random.nextBytes(wide);
        bigA = a.toBigInteger();
        bigB = b.toBigInteger();
    }

    @Benchmark
    public Scalar multiply() {
        return a.multiply(b);
    }

    @Benchmark
    public Scalar add() {
        return a.add(b);
    }

    @Benchmark
    public Scalar invert() {
        return a.invert();
    }

    @Benchmark
    public Scalar invertVariableTime() {
        return a.invertVariableTime();
    }

    @Benchmark
    public Scalar reduce64Bytes() {
        return scalarField.reduce(wide);
    }

    @Benchmark
    public byte[] toBytes() {
        return a.toBytes();
    }

    @Benchmark
    public BigInteger bigIntegerMultiplyMod() {
        return bigA.multiply(bigB).mod(scalarField.order());
    }
}
