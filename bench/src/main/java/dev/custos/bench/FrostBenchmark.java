package dev.custos.bench;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.aggregate.Aggregator;
import dev.custos.frost.keys.DealerOutput;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.round1.InMemoryNonceStore;
import dev.custos.frost.round1.Round1;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.Round2;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-signer FROST costs, in the shapes ZF FROST publishes (2-of-3, 7-of-10, 67-of-100): round 1 (nonce generation and
 * commitments), round 2 (one signer's share, including the nonce-store bookkeeping in memory) and aggregation (which
 * verifies the final signature). Keys come from a trusted dealer so that setup stays fast; key generation is measured
 * in {@link DkgBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class FrostBenchmark {
    private static final byte[] MESSAGE = "a 32-byte message for FROST sigs".getBytes(StandardCharsets.US_ASCII);

    @Param({"secp256k1", "ed25519", "secp256k1-tr"})
    public String suite;

    @Param({"2-of-3", "7-of-10", "67-of-100"})
    public String shape;

    private final SecureRandom random = new SecureRandom();
    private KeyPackage firstSigner;
    private PublicKeyPackage publicKeyPackage;
    private List<SigningCommitments> otherCommitments;
    private SigningPackage signingPackage;
    private Map<Identifier, SignatureShare> shares;
    private InMemoryNonceStore nonceStore;

    // Fresh single-use state for one round-2 invocation.
    private SigningNonces freshNonces;
    private SigningPackage freshPackage;

    @Setup(Level.Trial)
    public void setUp() throws FrostException {
        Ciphersuite ciphersuite = Ciphersuites.byName(suite);
        String[] parts = shape.split("-of-", -1);
        int threshold = Integer.parseInt(parts[0]);
        int parties = Integer.parseInt(parts[1]);
        DealerOutput dealt = TrustedDealer.generate(ciphersuite, threshold, parties, random);
        publicKeyPackage = dealt.publicKeyPackage();
        SortedMap<Identifier, KeyPackage> signers = new TreeMap<>();
        for (SecretShare share : dealt.secretShares().values()) {
            if (signers.size() < threshold) {
                KeyPackage keyPackage = KeyPackage.fromVerified(share);
                signers.put(keyPackage.identifier(), keyPackage);
            }
        }
        firstSigner = signers.get(signers.firstKey());
        SortedMap<Identifier, SigningNonces> nonces = new TreeMap<>();
        List<SigningCommitments> commitments = new ArrayList<>();
        otherCommitments = new ArrayList<>();
        for (KeyPackage signer : signers.values()) {
            SigningNonces signerNonces = Round1.commit(signer, random);
            nonces.put(signer.identifier(), signerNonces);
            commitments.add(signerNonces.commitments());
            if (signer != firstSigner) {
                otherCommitments.add(signerNonces.commitments());
            }
        }
        signingPackage = SigningPackage.create(ciphersuite, commitments, MESSAGE);
        shares = new TreeMap<>();
        for (KeyPackage signer : signers.values()) {
            shares.put(signer.identifier(), Round2.sign(signingPackage, nonces.get(signer.identifier()), signer));
        }
        nonceStore = new InMemoryNonceStore();
    }

    /** Round 2 consumes its nonces, so every invocation gets fresh ones (not timed). */
    @Setup(Level.Invocation)
    public void freshRoundTwoState() throws FrostException {
        freshNonces = Round1.commit(firstSigner, random);
        List<SigningCommitments> commitments = new ArrayList<>(otherCommitments);
        commitments.add(freshNonces.commitments());
        freshPackage = SigningPackage.create(firstSigner.suite(), commitments, MESSAGE);
    }

    @Benchmark
    public SigningNonces round1() {
        return Round1.commit(firstSigner, random);
    }

    @Benchmark
    public SignatureShare round2() throws FrostException {
        return Round2.sign(freshPackage, freshNonces, firstSigner, nonceStore);
    }

    @Benchmark
    public Signature aggregate() throws FrostException {
        return Aggregator.aggregate(signingPackage, shares, publicKeyPackage);
    }
}
