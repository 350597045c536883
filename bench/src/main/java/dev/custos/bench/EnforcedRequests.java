package dev.custos.bench;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.verdict.SignedVerdict;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Signing requests as an enforcing node wants them, for the benchmarks: a 7-rule policy that asks two treasury
 * approvals for 10 USD or more, and EIP-1559 payments of 0.01 ETH (20 USD) to its allowlisted address, each approved by
 * bob and carol and carrying a detection verdict, all signed over the approval digest v2.
 */
final class EnforcedRequests {
    static final String RECIPIENT = "0x1111111111111111111111111111111111111111";

    private final DeviceKey bob;
    private final DeviceKey carol;
    private final DeviceKey detection;
    private final Instant expires =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3600);
    private final Instant issued = expires.minusSeconds(3700);

    EnforcedRequests(SecureRandom random) {
        bob = DeviceKey.generate(random);
        carol = DeviceKey.generate(random);
        detection = DeviceKey.generate(random);
    }

    /** The policy, version 1, declaring {@code wallet}. */
    String policy(String wallet) {
        HexFormat hex = HexFormat.of();
        return """
                {"policy_version": 1, "name": "benchmark",
                 "approvers": [{"name": "bob", "public_key": "%s", "groups": ["treasury"]},
                               {"name": "carol", "public_key": "%s", "groups": ["treasury"]}],
                 "wallets": [{"id": "%s", "tier": "hot", "chain": "ethereum"}],
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
                        wallet,
                        hex.formatHex(detection.publicKey()),
                        RECIPIENT);
    }

    /** Request {@code "request-" + nonce} on {@code wallet}: a payment with transaction nonce {@code nonce}. */
    SignRequest request(String wallet, int nonce) throws DecodingException {
        byte[] raw = new DynamicFeeTransaction(
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
        Intent intent =
                IntentDecoder.withWellKnownFunctions(AddressBook.empty()).decodeRawTransaction(raw);
        ApprovalSubject subject =
                ApprovalSubjects.rawTransaction(intent.transaction().orElseThrow(), intent);
        String id = "request-" + nonce;
        byte[] approvalDigest = ApprovalDigest.of(subject.facts(wallet, id, 1, expires));
        byte[] verdictDigest = ApprovalDigest.of(subject.facts(wallet, id, 1, Instant.EPOCH));
        byte[] verdictSignature =
                detection.sign(SignedVerdict.signedMessage(verdictDigest, 5, List.of(), issued, expires));
        return SignRequest.of(
                new TypedPayload(PayloadType.ETHEREUM_RAW_TX, raw),
                id,
                "alice",
                List.of(
                        new Approval("bob", 1, expires, new DeviceSignature(bob.sign(approvalDigest))),
                        new Approval("carol", 1, expires, new DeviceSignature(carol.sign(approvalDigest)))),
                Optional.of(new DetectionVerdict(verdictDigest, 5, List.of(), issued, expires, verdictSignature)));
    }
}
