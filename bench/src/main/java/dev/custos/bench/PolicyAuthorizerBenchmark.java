package dev.custos.bench;

import dev.custos.chain.DecodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import dev.custos.node.keystore.SecretStore;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.SignedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The signer node's policy check per signing job ({@link PolicyAuthorizer}): decoding an EIP-1559 payment, deriving
 * and valuing its transfers, verifying two approvals (digest v2 recomputed) and a detection verdict, evaluating a
 * 7-rule policy with the velocity state, and, for a new request, writing its spend record durably (a file created and
 * synced). {@code newRequest} decides a fresh request each time (the ledger grows as it would in 48 hours of
 * signing); {@code retry} decides the same request again (no write). Read p50/p99 from the sample-time output.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyAuthorizerBenchmark {
    private static final int REQUESTS = 20_000;
    private static final WalletRecord WALLET =
            new WalletRecord(new WalletId("hot-eth"), Scheme.ECDSA_SECP256K1, List.of("a", "b"), 2, new byte[33]);

    private PolicyAuthorizer authorizer;
    private final List<SigningInput> inputs = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException, PolicyInstallException, DecodingException {
        SecureRandom random = new SecureRandom();
        EnforcedRequests requests = new EnforcedRequests(random);
        SigningKey admin = SigningKey.generate(random);
        AdminQuorum admins = new AdminQuorum(1, List.of(admin.publicKey()));
        Path folder = Files.createTempDirectory("custos-authorizer-bench");
        authorizer = PolicyAuthorizer.open(SecretStore.inMemory(), admins, folder, Clock.systemUTC());
        byte[] document = requests.policy(WALLET.wallet().value()).getBytes(StandardCharsets.UTF_8);
        authorizer.policies().install(SignedPolicy.sign(1, document, List.of(admin)), admins);
        for (int i = 0; i < REQUESTS; i++) {
            inputs.add(new SigningInput(WALLET, requests.request(WALLET.wallet().value(), i)));
        }
        if (!(authorizer.authorize(inputs.getFirst()) instanceof Authorization.Authorized)) {
            throw new IllegalStateException("the benchmark's request is not authorized");
        }
    }

    /** A fresh request each time (after {@value #REQUESTS}, requests come round again as retries). */
    @Benchmark
    public Authorization newRequest() {
        return authorizer.authorize(inputs.get(next++ % REQUESTS));
    }

    /** The first request again: everything but the durable write. */
    @Benchmark
    public Authorization retry() {
        return authorizer.authorize(inputs.getFirst());
    }
}
