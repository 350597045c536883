package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.node.committee.Committee;
import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.verdict.SignedVerdict;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The people and services around enforcing nodes, for tests: approvers with device keys, the detection service's
 * verdict key, policy documents the committee's admins sign, and payloads (ETH, USDC and a Bybit-style Safe
 * delegatecall).
 */
final class Enforcement {
    static final SecureRandom RANDOM = new SecureRandom();
    static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";
    static final String SAFE = "0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a";
    static final BigInteger ETHER = BigInteger.TEN.pow(18);

    final DeviceKey alice = DeviceKey.generate(RANDOM);
    final DeviceKey bob = DeviceKey.generate(RANDOM);
    final DeviceKey carol = DeviceKey.generate(RANDOM);
    final DeviceKey sam = DeviceKey.generate(RANDOM);
    final DeviceKey detection = DeviceKey.generate(RANDOM);

    /** Each node enforces the policy installed in its own keystore, with its own ledger and the system clock. */
    static Cluster.Authorizers enforcing() {
        return (String name, UnlockedNode node, Path folder, Committee committee) ->
                PolicyAuthorizer.open(node.secrets(), committee.admins(), folder, Clock.systemUTC());
    }

    /**
     * The test policy, version {@code version}: wallets hot-eth, cold-eth and velocity-eth; ETH at 2000 USD, USDC at
     * 1 USD; {@link Payloads#RECIPIENT} allowlisted long ago; treasury (alice, bob, carol) and security (sam)
     * approvers; rules: delegatecall, incomplete facts, blind calldata and critical risk are denied, velocity-eth may
     * move at most 10,000 USD in 24 hours, 5,000 USD or more needs two treasury approvals, an active allowlisted
     * destination is allowed, and an unverified verdict needs one security approval. {@code extraRules} go first.
     */
    String policy(long version, String extraRules) {
        HexFormat hex = HexFormat.of();
        return """
                {"policy_version": %d, "name": "red team",
                 "destination_cooldown_seconds": 86400,
                 "approvers": [
                   {"name": "alice", "public_key": "%s", "groups": ["treasury"]},
                   {"name": "bob", "public_key": "%s", "groups": ["treasury"]},
                   {"name": "carol", "public_key": "%s", "groups": ["treasury"]},
                   {"name": "sam", "public_key": "%s", "groups": ["security"]}],
                 "wallets": [
                   {"id": "hot-eth", "tier": "hot", "chain": "ethereum"},
                   {"id": "cold-eth", "tier": "cold", "chain": "ethereum"},
                   {"id": "velocity-eth", "tier": "hot", "chain": "ethereum"}],
                 "prices": {"as_of": "2026-03-01", "assets": [
                   {"chain": "ethereum", "asset": "native", "usd": "2000", "decimals": 18},
                   {"chain": "ethereum", "asset": "%s", "usd": "1.00", "decimals": 6}]},
                 "detection": {"verdict_key": "%s",
                   "unverified": {"require_approvals": {"groups": ["security"], "quorum": 1}}},
                 "destinations": [{"address": "%s", "label": "exchange", "added_at": "2020-01-01T00:00:00Z"}],
                 "known_contracts": [{"address": "%s", "label": "USDC", "standard": "erc20"},
                                     {"address": "%s", "label": "treasury Safe"}],
                 "rules": [%s
                   {"id": "deny-delegatecall", "effect": "deny", "condition": "'delegatecall' in flags"},
                   {"id": "deny-incomplete-facts", "effect": "deny", "condition": "!facts.complete"},
                   {"id": "deny-blind-signing", "effect": "deny", "condition": "facts.unknown_calldata"},
                   {"id": "deny-critical-risk", "effect": "deny", "condition": "risk.score >= 90"},
                   {"id": "deny-daily-velocity", "effect": "deny",
                    "condition": "wallet.id == 'velocity-eth' && velocity.wallet.amount_usd_24h > 10000.0"},
                   {"id": "escalate-large-amount",
                    "effect": {"require_approvals": {"groups": ["treasury"], "quorum": 2}},
                    "condition": "amount_usd >= 5000.0"},
                   {"id": "allow-active-destination", "effect": "allow", "condition": "destination.active"}]}
                """.formatted(
                        version,
                        hex.formatHex(alice.publicKey()),
                        hex.formatHex(bob.publicKey()),
                        hex.formatHex(carol.publicKey()),
                        hex.formatHex(sam.publicKey()),
                        USDC,
                        hex.formatHex(detection.publicKey()),
                        Payloads.RECIPIENT,
                        USDC,
                        SAFE,
                        extraRules);
    }

    /** {@code document} as version {@code version}, signed by {@code admins}. */
    static SignedPolicy signed(long version, String document, List<SigningKey> admins) {
        return SignedPolicy.sign(version, document.getBytes(StandardCharsets.UTF_8), admins);
    }

    /** Installs {@code policy} on every node of {@code cluster}, as the committee's admins would. */
    static void install(Cluster cluster, List<String> nodes, SignedPolicy policy)
            throws PolicyInstallException, IOException {
        for (String node : nodes) {
            authorizer(cluster, node).policies().install(policy, cluster.committee.admins());
        }
    }

    static PolicyAuthorizer authorizer(Cluster cluster, String node) {
        SigningAuthorizer authorizer = cluster.node(node).authorizer;
        return (PolicyAuthorizer) authorizer;
    }

    /** What an approver's device computes from the payload bytes alone (as {@code custos approve} does). */
    static ApprovalSubject subject(byte[] raw) throws DecodingException {
        Intent intent =
                IntentDecoder.withWellKnownFunctions(AddressBook.empty()).decodeRawTransaction(raw);
        return ApprovalSubjects.rawTransaction(intent.transaction().orElseThrow(), intent);
    }

    /** {@code key}'s approval, as {@code name}, of request {@code id} on {@code wallet} for {@code raw}. */
    static Approval approval(
            String name, DeviceKey key, byte[] raw, String wallet, String id, long version, Instant expires)
            throws DecodingException {
        byte[] digest = ApprovalDigest.of(subject(raw).facts(wallet, id, version, expires));
        return new Approval(name, version, expires, new DeviceSignature(key.sign(digest)));
    }

    /** An approval valid for ten minutes. */
    static Approval approval(String name, DeviceKey key, byte[] raw, String wallet, String id, long version)
            throws DecodingException {
        return approval(name, key, raw, wallet, id, version, soon());
    }

    /** A verdict with {@code score} signed by {@code key} for request {@code id} on {@code wallet}. */
    static DetectionVerdict verdict(DeviceKey key, byte[] raw, String wallet, String id, long version, int score)
            throws DecodingException {
        byte[] digest = ApprovalDigest.of(subject(raw).facts(wallet, id, version, Instant.EPOCH));
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Instant expires = issued.plusSeconds(900);
        byte[] signature = key.sign(SignedVerdict.signedMessage(digest, score, List.of("test"), issued, expires));
        return new DetectionVerdict(digest, score, List.of("test"), issued, expires, signature);
    }

    static Instant soon() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(600);
    }

    static SignRequest request(
            byte[] raw, String id, String initiator, List<Approval> approvals, Optional<DetectionVerdict> verdict) {
        return SignRequest.of(new TypedPayload(PayloadType.ETHEREUM_RAW_TX, raw), id, initiator, approvals, verdict);
    }

    /** An unsigned EIP-1559 transaction on mainnet calling {@code to} with {@code value} wei and {@code data}. */
    static byte[] transaction(String to, BigInteger value, byte[] data, long nonce) throws DecodingException {
        return new DynamicFeeTransaction(
                        BigInteger.ONE,
                        BigInteger.valueOf(nonce),
                        BigInteger.valueOf(1_000_000_000L),
                        BigInteger.valueOf(30_000_000_000L),
                        BigInteger.valueOf(200_000),
                        Optional.of(Address.fromHex(to)),
                        value,
                        data,
                        List.of(),
                        Optional.empty())
                .encode();
    }

    /** {@code ether} ETH to {@code to}. */
    static byte[] ether(String to, long ether, long nonce) throws DecodingException {
        return transaction(to, ETHER.multiply(BigInteger.valueOf(ether)), new byte[0], nonce);
    }

    /** {@code usdc} whole USDC to {@code to}, through USDC's {@code transfer}. */
    static byte[] usdc(String to, long usdc, long nonce) throws DecodingException {
        byte[] data = calldata(
                "transfer(address to,uint256 amount)",
                new AbiValue.AddressValue(Address.fromHex(to)),
                new AbiValue.NumberValue(BigInteger.valueOf(usdc).multiply(BigInteger.valueOf(1_000_000))));
        return transaction(USDC, BigInteger.ZERO, data, nonce);
    }

    /**
     * The Bybit pattern (February 2025): the wallet, an owner of {@link #SAFE}, executes a Safe transaction whose
     * operation is DELEGATECALL into an attacker's contract, calling what looks like a harmless ERC-20 transfer of 0.
     */
    static byte[] safeDelegatecall(String implant, long nonce) throws DecodingException {
        byte[] inner = calldata(
                "transfer(address to,uint256 amount)",
                new AbiValue.AddressValue(Address.fromHex(Payloads.ATTACKER)),
                new AbiValue.NumberValue(BigInteger.ZERO));
        byte[] exec = calldata(
                "execTransaction(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
                        + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,bytes signatures)",
                new AbiValue.AddressValue(Address.fromHex(implant)),
                new AbiValue.NumberValue(BigInteger.ZERO),
                new AbiValue.BytesValue(inner),
                new AbiValue.NumberValue(BigInteger.ONE),
                new AbiValue.NumberValue(BigInteger.valueOf(45_746)),
                new AbiValue.NumberValue(BigInteger.ZERO),
                new AbiValue.NumberValue(BigInteger.ZERO),
                new AbiValue.AddressValue(Address.fromHex("0x0000000000000000000000000000000000000000")),
                new AbiValue.AddressValue(Address.fromHex("0x0000000000000000000000000000000000000000")),
                new AbiValue.BytesValue(new byte[65]));
        return transaction(SAFE, BigInteger.ZERO, exec, nonce);
    }

    private static byte[] calldata(String signature, AbiValue... values) {
        AbiFunction function = AbiFunction.parse(signature);
        byte[] arguments = AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), List.of(values));
        byte[] out = Arrays.copyOf(function.selector(), 4 + arguments.length);
        System.arraycopy(arguments, 0, out, 4, arguments.length);
        return out;
    }

    /**
     * Signs {@code request} with {@code wallet}, expecting every node to refuse: no signature share is reported for
     * any job of the request. Returns the refusals, joined.
     */
    static String refused(Cluster cluster, Recorder recorder, String wallet, SignRequest request) throws Exception {
        ExecutionException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                ExecutionException.class,
                () -> cluster.engine.sign(new WalletId(wallet), request).get(120, TimeUnit.SECONDS));
        assertThat(thrown.getCause()).isInstanceOf(JobFailedException.class);
        JobFailedException failed = (JobFailedException) thrown.getCause();
        assertThat(failed.failures())
                .allSatisfy(failure -> assertThat(failure.kind()).isEqualTo(FailureKind.REFUSED));
        Set<JobId> jobs = recorder.starts().stream()
                .map(seen -> (JobMessage.JobStart) seen.message())
                .filter(start -> start.spec() instanceof JobSpec.Sign sign
                        && sign.request().requestId().equals(request.requestId())
                        && sign.request().payload().equals(request.payload())
                        && start.wallet().value().equals(wallet))
                .map(JobMessage.JobStart::job)
                .collect(Collectors.toSet());
        assertThat(jobs).isNotEmpty();
        assertThat(recorder.results())
                .noneMatch(seen -> seen.message() instanceof JobMessage.JobResult result
                        && jobs.contains(result.job())
                        && result.outcome() instanceof Outcome.SignatureShare);
        return failed.failures().stream().map(JobFailure::reason).collect(Collectors.joining(" | "));
    }
}
