package dev.custos.bench;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.job.Wallet;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Job dispatch to verified signature, in one process over the in-memory links: a coordinator and three node runtimes
 * (2-of-3), each node with a real encrypted keystore and job registries in a temporary folder, every message through
 * its encoding, every peer message in a signed (and where private, HPKE-encrypted) envelope. Measures the latency of
 * one signing at a time (p50, p99) and the throughput with several signings in flight, for ECDSA with a warm
 * presignature pool (the pool is filled before the measurement, untimed) and for both FROST suites. Not JMH, because
 * a signing spans several threads.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.custos.bench.JobSigningHarness [signings] [inFlight]
 * </pre>
 *
 * The default authorizer derives what to sign from the payload (an EIP-1559 transaction, a Solana message); Taproot
 * signs SHA-256 of a stand-in payload, as the default authorizer does not derive BIP341 sighashes yet.
 */
public final class JobSigningHarness {
    private static final List<String> NODES = List.of("node-a", "node-b", "node-c");

    private JobSigningHarness() {}

    public static void main(String[] args) throws Exception {
        int signings = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path root = Files.createTempDirectory("custos-job-bench");
        System.out.printf(
                Locale.ROOT,
                "%d signings per measurement, %d in flight for throughput; data in %s%n",
                signings,
                inFlight,
                root);
        for (Scheme scheme : Scheme.values()) {
            SigningAuthorizer authorizer =
                    scheme == Scheme.FROST_SECP256K1_TR ? new DigestAuthorizer() : new DerivedPayloadAuthorizer();
            JobSettings settings = new JobSettings(Duration.ofSeconds(60), 1, 2 * signings + 50);
            try (JobCluster cluster = new JobCluster(root.resolve(scheme.wireName()), NODES, authorizer, settings)) {
                measure(cluster.engine, scheme, signings, inFlight);
            }
        }
    }

    private static void measure(JobEngine engine, Scheme scheme, int signings, int inFlight) throws Exception {
        WalletId id = new WalletId("bench-" + scheme.wireName());
        long started = System.nanoTime();
        Wallet wallet = engine.generateKey(id, scheme, 2, NODES).get(120, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "%s: key generation %.1f ms%n", scheme, (System.nanoTime() - started) / 1e6);
        if (scheme == Scheme.ECDSA_SECP256K1) {
            started = System.nanoTime();
            int pool = engine.topUp(id).get(30, TimeUnit.MINUTES);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d presignatures in %.1f ms (%.1f ms each, untimed below)%n",
                    scheme,
                    pool,
                    (System.nanoTime() - started) / 1e6,
                    (System.nanoTime() - started) / 1e6 / pool);
        }
        int warmup = Math.min(50, signings / 4);
        for (int i = 0; i < warmup; i++) {
            engine.sign(id, request(scheme, wallet, i)).get(60, TimeUnit.SECONDS);
        }
        long[] latencies = new long[signings];
        for (int i = 0; i < signings; i++) {
            long start = System.nanoTime();
            engine.sign(id, request(scheme, wallet, warmup + i)).get(60, TimeUnit.SECONDS);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        long wall = System.nanoTime();
        List<CompletableFuture<?>> window = new ArrayList<>();
        for (int i = 0; i < signings; i++) {
            window.add(engine.sign(id, request(scheme, wallet, warmup + signings + i)));
            if (window.size() == inFlight) {
                window.removeFirst().get(60, TimeUnit.SECONDS);
            }
        }
        for (CompletableFuture<?> future : window) {
            future.get(60, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: one at a time p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d in flight: %.0f signatures/s%n",
                scheme,
                percentile(latencies, 50),
                percentile(latencies, 99),
                latencies[signings - 1] / 1e6,
                inFlight,
                signings / seconds);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static SignRequest request(Scheme scheme, Wallet wallet, int nonce) throws Exception {
        return SignRequest.of(
                switch (scheme) {
                    case ECDSA_SECP256K1 ->
                        new TypedPayload(
                                PayloadType.ETHEREUM_RAW_TX,
                                new DynamicFeeTransaction(
                                                BigInteger.ONE,
                                                BigInteger.valueOf(nonce),
                                                BigInteger.ONE,
                                                BigInteger.TEN,
                                                BigInteger.valueOf(21_000),
                                                Optional.of(Address.fromHex("0x" + "11".repeat(20))),
                                                BigInteger.ONE,
                                                new byte[0],
                                                List.of(),
                                                Optional.empty())
                                        .encode());
                    case FROST_ED25519 ->
                        new TypedPayload(PayloadType.SOLANA_MESSAGE, solana(wallet.publicKey(), nonce));
                    case FROST_SECP256K1_TR ->
                        new TypedPayload(
                                PayloadType.PSBT,
                                ("sighash " + nonce).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                });
    }

    private static byte[] solana(byte[] payer, long lamports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {1, 0, 1, 3});
        out.writeBytes(payer);
        out.writeBytes(new byte[64]);
        out.writeBytes(new byte[32]);
        out.writeBytes(new byte[] {1, 2, 2, 0, 1, 12, 2, 0, 0, 0});
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        return out.toByteArray();
    }

    /** Signs SHA-256 of the payload: a stand-in for the BIP341 sighash derivation the default authorizer lacks. */
    private static final class DigestAuthorizer implements SigningAuthorizer {
        @Override
        public Authorization authorize(dev.custos.node.job.SigningInput input) {
            try {
                return new Authorization.Authorized(MessageDigest.getInstance("SHA-256")
                        .digest(input.payload().bytes()));
            } catch (java.security.NoSuchAlgorithmException e) {
                return new Authorization.Refused("no SHA-256");
            }
        }
    }
}
