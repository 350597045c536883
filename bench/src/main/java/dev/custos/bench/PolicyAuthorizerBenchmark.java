package dev.custos.bench;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import dev.custos.node.keystore.SecretStore;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.policy.verdict.SignedVerdict;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
    private static final String RECIPIENT = "0x1111111111111111111111111111111111111111";
    private static final WalletRecord WALLET =
            new WalletRecord(new WalletId("hot-eth"), Scheme.ECDSA_SECP256K1, List.of("a", "b"), 2, new byte[33]);

    private PolicyAuthorizer authorizer;
    private final List<SigningInput> inputs = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException, PolicyInstallException, DecodingException {
        SecureRandom random = new SecureRandom();
        DeviceKey bob = DeviceKey.generate(random);
        DeviceKey carol = DeviceKey.generate(random);
        DeviceKey detection = DeviceKey.generate(random);
        SigningKey admin = SigningKey.generate(random);
        AdminQuorum admins = new AdminQuorum(1, List.of(admin.publicKey()));
        Path folder = Files.createTempDirectory("custos-authorizer-bench");
        authorizer = PolicyAuthorizer.open(SecretStore.inMemory(), admins, folder, Clock.systemUTC());
        String document = policy(bob, carol, detection);
        authorizer
                .policies()
                .install(SignedPolicy.sign(1, document.getBytes(StandardCharsets.UTF_8), List.of(admin)), admins);
        Instant expires = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3600);
        Instant issued = expires.minusSeconds(3700);
        for (int i = 0; i < REQUESTS; i++) {
            byte[] raw = payment(i);
            Intent intent =
                    IntentDecoder.withWellKnownFunctions(AddressBook.empty()).decodeRawTransaction(raw);
            ApprovalSubject subject =
                    ApprovalSubjects.rawTransaction(intent.transaction().orElseThrow(), intent);
            String id = "request-" + i;
            byte[] approvalDigest = ApprovalDigest.of(subject.facts("hot-eth", id, 1, expires));
            byte[] verdictDigest = ApprovalDigest.of(subject.facts("hot-eth", id, 1, Instant.EPOCH));
            byte[] verdictSignature =
                    detection.sign(SignedVerdict.signedMessage(verdictDigest, 5, List.of(), issued, expires));
            inputs.add(new SigningInput(
                    WALLET,
                    SignRequest.of(
                            new TypedPayload(PayloadType.ETHEREUM_RAW_TX, raw),
                            id,
                            "alice",
                            List.of(
                                    new Approval("bob", 1, expires, bob.sign(approvalDigest)),
                                    new Approval("carol", 1, expires, carol.sign(approvalDigest))),
                            Optional.of(new DetectionVerdict(
                                    verdictDigest, 5, List.of(), issued, expires, verdictSignature)))));
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

    private static byte[] payment(int nonce) throws DecodingException {
        return new DynamicFeeTransaction(
                        BigInteger.ONE,
                        BigInteger.valueOf(nonce),
                        BigInteger.valueOf(1_000_000_000L),
                        BigInteger.valueOf(30_000_000_000L),
                        BigInteger.valueOf(21_000),
                        Optional.of(Address.fromHex(RECIPIENT)),
                        BigInteger.TEN.pow(16),
                        new byte[0],
                        List.of(),
                        Optional.empty())
                .encode();
    }

    private static String policy(DeviceKey bob, DeviceKey carol, DeviceKey detection) {
        HexFormat hex = HexFormat.of();
        return """
                {"policy_version": 1, "name": "benchmark",
                 "approvers": [{"name": "bob", "public_key": "%s", "groups": ["treasury"]},
                               {"name": "carol", "public_key": "%s", "groups": ["treasury"]}],
                 "wallets": [{"id": "hot-eth", "tier": "hot", "chain": "ethereum"}],
                 "prices": {"assets": [{"chain": "ethereum", "asset": "native", "usd": "2000", "decimals": 18}]},
                 "detection": {"verdict_key": "%s"},
                 "destinations": [{"address": "%s", "label": "exchange", "added_at": "2020-01-01T00:00:00Z"}],
                 "rules": [
                   {"id": "deny-delegatecall", "effect": "deny", "condition": "'delegatecall' in flags"},
                   {"id": "deny-incomplete-facts", "effect": "deny", "condition": "!facts.complete"},
                   {"id": "deny-critical-risk", "effect": "deny", "condition": "risk.score >= 90"},
                   {"id": "deny-velocity", "effect": "deny", "condition": "velocity.wallet.amount_usd_24h > 1e12"},
                   {"id": "escalate-large", "effect": {"require_approvals": {"groups": ["treasury"], "quorum": 2}},
                    "condition": "amount_usd >= 10.0"},
                   {"id": "escalate-claims", "effect": {"require_approvals": {"groups": ["treasury"], "quorum": 2}},
                    "condition": "facts.claim_mismatch"},
                   {"id": "allow-active-destination", "effect": "allow", "condition": "destination.active"}]}
                """.formatted(
                        hex.formatHex(bob.publicKey()),
                        hex.formatHex(carol.publicKey()),
                        hex.formatHex(detection.publicKey()),
                        RECIPIENT);
    }
}
