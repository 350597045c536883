package dev.custos.bench;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.dkg.DkgCeremony;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DKLs23 threshold ECDSA with all parties in one thread of one process, every message through its byte encoding: the
 * DKG (Feldman VSS plus pairwise base OTs), presigning (message-independent rounds, two OT-based multiplications per
 * pair of signers), and the online part (each signer consumes its presignature and releases its share; the shares are
 * combined and verified). Parameters {@code t-n}; the signers are parties 1..t. {@code threads} (presigning only):
 * 1 runs everything on the benchmark thread; 2 gives every party a pool of two threads for its per-peer work
 * ({@code Presign.start(..., executor)}), so presigning uses both cores of a two-core machine. The key shares are
 * made once per trial, so presigning runs in the steady state of a fixed signer set: each share computes the set's
 * Lagrange coefficients and weighted verification shares once ({@code KeyShare.signerSet}) and reuses them. Results in
 * docs/BENCHMARKS.md; CPU-time figures and method in docs/ECDSA.md ("Performance").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class EcdsaBenchmark {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Key shares for the chosen (t, n), made once per trial. */
    @State(Scope.Benchmark)
    public static class Keys {
        @Param({"2-3", "3-5", "9-15"})
        public String setting;

        int threshold;
        List<Identifier> parties;
        List<Identifier> signers;
        Map<Identifier, KeyShare> keys;
        byte[] messageHash = new byte[32];

        @Setup(Level.Trial)
        public void setUp() throws EcdsaException {
            String[] parts = setting.split("-", -1);
            threshold = Integer.parseInt(parts[0]);
            parties = ids(Integer.parseInt(parts[1]));
            signers = parties.subList(0, threshold);
            keys = DkgCeremony.run(threshold, parties, RANDOM);
            RANDOM.nextBytes(messageHash);
        }
    }

    /** The executor for the parties' per-peer presigning work: the benchmark thread itself, or a pool. */
    @State(Scope.Benchmark)
    public static class Workers {
        @Param({"1", "2"})
        public int threads;

        ExecutorService pool;
        Executor executor;

        @Setup(Level.Trial)
        public void setUp() {
            if (threads == 1) {
                executor = Runnable::run;
            } else {
                pool = Executors.newFixedThreadPool(threads);
                executor = pool;
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** A fresh stored presignature for every invocation of the online benchmark. */
    @State(Scope.Thread)
    public static class Presigned {
        Map<Identifier, PresignatureStore> stores;
        PresignatureInfo info;

        @Setup(Level.Invocation)
        public void presign(Keys keys) throws EcdsaException {
            stores = stores(keys.signers);
            info = PresignCeremony.run(keys.keys, keys.signers, stores, SessionId.random(RANDOM), RANDOM);
        }
    }

    @Benchmark
    public Map<Identifier, KeyShare> keygen(Keys keys) throws EcdsaException {
        return DkgCeremony.run(keys.threshold, keys.parties, RANDOM);
    }

    @Benchmark
    public PresignatureInfo presign(Keys keys, Workers workers) throws EcdsaException {
        return PresignCeremony.run(
                keys.keys, keys.signers, stores(keys.signers), SessionId.random(RANDOM), RANDOM, workers.executor);
    }

    @Benchmark
    public EcdsaSignature signOnline(Keys keys, Presigned presigned) throws EcdsaException {
        return SigningCeremony.sign(presigned.info, presigned.stores, keys.messageHash);
    }

    @Benchmark
    public EcdsaSignature presignAndSign(Keys keys, Workers workers) throws EcdsaException {
        Map<Identifier, PresignatureStore> stores = stores(keys.signers);
        PresignatureInfo info = PresignCeremony.run(
                keys.keys, keys.signers, stores, SessionId.random(RANDOM), RANDOM, workers.executor);
        return SigningCeremony.sign(info, stores, keys.messageHash);
    }

    private static Map<Identifier, PresignatureStore> stores(List<Identifier> signers) {
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        signers.forEach(signer -> stores.put(signer, new InMemoryPresignatureStore()));
        return stores;
    }

    private static List<Identifier> ids(int count) {
        List<Identifier> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(Identifier.of(i));
        }
        return ids;
    }
}
