package dev.custos.bench;

import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostException;
import dev.custos.frost.dkg.DkgCeremony;
import dev.custos.frost.lifecycle.CeremonyResult;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole FROST DKG (all three parts, every message encoded and strictly decoded, every proof and share verified) for
 * all participants in one process. The per-party cost is the score divided by the number of parties: each party does
 * the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class DkgBenchmark {
    @Param({"secp256k1", "ed25519"})
    public String suite;

    @Param({"2-of-3", "7-of-10", "67-of-100"})
    public String shape;

    private final SecureRandom random = new SecureRandom();

    @Benchmark
    public CeremonyResult allParties() throws FrostException {
        String[] parts = shape.split("-of-", -1);
        CeremonyResult result = DkgCeremony.run(
                Ciphersuites.byName(suite), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), random);
        result.destroy();
        return result;
    }
}
